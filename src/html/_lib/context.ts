import type { HtmlReportLimits } from '../HtmlReportLimits.js';
import type { AuditReport } from '../../audit/audit.js';
import type { Finding } from '../../audit/Finding.js';
import type { Claim } from '../../claim/ClaimSchema.js';
import { claimDate } from '../../claim/_lib/claimDate.js';
import type { Count } from '../../count/Count.js';
import { formatCount } from '../../count/formatCount.js';
import { isKnownCount } from '../../count/isKnownCount.js';
import type { Dataset } from '../../dataset/Dataset.js';
import { sourceSide, type SideOf } from '../../dataset/_lib/sides.js';
import type { Ledger } from '../../ledger/LedgerTypes.js';
import type { LedgerIndex } from '../../ledger/_lib/ledgerIndex.js';
import type { Source } from '../../source/SourceSchema.js';
import type { Taxonomy } from '../../taxonomy/TaxonomySchema.js';
import type { PlotDocument } from './plot.js';

/** Who a figure comes from, for colour and shape: either warring side, a third party, or nobody's. @internal */
export type Voice = 'a' | 'b' | 'third' | 'independent';

/** The voices in legend order. @internal */
export const VOICES: readonly Voice[] = ['a', 'b', 'third', 'independent'];

/**
 * The Okabe–Ito colours, picked for a white page: blue, vermillion, bluish green and black each
 * keep at least 3:1 against white, and stay apart for every common kind of colour blindness.
 * Each voice also has its own shape, so colour is never the only cue.
 *
 * @internal
 */
export const COLOURS: Readonly<Record<Voice, string>> = {
  a: '#0072B2',
  b: '#D55E00',
  third: '#009E73',
  independent: '#000000',
};

/** Plot symbol names for each voice. @internal */
export const SYMBOLS: Readonly<Record<Voice, string>> = {
  a: 'circle',
  b: 'square',
  third: 'diamond',
  independent: 'triangle',
};

/** Colour of the ledger band and bars (3.4:1 against white), its lines, and finding marks. @internal */
export const LEDGER_FILL = '#8c8c8c';
/** @internal */
export const LEDGER_LINE = '#4d4d4d';
/** @internal */
export const FINDING_MARK = '#CC79A7';

/** Everything the sections share, built once per report. @internal */
export interface ReportContext {
  readonly dataset: Dataset;
  readonly report: AuditReport;
  readonly book: Ledger;
  readonly index: LedgerIndex;
  readonly taxonomy: Taxonomy;
  readonly sides: readonly [string, string];
  /** How much the report draws and lists, so a large dataset stays a page a browser can open. */
  readonly limits: HtmlReportLimits;
  readonly sources: ReadonlyMap<string, Source>;
  readonly partyNames: ReadonlyMap<string, string>;
  /** Each party's side, remembered for this report only. */
  readonly sideOf: SideOf;
  /** The findings that name each claim. */
  readonly findingsByClaim: ReadonlyMap<string, readonly Finding[]>;
  /** Anchors of the claims listed in a table of the page, by claim id. */
  readonly anchors: Map<string, string>;
  /** Anchors of the findings listed on the page, by finding id. */
  readonly findingAnchors: ReadonlyMap<string, string>;
  /** Anchors of the exchanges listed in the exchanges table, by exchange id. */
  readonly exchangeAnchors: Map<string, string>;
  /** The charts' document. */
  readonly document: PlotDocument;
}

/** A party's name, or its id when it has none on record. @internal */
export function partyName(ctx: ReportContext, id: string): string {
  return ctx.partyNames.get(id) ?? id;
}

/** Which voice a claim's source speaks with. @internal */
export function voiceOf(ctx: ReportContext, sourceId: string): Voice {
  const source = ctx.sources.get(sourceId);
  const side = sourceSide(ctx.sideOf, source?.affiliation);
  if (side === null) return 'independent';
  if (side === ctx.sides[0]) return 'a';
  if (side === ctx.sides[1]) return 'b';
  return 'third';
}

/** Words for each voice, naming the two sides. @internal */
export function voiceLabel(ctx: ReportContext, voice: Voice): string {
  switch (voice) {
    case 'a':
      return `${partyName(ctx, ctx.sides[0])} side`;
    case 'b':
      return `${partyName(ctx, ctx.sides[1])} side`;
    case 'third':
      return 'third party or mediator';
    case 'independent':
      return 'independent (press, no affiliation)';
  }
}

/** The name of a claim's source. @internal */
export function sourceName(ctx: ReportContext, claim: Claim): string {
  return ctx.sources.get(claim.source)?.name ?? claim.source;
}

/** A count in words, as the package formats it. @internal */
export function countText(count: Count): string {
  return formatCount(count);
}

/**
 * Where a figure sits on a chart: its best estimate, else the middle of a closed interval, else
 * its low end (an open-ended figure "over N" is drawn at N and marked open). `undefined` for an
 * unknown or undisclosed figure, which has no place on an axis.
 *
 * @internal
 */
export function plotValue(
  count: Count,
): { y: number; low: number; high: number | null } | undefined {
  if (!isKnownCount(count)) return undefined;
  const y = count.best ?? (count.high === null ? count.low : (count.low + count.high) / 2);
  return { y, low: count.low, high: count.high };
}

/** The date a claim is placed at, as the audit places it. @internal */
export { claimDate };

/** Indexes the findings by the claims they name. @internal */
export function findingsByClaim(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const finding of findings)
    for (const id of finding.claims) {
      const list = map.get(id);
      if (list) list.push(finding);
      else map.set(id, [finding]);
    }
  return map;
}

/** A day as a UTC date for a time axis. @internal */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Thousands separated, as the package writes counts. @internal */
export function people(n: number): string {
  return formatCount({ low: n, high: n });
}
