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
  type AuditCaches,
  type AuditContext,
} from './_lib/auditChecks.js';
import {
  checkShares,
  checkStatements,
  checkStatementsAgainstRecord,
} from './_lib/statementChecks.js';
import { effectiveTaxonomy } from '../dataset/_lib/effectiveTaxonomy.js';
import { partySides } from '../dataset/_lib/sides.js';
import type { Taxonomy } from '../taxonomy/TaxonomySchema.js';
import { ledgerWithIndex } from '../ledger/_lib/buildLedger.js';
import {
  circlesOf,
  copiedClaim,
  copyOriginals,
  isCopyLink,
} from '../discrepancy/_lib/reconcileCore.js';
import type { Finding } from './Finding.js';
import { independentParts } from './_lib/parts.js';
import { SEVERITIES, type FindingCode, type Severity } from './findingCodes.js';
import { pushTo } from '../_lib/groupBy.js';
import { byId, byText } from '../_lib/byId.js';

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

/** A check: the codes it reports, and the shared tables it uses (see {@link AuditCaches}). */
type CheckRow = readonly [
  codes: readonly FindingCode[],
  check: (ctx: AuditContext) => void,
  uses: readonly (keyof AuditCaches)[],
];

/**
 * The checks, in the order they run. No check reads another's findings, so the order changes no
 * answer; it is chosen for memory. The checks sharing a table run one after another, and the
 * largest tables (reconciliations, running totals) are built and dropped before most findings
 * exist, so that the tables and the findings are not held at their largest at once.
 */
const CHECKS: readonly CheckRow[] = [
  [['breakdowns-disagree'], checkBreakdownsAcrossSources, ['agreementGroups']],
  [['record-vs-claims'], checkRecords, ['reconciled']],
  [['claim-vs-record'], checkClaimsAgainstRecord, ['reconciled', 'entriesByExchange']],
  [['agreed-vs-delivered'], checkAgreements, ['reconciled']],
  [
    ['claims-disagree'],
    checkDisagreements,
    ['agreementGroups', 'reconciled', 'exchangeSpans', 'exchangesByParty', 'series'],
  ],
  [['cumulative-vs-ledger'], checkRunningTotals, ['series']],
  [['holdings-drop'], checkHoldings, ['series']],
  [
    ['breakdown-exceeds-total', 'breakdown-short-of-total', 'overlapping-parts'],
    checkBreakdowns,
    [],
  ],
  [['part-exceeds-whole'], checkPartsAgainstWholes, []],
  [['asymmetric-exchange'], checkAsymmetry, []],
  [['cumulative-decreases'], checkDecreases, []],
  [['self-contradiction'], checkSelfContradictions, []],
  [['copy-differs'], checkCopies, []],
  [['statements-disagree'], checkStatements, []],
  [['statement-vs-record'], checkStatementsAgainstRecord, []],
  [['share-vs-claim'], checkShares, []],
  [['unsourced-claim'], checkUnsourced, []],
];

/** Findings by id, and findings of one id by the records and claims they rest on, then words. */
const byFinding = (a: Finding, b: Finding): number =>
  byId(a, b) ||
  byText(a.records.join(' '), b.records.join(' ')) ||
  byText(a.claims.join(' '), b.claims.join(' ')) ||
  byText(a.message, b.message);

/**
 * The claims their own dataset sets aside: deprecated ones, those a later claim revises or
 * retracts (except within a circle of such links, where none prevails), and copies of those. A
 * superseded figure is no evidence of anything, so no check looks at it. Returned with the
 * claims by id (the first of each id), which the audit keeps for the findings' addresses.
 */
function supersededClaims(claims: readonly Claim[]): {
  aside: ReadonlySet<string>;
  claimById: Map<string, Claim>;
  /** Each claim's copy link over every claim of its subject, when any claim copies another. */
  copyOf?: ReadonlyMap<string, string>;
  /** The circles of revisions and retractions, where none prevails: claim id to its circle. */
  circle: ReadonlyMap<string, number>;
} {
  // One pass, from the end, so that the first claim of an id is the one kept by id (a validated
  // dataset has one of each); the table also says which linked claims are present.
  const claimById = new Map<string, Claim>();
  const candidates: { from: string; to: string }[] = [];
  const deprecated: string[] = [];
  const copying: Claim[] = [];
  for (let i = claims.length - 1; i >= 0; i -= 1) {
    const claim = claims[i] as Claim;
    claimById.set(claim.id, claim);
    if (claim.rank?.level === 'deprecated') deprecated.push(claim.id);
    const links = claim.links;
    if (links)
      for (let j = links.length - 1; j >= 0; j -= 1) {
        const link = links[j] as NonNullable<Claim['links']>[number];
        if ((link.type === 'revises' || link.type === 'retracts') && link.claim !== claim.id)
          candidates.push({ from: claim.id, to: link.claim });
        else if (isCopyLink(link) && copying[copying.length - 1] !== claim) copying.push(claim);
      }
  }
  const aside = new Set(deprecated.reverse());
  const links = candidates.reverse().filter((link) => claimById.has(link.to));
  const circle = circlesOf(links);
  for (const { from, to } of links) {
    const c = circle.get(from);
    if (c === undefined || c !== circle.get(to)) aside.add(to);
  }
  // Chains of copies over the whole dataset, within one subject as reconciling sees them: a group
  // of the claims left (one subject, or one subject on one date) still counts a copy of a claim
  // outside it once, at its original. A copy whose original is set aside repeats what no longer
  // stands, and goes with it.
  if (copying.length > 0) {
    const copyOf = new Map<string, string>();
    for (const claim of copying) {
      const key = subjectKey(claim.subject);
      const copied = copiedClaim(claim, (id) => {
        const other = claimById.get(id);
        return other !== undefined && subjectKey(other.subject) === key;
      });
      if (copied !== undefined) copyOf.set(claim.id, copied);
    }
    if (aside.size > 0) {
      const originalOf = copyOriginals((id) => copyOf.get(id));
      const copies = [...copyOf.keys()].filter((id) => {
        const original = originalOf(id);
        return original !== id && aside.has(original);
      });
      for (const id of copies) aside.add(id);
    }
    return { aside, claimById, copyOf, circle };
  }
  return { aside, claimById, circle };
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
 * groups by subject, so the audit grows as n·log n. A large dataset is audited a batch of its
 * independent parts at a time (records that name one another, directly or through others, are one
 * part), which gives the same report with smaller tables. Findings are sorted by severity, code
 * and id, and do not depend on the order of the input.
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
  const disabled = new Set(options.disable ?? []);
  const taxonomy = effectiveTaxonomy(dataset);
  const findings: Finding[] = [];
  // Part by part: no check relates records of two independent parts, and small tables are
  // quicker to build and read than tables of the whole.
  for (const part of independentParts(dataset))
    findingsOf(part, taxonomy, options, disabled, findings);
  return reportOf(findings, new Set(options.allow ?? []));
}

/** Runs every check not disabled on `dataset`, adding what they find to `findings`. */
function findingsOf(
  dataset: Dataset,
  taxonomy: Taxonomy,
  options: AuditOptions,
  disabled: ReadonlySet<FindingCode>,
  findings: Finding[],
): void {
  // The first claim of each id, for the findings' addresses, with the claims set aside.
  const { aside, claimById, copyOf, circle } = supersededClaims(dataset.claims);
  if (aside.size > 0) {
    dataset = { ...dataset, claims: dataset.claims.filter((c) => !aside.has(c.id)) };
    for (const id of aside) claimById.delete(id);
  }
  // A claim's key when a check asks for it (a finding's subject, a mixed group), kept: no table
  // of every claim's key is built, since the groups below hold each key once.
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
  for (let row = 0; row < dataset.claims.length; row += 1) {
    const claim = dataset.claims[row] as Claim;
    const key = subjectKey(claim.subject);
    const list = bySubject.get(key);
    if (list) list.push(claim);
    else bySubject.set(key, [claim]);
  }
  let statementById: Map<string, Statement> | undefined;
  const statementOf = (id: string): Statement | undefined => {
    if (statementById === undefined) {
      statementById = new Map();
      const statements = dataset.statements ?? [];
      for (let i = statements.length - 1; i >= 0; i -= 1) {
        const statement = statements[i] as Statement;
        statementById.set(statement.id, statement);
      }
    }
    return statementById.get(id);
  };
  // Where a finding can be checked: the citations of every claim and statement it rests on, then
  // its own, each address once.
  const urlsOf = (finding: Omit<Finding, 'code' | 'severity'>): string[] => {
    const urls: string[] = [];
    for (const id of finding.claims)
      for (const c of claimById.get(id)?.citations ?? []) urls.push(c.url);
    for (const id of finding.statements ?? [])
      for (const c of statementOf(id)?.citations ?? []) urls.push(c.url);
    if (finding.urls) for (const url of finding.urls) urls.push(url);
    return urls.length < 2 ? urls : [...new Set(urls)];
  };
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const { book, index } = ledgerWithIndex(dataset, taxonomy);
  const ctx: AuditContext = {
    dataset,
    taxonomy,
    ledger: book,
    ledgerIndex: index,
    sources,
    partyNames: new Map(dataset.parties.map((p) => [p.id, p.name])),
    sideOf: partySides(dataset),
    exchanges: new Map(dataset.exchanges.map((e) => [e.id, e])),
    agreements: new Map((dataset.agreements ?? []).map((a) => [a.id, a])),
    bySubject,
    subjects: Array.from(bySubject, ([key, claims]) => ({ key, claims })),
    claimsOf: (ids) => {
      const claims = new Map<string, Claim>();
      for (const id of ids) {
        const claim = claimById.get(id);
        if (claim) claims.set(id, claim);
      }
      return claims;
    },
    keyOf,
    caches: {},
    reconcileOptions: {
      sources,
      ...(options.weights ? { weights: options.weights } : {}),
    },
    settled: { copyOf },
    revisionCircle: circle,
    emit: (code, finding, severity) => {
      if (disabled.has(code)) return;
      const urls = urlsOf(finding);
      // The sentence is stored in one piece: built from many, it is kept as a tree of them, and
      // a report's findings took a quarter to two fifths more memory. Reading it as a number
      // reads it whole, which makes the engine lay it out flat; the number itself is not wanted.
      Number(finding.message);
      // Every check hands over a new object: completed in place, not copied.
      const full = finding as { -readonly [K in keyof Finding]: Finding[K] };
      full.code = code;
      full.severity = severity;
      if (urls.length > 0) full.urls = urls;
      findings.push(full);
    },
  };
  for (let at = 0; at < CHECKS.length; at += 1) {
    const [codes, check, uses] = CHECKS[at] as CheckRow;
    if (codes.some((code) => !disabled.has(code))) check(ctx);
    // A table no later check uses is dropped.
    for (const name of uses)
      if (!CHECKS.some(([, , later], after) => after > at && later.includes(name)))
        ctx.caches[name] = undefined;
  }
}

/** The report of these findings: sorted, with ids made unique, less those allowed, counted. */
function reportOf(findings: Finding[], allow: ReadonlySet<string>): AuditReport {
  // Most serious first, then by code, then by id: findings are put in buckets of one severity
  // and code, so that the sort itself only compares ids.
  const buckets = SEVERITIES.map(() => new Map<FindingCode, Finding[]>());
  for (const finding of findings)
    pushTo(
      buckets[SEVERITIES.indexOf(finding.severity)] as Map<FindingCode, Finding[]>,
      finding.code,
      finding,
    );
  const sorted: Finding[] = [];
  for (const byCode of buckets)
    for (const code of [...byCode.keys()].sort()) {
      // Two findings can meet on one id when a claim's id reads like another finding's suffix
      // (a claim `c1:stage` beside the stage split of a claim `c1`, a claim `x/t` beside transfer
      // t of exchange x). Put in one order by what they rest on, the later ones add `#2`, `#3`,
      // which no id in the data holds.
      const list = (byCode.get(code) as Finding[]).sort(byFinding);
      let renamed = false;
      let previous = list[0]?.id;
      let seen = 1;
      for (let i = 1; i < list.length; i += 1) {
        const finding = list[i] as Finding;
        if (finding.id !== previous) {
          previous = finding.id;
          seen = 1;
          continue;
        }
        seen += 1;
        (finding as { id: string }).id = `${finding.id}#${seen}`;
        renamed = true;
      }
      if (renamed) list.sort(byId);
      for (const finding of list) sorted.push(finding);
    }
  const kept = allow.size === 0 ? sorted : sorted.filter((f) => !allow.has(f.id));
  const allowed = allow.size === 0 ? [] : sorted.filter((f) => allow.has(f.id)).map((f) => f.id);
  const bySeverity: Record<Severity, number> = { error: 0, conflict: 0, warning: 0, info: 0 };
  const byCode: Partial<Record<FindingCode, number>> = {};
  for (const f of kept) {
    bySeverity[f.severity] += 1;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  }
  return { findings: kept, allowed, summary: { bySeverity, byCode } };
}
