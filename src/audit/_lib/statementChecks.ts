import type { Count, KnownCount } from '../../count/Count.js';
import { isKnownCount } from '../../count/isKnownCount.js';
import { compare } from '../../discrepancy/compare.js';
import { partialDateRange } from '../../date/partialDateRange.js';
import type { ReportedDate } from '../../date/ReportedDateSchema.js';
import { exchangeRatio } from '../../exchange/exchangeRatio.js';
import type { Exchange } from '../../exchange/ExchangeSchema.js';
import type { Statement } from '../../statement/StatementSchema.js';
import type { Claim } from '../../claim/ClaimSchema.js';
import { pushTo } from '../../_lib/groupBy.js';
import { byId } from '../../_lib/byId.js';
import { aboutExchange, emit, fmt, party, type AuditContext } from './auditChecks.js';

// The audit of statements that are not headcounts: sources that disagree about who mediated an
// exchange, when it happened, which one in a series it was, whether it went ahead and on what
// terms; and statements the record itself contradicts.

const whoSaid = (ctx: AuditContext, s: Statement) => ctx.sources.get(s.source)?.name ?? s.source;

/** The first and last day a reported date may be. */
function span(date: ReportedDate): { first: string; last: string } {
  return {
    first: partialDateRange(date.from).first,
    last: partialDateRange(date.to ?? date.from).last,
  };
}

function spanOfStages(
  exchange: Exchange,
  stage: number | undefined,
): { first: string; last: string } | undefined {
  const stages = stage === undefined ? exchange.stages : [exchange.stages[stage]];
  const first = stages[0]?.on;
  const last = stages[stages.length - 1]?.on;
  if (first === undefined || last === undefined) return undefined;
  return { first: partialDateRange(first).first, last: partialDateRange(last).last };
}

const windowText = (d: { first: string; last: string }) =>
  d.first === d.last ? d.first : `${d.first} to ${d.last}`;

function disagree(
  ctx: AuditContext,
  key: string,
  exchange: string | undefined,
  statements: readonly Statement[],
  detail: string,
): void {
  const sorted = [...statements].sort(byId);
  emit(ctx, 'statements-disagree', {
    id: `statements-disagree:${key}`,
    ...(exchange ? { exchange } : {}),
    claims: [],
    records: [],
    statements: sorted.map((s) => s.id),
    message: `${detail}: ${sorted.map((s) => whoSaid(ctx, s)).join(' and ')} cannot all be right.`,
  });
}

/** Statements about the same thing that cannot all be true. */
export function checkStatements(ctx: AuditContext): void {
  const statements = ctx.dataset.statements ?? [];
  if (statements.length === 0) return;
  const groups = new Map<string, Statement[]>();
  for (const s of statements) {
    const a = s.about;
    switch (a.type) {
      case 'role':
        pushTo(groups, `role|${a.exchange ?? ''}|${a.agreement ?? ''}|${a.party}|${a.role}`, s);
        break;
      case 'date':
        pushTo(groups, `date|${a.exchange}|${a.stage ?? ''}`, s);
        break;
      case 'ordinal':
        pushTo(
          groups,
          `ordinal|${a.exchange}|${[...(a.among ?? [])].sort().join(',')}|${a.through ?? ''}|${a.since ?? ''}`,
          s,
        );
        break;
      case 'outcome':
        pushTo(groups, `outcome|${a.exchange}`, s);
        break;
      case 'terms':
        pushTo(groups, `terms|${a.exchange ?? ''}|${a.agreement ?? ''}|${a.terms.formula}`, s);
        break;
    }
  }
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const first = group[0] as Statement;
    const a = first.about;
    const exchange = 'exchange' in a ? a.exchange : undefined;
    switch (a.type) {
      case 'role': {
        const affirm = group.filter((s) => s.denies !== true);
        const deny = group.filter((s) => s.denies === true);
        if (affirm.length > 0 && deny.length > 0)
          disagree(
            ctx,
            key,
            exchange,
            group,
            `Whether ${party(ctx, a.party)} was ${a.role === 'observer' ? 'an' : 'a'} ${a.role} of ${a.exchange ? `exchange ${a.exchange}` : `agreement ${a.agreement}`}`,
          );
        break;
      }
      case 'date': {
        // An exchange over several days may be dated by any of them: sources naming different
        // days of it are held against the record (statement-vs-record), not against each other.
        const recorded = ctx.exchanges.get(exchange ?? '');
        if (a.stage === undefined && recorded && recorded.stages.length > 1) break;
        // Windows that do not overlap: the latest start after the earliest end. The windows are
        // listed in the order the sources are named (by statement id), each in its place.
        const spans = [...group].sort(byId).map((s) => span((s.about as { on: ReportedDate }).on));
        const latestStart = spans.reduce((m, d) => (d.first > m ? d.first : m), '');
        const earliestEnd = spans.reduce((m, d) => (d.last < m ? d.last : m), '9999-12-31');
        if (latestStart > earliestEnd)
          disagree(
            ctx,
            key,
            exchange,
            group,
            `When exchange ${exchange} took place (${spans.map(windowText).join('; ')})`,
          );
        break;
      }
      case 'ordinal': {
        // Different numbers for the same series are a disagreement even on the day itself.
        const numbers = new Set(group.map((s) => (s.about as { ordinal: number }).ordinal));
        if (numbers.size > 1)
          disagree(
            ctx,
            key,
            exchange,
            group,
            `Which exchange in the series ${exchange} was (${[...numbers].sort((x, y) => x - y).join(' or ')})`,
          );
        break;
      }
      case 'outcome': {
        const outcomes = new Set(group.map((s) => (s.about as { outcome: string }).outcome));
        const happened = outcomes.has('completed');
        const not = outcomes.has('cancelled') || outcomes.has('aborted');
        if (happened && not)
          disagree(
            ctx,
            key,
            exchange,
            group,
            `Whether exchange ${exchange} went ahead (${[...outcomes].sort().join(' or ')})`,
          );
        break;
      }
      case 'terms': {
        const texts = new Set(group.map((s) => termsText(ctx, s)));
        if (texts.size > 1)
          disagree(
            ctx,
            key,
            exchange,
            group,
            `The terms of ${exchange ? `exchange ${exchange}` : `agreement ${'agreement' in a ? a.agreement : ''}`} (${[...texts].sort().join(' or ')})`,
          );
        break;
      }
    }
  }
}

function termsText(ctx: AuditContext, s: Statement): string {
  const a = s.about;
  if (a.type !== 'terms') return '';
  const t = a.terms;
  switch (t.formula) {
    case 'ratio':
      return `${t.give.toLocaleString('en-US')} for ${t.get.toLocaleString('en-US')}${t.by ? ` by ${party(ctx, t.by)}` : ''}`;
    case 'n-for-n':
      return `${t.count.toLocaleString('en-US')} for ${t.count.toLocaleString('en-US')}`;
    case 'all-for-all':
      return 'all for all';
    case 'scale':
      return t.equivalents.map((e) => `${e.category}=${e.worth} ${t.unit}`).join(', ');
    case 'stages':
      return `${t.planned.length} stages`;
  }
}

/** Statements the record contradicts: a date, an outcome, terms against the transfers. */
export function checkStatementsAgainstRecord(ctx: AuditContext): void {
  for (const s of [...(ctx.dataset.statements ?? [])].sort(byId)) {
    const a = s.about;
    const exchange =
      'exchange' in a && a.exchange !== undefined ? ctx.exchanges.get(a.exchange) : undefined;
    if (!exchange) continue;
    const against = (detail: string) =>
      emit(ctx, 'statement-vs-record', {
        id: `statement-vs-record:${s.id}`,
        exchange: exchange.id,
        claims: [],
        records: [],
        statements: [s.id],
        message: `${whoSaid(ctx, s)} says ${detail}.`,
      });
    if (a.type === 'date') {
      const said = span(a.on);
      const recorded = spanOfStages(exchange, a.stage);
      if (recorded && (said.last < recorded.first || said.first > recorded.last))
        against(
          `exchange ${exchange.id}${a.stage === undefined ? '' : ` (stage ${a.stage})`} took place on ${windowText(said)}, but the record dates it ${windowText(recorded)}`,
        );
    } else if (a.type === 'outcome') {
      const happened = exchange.status === 'completed' || exchange.status === 'partly-done';
      if ((a.outcome === 'cancelled' && happened) || (a.outcome === 'completed' && !happened))
        against(
          `exchange ${exchange.id} was ${a.outcome}, but the record has it ${exchange.status}`,
        );
    } else if (
      a.type === 'terms' &&
      // Terms of a whole agreement ("part of the 1,200-for-1,200 deal") are not one exchange's.
      a.agreement === undefined &&
      (a.terms.formula === 'ratio' || a.terms.formula === 'n-for-n')
    ) {
      const detail = termsAgainstTransfers(ctx, exchange, a.terms);
      if (detail) against(detail);
    }
  }
}

/** What the transfers say against a ratio or "N for N", or undefined when they agree with it. */
function termsAgainstTransfers(
  ctx: AuditContext,
  exchange: Exchange,
  terms:
    | { formula: 'ratio'; give: number; get: number; by?: string | undefined }
    | { formula: 'n-for-n'; count: number },
): string | undefined {
  const ratio = exchangeRatio(exchange, undefined, 'people', ctx.taxonomy);
  const [first, second] = ratio.received;
  if (!isKnownCount(first) || !isKnownCount(second)) return undefined;
  const [sideA, sideB] = ratio.sides;
  if (terms.formula === 'n-for-n') {
    const n: Count = { low: terms.count, high: terms.count };
    if (compare(first, n).relation !== 'disjoint' && compare(second, n).relation !== 'disjoint')
      return undefined;
    return `the terms were ${terms.count.toLocaleString('en-US')} for ${terms.count.toLocaleString('en-US')}, but the record has ${fmt(first)} to ${sideA?.map((p) => party(ctx, p)).join(' and ')} and ${fmt(second)} to ${sideB?.map((p) => party(ctx, p)).join(' and ')}`;
  }
  // `by` gives `give` for every `get` it receives: what the other side received over what `by`'s
  // side received is give over get. Without `by`, either way round.
  const byFirst = terms.by !== undefined && sideA?.includes(terms.by) === true;
  const bySecond = terms.by !== undefined && sideB?.includes(terms.by) === true;
  const fits = (other: KnownCount, own: KnownCount) =>
    // other / own = give / get, as intervals: other·get and own·give must overlap.
    (own.high === null || other.low * terms.get <= own.high * terms.give) &&
    (other.high === null || own.low * terms.give <= other.high * terms.get);
  const ok = byFirst
    ? fits(second, first)
    : bySecond
      ? fits(first, second)
      : fits(second, first) || fits(first, second);
  if (ok) return undefined;
  return `the terms were ${terms.give.toLocaleString('en-US')} for ${terms.get.toLocaleString('en-US')}${terms.by ? ` given by ${party(ctx, terms.by)}` : ''}, but the record has ${fmt(first)} to ${sideA?.map((p) => party(ctx, p)).join(' and ')} and ${fmt(second)} to ${sideB?.map((p) => party(ctx, p)).join(' and ')}`;
}

/**
 * A figure stated as a share of another claim ("more than half of them"), against that claim:
 * the share of its count must be able to hold the figure.
 */
export function checkShares(ctx: AuditContext): void {
  const targets: string[] = [];
  for (let row = 0; row < ctx.dataset.claims.length; row += 1) {
    const share = (ctx.dataset.claims[row] as Claim).share;
    if (share) targets.push(share.of);
  }
  const wholes = ctx.claimsOf(targets);
  if (wholes.size === 0) return;
  for (let row = 0; row < ctx.dataset.claims.length; row += 1) {
    const claim = ctx.dataset.claims[row] as Claim;
    const share = claim.share;
    if (!share) continue;
    const whole = wholes.get(share.of);
    if (!whole || !isKnownCount(whole.value) || !isKnownCount(claim.value)) continue;
    const w = whole.value;
    // What the share of the whole allows, in whole people.
    const allowed: KnownCount = {
      // At least 0: the ceiling of a hair below zero is -0, which JSON cannot carry.
      low: Math.max(0, Math.ceil(share.low * w.low - 1e-9)),
      high: w.high === null ? null : Math.floor(share.high * w.high + 1e-9),
    };
    if (allowed.high !== null && allowed.high < allowed.low) continue;
    if (compare(claim.value, allowed).relation !== 'disjoint') continue;
    const said = ctx.sources.get(claim.source)?.name ?? claim.source;
    emit(ctx, 'share-vs-claim', {
      id: `share-vs-claim:${claim.id}`,
      subject: ctx.keyOf(claim),
      ...aboutExchange([claim, whole]),
      claims: [claim.id, whole.id],
      records: [],
      expected: allowed,
      observed: claim.value,
      message: `${said} gives ${fmt(claim.value)} as ${share.wording ?? `a share of ${share.low} to ${share.high}`} of the ${fmt(w)} in claim ${whole.id}, which allows only ${fmt(allowed)}.`,
    });
  }
}
