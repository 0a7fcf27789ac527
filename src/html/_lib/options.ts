import * as z from 'zod';
import type { AuditOptions, AuditReport } from '../../audit/audit.js';
import { findingCodes, SEVERITIES, type FindingCode } from '../../audit/findingCodes.js';
import type { Dataset } from '../../dataset/Dataset.js';
import { ok } from '../../result/_lib/result.js';
import type { Result } from '../../result/Result.js';
import { SOURCE_KINDS } from '../../source/SourceSchema.js';
import { constructors } from '../../validation/_lib/construct.js';
import type { Issue } from '../../validation/Issue.js';
import { pure } from '../../_lib/pure.js';
import {
  htmlReportFindingClaimUnknown,
  htmlReportFindingExchangeUnknown,
  htmlReportPartiesSame,
  htmlReportPartyUnknown,
} from '../../_lib/messages.js';
import { defaultHtmlReportLimits, type HtmlReportLimits } from '../HtmlReportLimits.js';
import type { HtmlReportOptions } from '../HtmlReportOptions.js';

const FINDING_CODES = /* @__PURE__ */ pure(() => Object.keys(findingCodes) as FindingCode[]);

/** A limit: a whole number of things, 0 turning the chart or list off. */
const Limit = /* @__PURE__ */ pure(() => z.int().min(0).exactOptional());

const LimitsSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    timelines: Limit,
    points: Limit,
    bandDates: Limit,
    exchanges: Limit,
    rows: Limit,
    findings: Limit,
    claimsPerFinding: Limit,
  }),
);

/** The audit's options, as `audit` reads them: known codes only. */
const AuditOptionsSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    disable: z.array(z.enum(FINDING_CODES as [FindingCode, ...FindingCode[]])).exactOptional(),
    allow: z.array(z.string()).exactOptional(),
    weights: z.record(z.enum(SOURCE_KINDS), z.number().min(0)).exactOptional(),
  }),
);

/** What the page reads of an audit report; the rest of each finding is left as it is. */
const ReportSchema = /* @__PURE__ */ pure(() =>
  z.looseObject({
    findings: z.array(
      z.looseObject({
        id: z.string(),
        code: z.enum(FINDING_CODES as [FindingCode, ...FindingCode[]]),
        severity: z.enum(SEVERITIES),
        message: z.string(),
        claims: z.array(z.string()),
        exchange: z.string().exactOptional(),
      }),
    ),
    allowed: z.array(z.string()),
    summary: z.looseObject({
      bySeverity: z.strictObject({
        error: z.int().min(0),
        conflict: z.int().min(0),
        warning: z.int().min(0),
        info: z.int().min(0),
      }),
      byCode: z.record(z.string(), z.int().min(0)),
    }),
  }),
);

const OptionsSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    title: z.string().exactOptional(),
    parties: z.tuple([z.string(), z.string()]).exactOptional(),
    report: ReportSchema.exactOptional(),
    audit: AuditOptionsSchema.exactOptional(),
    generatedOn: z.string().exactOptional(),
    limits: LimitsSchema.exactOptional(),
  }),
);

/** The options of one report, checked against its dataset and with every default filled in. @internal */
export interface ReportOptions {
  readonly title?: string;
  readonly sides: readonly [string, string];
  readonly report?: AuditReport;
  readonly audit?: AuditOptions;
  readonly generatedOn?: string;
  readonly limits: HtmlReportLimits;
}

/**
 * Checks the options of `htmlReport` against a validated dataset: their shape (limits whole
 * numbers from 0, known finding codes), the two sides (two different parties of the dataset),
 * and that a report given is an audit of this dataset (every claim and exchange its findings name
 * is in it). The options' values are used as given, not a copy: a report stays the caller's.
 *
 * @internal
 */
export function checkReportOptions(
  dataset: Dataset,
  options: unknown,
): Result<ReportOptions, readonly Issue[]> {
  const checked = constructors(OptionsSchema).safe(options as z.input<typeof OptionsSchema>);
  if (!checked.success) return checked;
  const given = options as HtmlReportOptions;
  const issues: Issue[] = [];
  const known = dataset.parties.map((p) => p.id);
  const ids = new Set(known);
  const sides = given.parties ?? [known[0] ?? '', known[1] ?? ''];
  if (given.parties !== undefined) {
    given.parties.forEach((id, i) => {
      if (!ids.has(id))
        issues.push({
          path: ['parties', i],
          code: 'unknown-reference',
          message: htmlReportPartyUnknown(id, known),
        });
    });
    if (given.parties[0] === given.parties[1])
      issues.push({
        path: ['parties', 1],
        code: 'invalid-option',
        message: htmlReportPartiesSame(given.parties[0]),
      });
  }
  if (given.report !== undefined) {
    const records = new Set<string>();
    for (const c of dataset.claims) records.add(c.id);
    for (const s of dataset.statements ?? []) records.add(s.id);
    const exchanges = new Set(dataset.exchanges.map((e) => e.id));
    given.report.findings.forEach((f, i) => {
      if (issues.length >= 20) return;
      const claim = f.claims.find((id) => !records.has(id));
      if (claim !== undefined)
        issues.push({
          path: ['report', 'findings', i, 'claims'],
          code: 'unknown-reference',
          message: htmlReportFindingClaimUnknown(f.id, claim),
        });
      if (f.exchange !== undefined && !exchanges.has(f.exchange))
        issues.push({
          path: ['report', 'findings', i, 'exchange'],
          code: 'unknown-reference',
          message: htmlReportFindingExchangeUnknown(f.id, f.exchange),
        });
    });
  }
  if (issues.length > 0) return { success: false, error: issues };
  return ok({
    ...(given.title === undefined ? {} : { title: given.title }),
    sides: [sides[0], sides[1]],
    ...(given.report === undefined ? {} : { report: given.report }),
    ...(given.audit === undefined ? {} : { audit: given.audit }),
    ...(given.generatedOn === undefined ? {} : { generatedOn: given.generatedOn }),
    limits: { ...defaultHtmlReportLimits, ...given.limits },
  });
}
