import type { Claim } from '../claim/ClaimSchema.js';
import type { Statement } from '../statement/StatementSchema.js';
import { subjectKey } from '../claim/subjectKey.js';
import type { Dataset } from '../dataset/Dataset.js';
import type { SourceWeights } from '../discrepancy/sourceWeights.js';
import {
  checkAgreements,
  checkAsymmetry,
  checkClaimsAgainstRecord,
  checkCopies,
  checkPartsAgainstWholes,
  checkBreakdowns,
  checkBreakdownsAcrossSources,
  checkDecreases,
  checkHoldings,
  checkDisagreements,
  checkRecords,
  checkRunningTotals,
  checkSelfContradictions,
  checkUnsourced,
  type AuditContext,
} from './_lib/auditChecks.js';
import {
  checkShares,
  checkStatements,
  checkStatementsAgainstRecord,
} from './_lib/statementChecks.js';
import { effectiveTaxonomy } from '../dataset/_lib/effectiveTaxonomy.js';
import { indexLedger } from '../ledger/_lib/ledgerIndex.js';
import { ledger } from '../ledger/ledger.js';
import { circlesOf } from '../discrepancy/_lib/reconcileCore.js';
import type { Finding } from './Finding.js';
import { SEVERITIES, type FindingCode, type Severity } from './findingCodes.js';

/**
 * Options for {@link audit}.
 *
 * @example
 * ```ts
 * import type { AuditOptions } from 'swapledger';
 * const options: AuditOptions = { disable: ['unsourced-claim'], allow: ['asymmetric-exchange:ua-ru-2023-05-06'] };
 * ```
 */
export interface AuditOptions {
  /** Codes not to check. */
  readonly disable?: readonly FindingCode[];
  /** Ids of known findings to leave out of the report (they are listed in `allowed`). */
  readonly allow?: readonly string[];
  /** Weights by source kind for reconciling claims. */
  readonly weights?: SourceWeights;
}

/**
 * What the audit found: the findings, most serious first; the allow-listed findings that were
 * left out; and counts per severity and per code.
 *
 * @example
 * ```ts
 * import type { AuditReport } from 'swapledger';
 * const clean: AuditReport = { findings: [], allowed: [], summary: { bySeverity: { error: 0, conflict: 0, warning: 0, info: 0 }, byCode: {} } };
 * ```
 */
export interface AuditReport {
  readonly findings: readonly Finding[];
  readonly allowed: readonly string[];
  readonly summary: {
    readonly bySeverity: Readonly<Record<Severity, number>>;
    readonly byCode: Readonly<Partial<Record<FindingCode, number>>>;
  };
}

const CHECKS: readonly [readonly FindingCode[], (ctx: AuditContext) => void][] = [
  [['breakdown-exceeds-total', 'breakdown-short-of-total', 'overlapping-parts'], checkBreakdowns],
  [['claims-disagree'], checkDisagreements],
  [['breakdowns-disagree'], checkBreakdownsAcrossSources],
  [['record-vs-claims'], checkRecords],
  [['claim-vs-record'], checkClaimsAgainstRecord],
  [['part-exceeds-whole'], checkPartsAgainstWholes],
  [['asymmetric-exchange'], checkAsymmetry],
  [['agreed-vs-delivered'], checkAgreements],
  [['cumulative-vs-ledger'], checkRunningTotals],
  [['cumulative-decreases'], checkDecreases],
  [['holdings-drop'], checkHoldings],
  [['self-contradiction'], checkSelfContradictions],
  [['copy-differs'], checkCopies],
  [['statements-disagree'], checkStatements],
  [['statement-vs-record'], checkStatementsAgainstRecord],
  [['share-vs-claim'], checkShares],
  [['unsourced-claim'], checkUnsourced],
];

/**
 * The claims their own dataset sets aside: deprecated ones, and those a later claim revises or
 * retracts (except within a circle of such links, where none prevails). A superseded figure is
 * no evidence of anything, so no check looks at it.
 */
function supersededClaims(dataset: Dataset): ReadonlySet<string> {
  const candidates: { from: string; to: string }[] = [];
  const aside = new Set<string>();
  for (const claim of dataset.claims) {
    if (claim.rank?.level === 'deprecated') aside.add(claim.id);
    for (const link of claim.links ?? [])
      if ((link.type === 'revises' || link.type === 'retracts') && link.claim !== claim.id)
        candidates.push({ from: claim.id, to: link.claim });
  }
  // The ids of all claims only when some claim revises or retracts another.
  const present =
    candidates.length === 0 ? new Set<string>() : new Set(dataset.claims.map((c) => c.id));
  const links = candidates.filter((link) => present.has(link.to));
  const circle = circlesOf(links);
  for (const { from, to } of links) {
    const c = circle.get(from);
    if (c === undefined || c !== circle.get(to)) aside.add(to);
  }
  return aside;
}

/**
 * Audits a validated dataset and reports every discrepancy as a finding with a stable code, a
 * severity, the subject, the claims and records involved, the figures expected and observed, the
 * gap, and one plain sentence. It checks: breakdowns that exceed or (when declared complete) fall
 * short of their totals, or whose parts overlap; claims that disagree on one subject, saying
 * whether the sources are on opposite sides, the same side, or independent; recorded transfers
 * that agree with none of their claims; asymmetric exchanges; agreed against delivered; running
 * totals against the ledger at their date and running totals that go down; sources that
 * contradict themselves; claims without a citation. Every check is one pass over the data or its
 * groups by subject, so the audit grows as n·log n. Findings are sorted by severity, code and id,
 * and do not depend on the order of the input.
 *
 * @param dataset - A validated dataset.
 * @param options - Codes to skip, findings to allow-list, source weights.
 * @returns The findings, the allow-listed ids, and a summary.
 * @example
 * ```ts
 * import { audit } from 'swapledger';
 * import { loadSampleDataset } from 'swapledger/sample';
 * const report = audit(loadSampleDataset());
 * report.findings.some((f) => f.id === 'asymmetric-exchange:ua-ru-2023-04-26'); // true
 * ```
 */
export function audit(dataset: Dataset, options: AuditOptions = {}): AuditReport {
  const aside = supersededClaims(dataset);
  if (aside.size > 0)
    dataset = { ...dataset, claims: dataset.claims.filter((c) => !aside.has(c.id)) };
  const disabled = new Set(options.disable ?? []);
  const allow = new Set(options.allow ?? []);
  const keys = new Map<Claim, string>();
  const keyOf = (claim: Claim): string => {
    let key = keys.get(claim);
    if (key === undefined) {
      key = subjectKey(claim.subject);
      keys.set(claim, key);
    }
    return key;
  };
  const bySubject = new Map<string, Claim[]>();
  for (const claim of dataset.claims) {
    const key = subjectKey(claim.subject);
    const list = bySubject.get(key);
    // One string per subject, not one per claim: a million claims hold a few hundred thousand.
    if (list) {
      list.push(claim);
      keys.set(claim, keys.get(list[0] as Claim) as string);
    } else {
      bySubject.set(key, [claim]);
      keys.set(claim, key);
    }
  }
  const findings: Finding[] = [];
  // The first record of each of these ids, claims before statements, in one pass: no table of
  // every id is kept.
  const recordsOf = (ids: Iterable<string>, withStatements: boolean) => {
    const found = new Map<string, Claim | Statement | undefined>();
    for (const id of ids) found.set(id, undefined);
    if (found.size === 0) return found;
    const lists = withStatements ? [dataset.claims, dataset.statements ?? []] : [dataset.claims];
    for (const list of lists)
      for (const record of list)
        if (found.has(record.id) && found.get(record.id) === undefined)
          found.set(record.id, record);
    return found;
  };
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const book = ledger(dataset);
  const ctx: AuditContext = {
    dataset,
    taxonomy: effectiveTaxonomy(dataset),
    ledger: book,
    ledgerIndex: indexLedger(book.entries),
    sources,
    partyNames: new Map(dataset.parties.map((p) => [p.id, p.name])),
    exchanges: new Map(dataset.exchanges.map((e) => [e.id, e])),
    agreements: new Map((dataset.agreements ?? []).map((a) => [a.id, a])),
    bySubject,
    claimsOf: (ids) => {
      const claims = new Map<string, Claim>();
      for (const [id, record] of recordsOf(ids, false)) if (record) claims.set(id, record as Claim);
      return claims;
    },
    keyOf,
    series: new Map(),
    reconciled: new Map(),
    exchangeSpans: new Map(),
    reconcileOptions: {
      sources,
      ...(options.weights ? { weights: options.weights } : {}),
    },
    emit: (finding) => {
      if (!disabled.has(finding.code)) findings.push(finding as Finding);
    },
  };
  for (const [codes, check] of CHECKS) {
    if (codes.some((code) => !disabled.has(code))) check(ctx);
  }
  // Where each finding can be checked: the citations of every claim and statement it rests on,
  // then its own, each address once.
  const named = new Set<string>();
  for (const f of findings) {
    for (const id of f.claims) named.add(id);
    for (const id of f.statements ?? []) named.add(id);
  }
  const cited = recordsOf(named, true);
  findings.forEach((finding, i) => {
    const urls = new Set<string>();
    for (const ids of [finding.claims, finding.statements ?? []])
      for (const id of ids) for (const c of cited.get(id)?.citations ?? []) urls.add(c.url);
    for (const url of finding.urls ?? []) urls.add(url);
    if (urls.size > 0) findings[i] = { ...finding, urls: [...urls] };
  });
  const ranks = new Map(SEVERITIES.map((s, i) => [s, i]));
  const rank = (s: Severity) => ranks.get(s) ?? 0;
  findings.sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const kept = findings.filter((f) => !allow.has(f.id));
  const allowed = findings.filter((f) => allow.has(f.id)).map((f) => f.id);
  const bySeverity: Record<Severity, number> = { error: 0, conflict: 0, warning: 0, info: 0 };
  const byCode: Partial<Record<FindingCode, number>> = {};
  for (const f of kept) {
    bySeverity[f.severity] += 1;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  }
  return { findings: kept, allowed, summary: { bySeverity, byCode } };
}
