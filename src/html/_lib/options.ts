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
import { partySides } from '../../dataset/_lib/sides.js';
import {
  htmlReportFindingClaimUnknown,
  htmlReportFindingExchangeUnknown,
  htmlReportLimitInvalid,
  htmlReportPartiesNotPair,
  htmlReportPartiesNotSides,
  htmlReportPartiesSame,
  htmlReportPartyUnknown,
  htmlReportWeightInvalid,
  htmlReportWeightKindUnknown,
  htmlReportWeightsMissing,
} from '../../_lib/messages.js';
import { defaultHtmlReportLimits, type HtmlReportLimits } from '../HtmlReportLimits.js';
import type { HtmlReportOptions } from '../HtmlReportOptions.js';

const FINDING_CODES = /* @__PURE__ */ pure(() => Object.keys(findingCodes) as FindingCode[]);

/** A limit: a whole number of things, 0 turning the chart or list off. */
const Limit = /* @__PURE__ */ pure(() =>
  z
    .int({ error: (issue) => htmlReportLimitInvalid(issue.input) })
    .min(0, { error: (issue) => htmlReportLimitInvalid(issue.input) })
    .exactOptional(),
);

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
    // Every kind is needed (the audit reads a weight for each); the missing ones are named in
    // one issue by `checkReportOptions`, not one issue each.
    weights: z
      .partialRecord(
        z.enum(SOURCE_KINDS, {
          error: (issue) => htmlReportWeightKindUnknown(String(issue.input), SOURCE_KINDS),
        }),
        z
          .number({ error: (issue) => htmlReportWeightInvalid(issue.input) })
          .min(0, { error: (issue) => htmlReportWeightInvalid(issue.input) }),
      )
      .exactOptional(),
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
    // Its messages name the dataset's parties, so `checkReportOptions` words them.
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
  const known = dataset.parties.map((p) => p.id);
  const pairs = sidePairs(dataset);
  const example: readonly [string, string] | null =
    pairs[0] ?? (known.length >= 2 ? [known[0] ?? '', known[1] ?? ''] : null);
  const checked = constructors(OptionsSchema).safe(options as z.input<typeof OptionsSchema>);
  if (!checked.success) {
    // One plain issue for `parties`, naming a pair of this dataset, instead of zod's wording.
    const rest = checked.error.filter((i) => i.path[0] !== 'parties');
    if (rest.length === checked.error.length) return checked;
    const value = (options as { parties?: unknown }).parties;
    return {
      success: false,
      error: [
        {
          path: ['parties'],
          code: 'invalid-option',
          message: htmlReportPartiesNotPair(value, example),
        },
        ...rest,
      ],
    };
  }
  const given = options as HtmlReportOptions;
  const issues: Issue[] = [];
  const ids = new Set(known);
  const weights = given.audit?.weights;
  if (weights !== undefined) {
    const missing = SOURCE_KINDS.filter((k) => weights[k] === undefined);
    if (missing.length > 0)
      issues.push({
        path: ['audit', 'weights'],
        code: 'missing-field',
        message: htmlReportWeightsMissing(missing),
      });
  }
  const first = pairs[0];
  const firstTwo: readonly [string, string] = [known[0] ?? '', known[1] ?? ''];
  // By default the dataset's first two parties, unless they are not the sides of an exchange
  // while some two are: then the sides of the first exchange.
  const sides =
    given.parties ??
    (first !== undefined && !pairs.some((p) => samePair(p, firstTwo)) ? first : firstTwo);
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
    if (issues.length === 0 && pairs.length > 0 && !pairs.some((p) => samePair(p, sides)))
      issues.push({
        path: ['parties'],
        code: 'invalid-option',
        message: htmlReportPartiesNotSides(given.parties, pairs),
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

const samePair = (p: readonly [string, string], q: readonly [string, string]) =>
  (p[0] === q[0] && p[1] === q[1]) || (p[0] === q[1] && p[1] === q[0]);

/**
 * The pairs of parties that are the two sides of some exchange of the dataset, in the order the
 * exchanges first name them: each side read as the party it is aligned with (a party's
 * authority counts as that party's side, as the report colours its sources).
 *
 * @internal
 */
export function sidePairs(dataset: Dataset): (readonly [string, string])[] {
  const pairs: (readonly [string, string])[] = [];
  const seen = new Set<string>();
  const sideOf = partySides(dataset);
  for (const exchange of dataset.exchanges) {
    const [a, b] = exchange.sides ?? [[exchange.parties[0] ?? ''], [exchange.parties[1] ?? '']];
    const left = new Set((a ?? []).map((p) => sideOf(p)));
    const right = new Set((b ?? []).map((p) => sideOf(p)));
    for (const x of left)
      for (const y of right) {
        if (x === y || x === '' || y === '') continue;
        const key = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([x, y]);
      }
  }
  return pairs;
}
