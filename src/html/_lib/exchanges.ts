import type { Claim } from '../../claim/ClaimSchema.js';
import type { Count } from '../../count/Count.js';
import { isKnownCount } from '../../count/isKnownCount.js';
import type { Exchange } from '../../exchange/ExchangeSchema.js';
import { exchangeRatio, type ExchangeRatio } from '../../exchange/exchangeRatio.js';
import type { Finding } from '../../audit/Finding.js';
import { maxOf } from '../../_lib/spread.js';
import { escapeHtml, plotAttribute, sourceLink } from './escape.js';
import {
  COLOURS,
  countText,
  LEDGER_FILL,
  LEDGER_LINE,
  partyName,
  people,
  plotValue,
  sourceName,
  SYMBOLS,
  VOICES,
  voiceLabel,
  voiceOf,
  type ReportContext,
  type Voice,
} from './context.js';
import { findingLinks, hostOf, limitNote, voiceLegend } from './fragments.js';
import { Plot, renderPlot } from './plot.js';

type Sides = readonly [readonly string[], readonly string[]];

interface Row {
  readonly exchange: Exchange;
  readonly date: string;
  readonly sides: Sides;
  readonly ratio: ExchangeRatio;
  /** Claims of people moved to each side, whole figures only. */
  readonly figures: readonly [Claim[], Claim[]];
  /** Other claims about the exchange: parts, cohorts, both directions together, no direction. */
  readonly other: Claim[];
  readonly findings: Finding[];
}

/** The exchange's two sides, the report's first side first when the exchange involves it. */
function sidesOf(ctx: ReportContext, exchange: Exchange): Sides {
  const [a, b] = exchange.sides ?? [[exchange.parties[0] ?? ''], [exchange.parties[1] ?? '']];
  const first = a ?? [];
  const second = b ?? [];
  const sideIs = (side: readonly string[], party: string) =>
    side.some((p) => ctx.sideOf(p) === party);
  return sideIs(second, ctx.sides[0]) && !sideIs(first, ctx.sides[0])
    ? [second, first]
    : [first, second];
}

/** A ratio in words: "1.1 to 1", "between 0.5 and 2 to 1", "no ratio" when it cannot be told. */
function ratioText({ ratio, received }: ExchangeRatio): string {
  const [a, b] = received;
  if (ratio === null && isKnownCount(b) && b.high === 0)
    return isKnownCount(a) && a.high === 0 ? 'no one moved' : 'one way: none in return';
  if (ratio === null) return 'cannot be told';
  const r = (x: number) =>
    Math.abs(x - Math.round(x)) < 0.005 ? String(Math.round(x)) : x.toFixed(2);
  if (ratio.high === null) return `at least ${r(ratio.low)} to 1`;
  return ratio.low === ratio.high
    ? `${r(ratio.low)} to 1`
    : `${r(ratio.low)}–${r(ratio.high)} to 1`;
}

function rowsOf(ctx: ReportContext): Row[] {
  const claims = new Map<string, Claim[]>();
  for (const claim of ctx.dataset.claims) {
    const s = claim.subject;
    if (s.type !== 'transferred' && s.type !== 'exchanged') continue;
    const list = claims.get(s.exchange);
    if (list) list.push(claim);
    else claims.set(s.exchange, [claim]);
  }
  const findings = new Map<string, Finding[]>();
  for (const f of ctx.report.findings) {
    if (f.exchange === undefined) continue;
    const list = findings.get(f.exchange);
    if (list) list.push(f);
    else findings.set(f.exchange, [f]);
  }
  const rows = ctx.dataset.exchanges.map((exchange): Row => {
    const sides = sidesOf(ctx, exchange);
    const figures: [Claim[], Claim[]] = [[], []];
    const other: Claim[] = [];
    for (const claim of claims.get(exchange.id) ?? []) {
      const s = claim.subject;
      const whole =
        s.type === 'transferred' &&
        s.to !== undefined &&
        (s.category === undefined || s.category === 'people') &&
        s.cohort === undefined &&
        s.throughStage === undefined;
      const to = s.type === 'transferred' ? s.to : undefined;
      if (whole && to !== undefined && sides[0].includes(to)) figures[0].push(claim);
      else if (whole && to !== undefined && sides[1].includes(to)) figures[1].push(claim);
      else other.push(claim);
    }
    return {
      exchange,
      date: exchange.stages[0]?.on ?? '',
      sides,
      ratio: exchangeRatio(exchange, sides, 'people', ctx.taxonomy),
      figures,
      other,
      findings: findings.get(exchange.id) ?? [],
    };
  });
  return rows.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.exchange.id < b.exchange.id ? -1 : 1,
  );
}

/** An axis label cut to fit the margin: the whole label stays in the marks' titles and the table. */
const shorten = (label: string) => (label.length > 36 ? `${label.slice(0, 35)}…` : label);

const sideNames = (ctx: ReportContext, side: readonly string[]) =>
  side.map((p) => partyName(ctx, p)).join(' and ');

interface Mark {
  readonly label: string;
  readonly to: 'first' | 'second';
  readonly x: number;
  readonly low: number;
  readonly high: number | null;
  readonly voice: Voice;
  readonly title: string;
  readonly href: string;
}

interface Bar {
  readonly label: string;
  readonly to: 'first' | 'second';
  readonly low: number;
  readonly high: number | null;
  readonly title: string;
  readonly text: string;
}

/** The exchanges section: the figures chart, agreed against delivered, and the table. */
export function exchangesSection(ctx: ReportContext): string {
  const rows = rowsOf(ctx);
  if (rows.length === 0)
    return `<section id="exchanges" aria-labelledby="exchanges-title">
<h2 id="exchanges-title">Exchange by exchange</h2>
<p class="empty">The dataset records no exchanges, so there is nothing to set side by side here.</p>
</section>`;
  rows.forEach((row, i) => ctx.exchangeAnchors.set(row.exchange.id, `exchange-${i}`));
  // The chart shows the exchanges with the most findings (then the latest), in date order.
  const charted = [...rows]
    .map((row, i) => ({ row, i }))
    .sort((a, b) => b.row.findings.length - a.row.findings.length || b.i - a.i)
    .slice(0, ctx.limits.exchanges)
    .sort((a, b) => a.i - b.i)
    .map(({ row }) => row);
  const labelOf = (row: Row) => `${row.date} · ${row.exchange.id}`;
  const bars: Bar[] = [];
  const marks: Mark[] = [];
  for (const row of charted) {
    const label = labelOf(row);
    (['first', 'second'] as const).forEach((to, k) => {
      const received: Count = row.ratio.received[k] as Count;
      const side = row.sides[k] as readonly string[];
      const value = plotValue(received);
      bars.push({
        label,
        to,
        low: value?.low ?? 0,
        high: value ? value.high : 0,
        title: `Recorded: ${countText(received)} received by ${sideNames(ctx, side)} in ${row.exchange.id} (${row.exchange.status})`,
        text: value ? '' : countText(received),
      });
      for (const claim of row.figures[k] as Claim[]) {
        const v = plotValue(claim.value);
        if (v === undefined) continue;
        const voice = voiceOf(ctx, claim.source);
        const url = claim.citations?.[0]?.url;
        marks.push({
          label,
          to,
          x: v.y,
          low: v.low,
          high: v.high,
          voice,
          title: `${sourceName(ctx, claim)} (${voiceLabel(ctx, voice)}): ${countText(claim.value)} received by ${sideNames(ctx, side)}\n${url === undefined ? 'no citation' : `Source: ${url}`}`,
          href: `#${ctx.exchangeAnchors.get(row.exchange.id) ?? ''}`,
        });
      }
    });
  }
  const finite = [
    ...bars.flatMap((b) => [b.low, b.high ?? b.low]),
    ...marks.flatMap((m) => [m.low, m.high ?? m.low, m.x]),
  ];
  const top = Math.max(1, maxOf(finite)) * 1.05;
  const first = partyName(ctx, ctx.sides[0]);
  const second = partyName(ctx, ctx.sides[1]);
  const facetLabel = (to: string) =>
    to === 'first' ? `Received by ${first}'s side` : `Received by ${second}'s side`;
  const svg =
    charted.length === 0
      ? ''
      : renderPlot(ctx.document, {
          width: 900,
          height: 70 + charted.length * 26,
          marginBottom: 40,
          marginLeft: 230,
          marginRight: 20,
          ariaLabel: plotAttribute(
            'Chart: people received in each exchange, as recorded and as stated',
          ),
          ariaDescription: plotAttribute(
            `${charted.length} exchanges; for each, a grey bar for the recorded transfer to each side and one mark per stated figure.`,
          ),
          fx: { domain: ['first', 'second'], label: null, tickFormat: facetLabel },
          y: { domain: charted.map(labelOf), label: null, tickFormat: shorten },
          x: {
            domain: [0, top],
            label: 'people',
            labelAnchor: 'center',
            grid: true,
            tickFormat: (d: number) => people(d),
            ticks: 4,
          },
          color: { domain: [...VOICES], range: VOICES.map((v) => COLOURS[v]) },
          symbol: { domain: [...VOICES], range: VOICES.map((v) => SYMBOLS[v]) },
          marks: [
            Plot.barX(bars, {
              fx: 'to',
              y: 'label',
              x1: 0,
              x2: 'low',
              fill: LEDGER_FILL,
              fillOpacity: 1,
              inset: 3,
              title: 'title',
              ariaDescription: 'recorded transfers, certain part',
            }),
            Plot.barX(
              bars.filter((b) => b.high !== b.low),
              {
                fx: 'to',
                y: 'label',
                x1: 'low',
                x2: (b: Bar) => b.high ?? top,
                fill: LEDGER_FILL,
                fillOpacity: 0.3,
                stroke: LEDGER_LINE,
                strokeDasharray: '3 2',
                inset: 3,
                title: 'title',
                ariaDescription: 'recorded transfers, uncertain part',
              },
            ),
            Plot.text(
              bars.filter((b) => b.text !== ''),
              {
                fx: 'to',
                y: 'label',
                x: 0,
                text: 'text',
                textAnchor: 'start',
                dx: 4,
                fill: '#333',
              },
            ),
            Plot.ruleY(
              marks.filter((m) => m.high !== m.low),
              {
                fx: 'to',
                y: 'label',
                x1: 'low',
                x2: (m: Mark) => m.high ?? top,
                stroke: 'voice',
                strokeOpacity: 0.7,
                ariaHidden: 'true',
              },
            ),
            Plot.dot(marks, {
              fx: 'to',
              y: 'label',
              x: 'x',
              r: 4.5,
              fill: 'voice',
              symbol: 'voice',
              stroke: 'white',
              strokeWidth: 1,
              title: 'title',
              href: 'href',
              ariaDescription: 'stated figures',
            }),
          ],
        });
  const tableRows = rows.slice(0, ctx.limits.rows).map((row) => {
    const figureList = (claims: readonly Claim[]) =>
      claims.length === 0
        ? '<span class="muted">none stated</span>'
        : claims
            .map((c) => {
              const voice = voiceOf(ctx, c.source);
              const url = c.citations?.[0]?.url;
              return `<span class="dot v-${voice}" aria-hidden="true"></span>${escapeHtml(countText(c.value))} — ${escapeHtml(sourceName(ctx, c))}${url === undefined ? '' : ` <span class="muted">(${sourceLink(url, hostOf(url))})</span>`}`;
            })
            .join('<br>');
    const [a, b] = row.ratio.received;
    return `<tr id="${ctx.exchangeAnchors.get(row.exchange.id) ?? ''}">
<th scope="row"><span class="date">${escapeHtml(row.date)}</span><br><span class="xid">${escapeHtml(row.exchange.id)}</span><br><span class="muted">${escapeHtml(row.exchange.status)}${(row.exchange.mediators ?? []).length > 0 ? `, through ${escapeHtml((row.exchange.mediators ?? []).map((m) => partyName(ctx, m)).join(', '))}` : ''}</span></th>
<td><strong>${escapeHtml(countText(a as Count))}</strong> to ${escapeHtml(sideNames(ctx, row.sides[0]))}<br><strong>${escapeHtml(countText(b as Count))}</strong> to ${escapeHtml(sideNames(ctx, row.sides[1]))}</td>
<td>${figureList(row.figures[0])}</td>
<td>${figureList(row.figures[1])}</td>
<td class="num">${escapeHtml(ratioText(row.ratio))}${row.other.length > 0 ? `<br><span class="muted">and ${row.other.length} other figure${row.other.length === 1 ? '' : 's'}</span>` : ''}</td>
<td>${findingLinks(ctx, row.findings)}</td></tr>`;
  });
  return `<section id="exchanges" aria-labelledby="exchanges-title">
<h2 id="exchanges-title">Exchange by exchange</h2>
<p>For each exchange, the grey bar is the number of people the record says each side received (a paler, dashed end is the part of a range that is not certain; one running to the right edge is open-ended), and each mark is a figure a source gave for the same transfer, so the two sides' accounts can be read against each other and against the record. The ratio says how many people ${escapeHtml(first)}'s side received for each person ${escapeHtml(second)}'s side received; it is worked out from the recorded transfers.</p>
${voiceLegend(ctx)}
<figure class="chart" id="exchanges-chart"><figcaption class="visually-hidden">People received in each exchange, as recorded and as stated</figcaption>
${svg}</figure>
${limitNote(charted.length, rows.length, 'exchanges on the chart', 'Those with the most findings are drawn, in date order; the table lists more.')}
${agreementsBlock(ctx)}
<div class="table-wrap"><table class="exchanges">
<caption>Every exchange: the record, each side's stated figures and the ratio</caption>
<thead><tr><th scope="col">Exchange</th><th scope="col">Recorded</th><th scope="col">Stated: to ${escapeHtml(first)}'s side</th><th scope="col">Stated: to ${escapeHtml(second)}'s side</th><th scope="col">Ratio</th><th scope="col">Findings</th></tr></thead>
<tbody>${tableRows.join('\n')}</tbody></table></div>
${limitNote(tableRows.length, rows.length, 'exchanges in the table', 'The rest are left off this page.')}
</section>`;
}

/** What each agreement promised against what the exchanges under it delivered. */
function agreementsBlock(ctx: ReportContext): string {
  const rows = ctx.book.agreements.slice(0, ctx.limits.rows);
  if (rows.length === 0) return '';
  const labelOf = (r: (typeof rows)[number]) =>
    `${r.agreement} → ${partyName(ctx, r.to)}${r.category === 'people' ? '' : ` (${r.category})`}`;
  const data = rows.map((r) => ({
    label: labelOf(r),
    low: r.delivered.count.low,
    high: r.delivered.count.high,
    agreedLow: r.agreed === 'all' || !isKnownCount(r.agreed) ? null : r.agreed.low,
    agreedHigh: r.agreed === 'all' || !isKnownCount(r.agreed) ? null : r.agreed.high,
    title: `${labelOf(r)}: agreed ${r.agreed === 'all' ? 'all for all' : countText(r.agreed)}, delivered ${countText(r.delivered.count)}`,
  }));
  const top =
    Math.max(
      1,
      maxOf(data.flatMap((d) => [d.low, d.high ?? d.low, d.agreedLow ?? 0, d.agreedHigh ?? 0])),
    ) * 1.1;
  const svg = renderPlot(ctx.document, {
    width: 900,
    height: 60 + data.length * 30,
    marginBottom: 40,
    marginLeft: 230,
    ariaLabel: plotAttribute('Chart: agreed against delivered, for each agreement'),
    ariaDescription: plotAttribute(
      `${data.length} rows; a grey bar for what was delivered, a black tick for what was agreed.`,
    ),
    y: { domain: data.map((d) => d.label), label: null, tickFormat: shorten },
    x: {
      domain: [0, top],
      label: 'people',
      labelAnchor: 'center',
      grid: true,
      tickFormat: (d: number) => people(d),
    },
    marks: [
      Plot.barX(data, {
        y: 'label',
        x1: 0,
        x2: 'low',
        fill: LEDGER_FILL,
        fillOpacity: 1,
        inset: 4,
        title: 'title',
      }),
      Plot.barX(
        data.filter((d) => d.high !== d.low),
        {
          y: 'label',
          x1: 'low',
          x2: (d: (typeof data)[number]) => d.high ?? top,
          fill: LEDGER_FILL,
          fillOpacity: 0.3,
          stroke: LEDGER_LINE,
          strokeDasharray: '3 2',
          inset: 4,
          title: 'title',
        },
      ),
      Plot.tickX(
        data.filter((d) => d.agreedLow !== null),
        { y: 'label', x: 'agreedLow', stroke: '#000', strokeWidth: 3, title: 'title' },
      ),
      Plot.tickX(
        data.filter((d) => d.agreedHigh !== null && d.agreedHigh !== d.agreedLow),
        { y: 'label', x: 'agreedHigh', stroke: '#000', strokeWidth: 3, title: 'title' },
      ),
    ],
  });
  const tableRows = rows.map(
    (r) =>
      `<tr><th scope="row">${escapeHtml(r.agreement)}</th><td>${escapeHtml(partyName(ctx, r.to))}</td><td>${escapeHtml(r.category)}</td><td class="num">${escapeHtml(r.agreed === 'all' ? 'all for all' : countText(r.agreed))}<br><span class="muted">from ${r.basis === 'terms' ? 'the terms' : 'claims'}</span></td><td class="num">${escapeHtml(countText(r.delivered.count))}</td><td class="num">${r.shortfall === null ? '<span class="muted">cannot be told</span>' : escapeHtml(diffText(r.shortfall))}</td></tr>`,
  );
  return `<h3 id="agreements">Agreed against delivered</h3>
<p>For each agreement, the grey bar is what the exchanges delivering on it handed over (its paler, dashed end is the uncertain part), and the black tick is what was agreed (from its terms, or from what sources said it promised).</p>
<figure class="chart">${svg}<figcaption>What ${people(data.length)} agreement ${data.length === 1 ? 'row' : 'rows'} (an agreement and the side it delivers to) promised, as a black tick, against what was delivered, as a grey bar; the table below gives each figure.</figcaption></figure>
<div class="table-wrap"><table><caption>Agreed against delivered</caption>
<thead><tr><th scope="col">Agreement</th><th scope="col">To</th><th scope="col">Category</th><th scope="col">Agreed</th><th scope="col">Delivered</th><th scope="col">Still owed</th></tr></thead>
<tbody>${tableRows.join('\n')}</tbody></table></div>
${limitNote(rows.length, ctx.book.agreements.length, 'agreement rows', 'The rest are left off this page.')}`;
}

/** A difference of counts in words: "2", "−5 to 10", "at least 3". @internal */
export function diffText(d: { low: number | null; high: number | null }): string {
  const n = (x: number) => (x < 0 ? `−${people(-x)}` : people(x));
  if (d.low === null && d.high === null) return 'unbounded';
  if (d.low === null) return `at most ${n(d.high as number)}`;
  if (d.high === null) return `at least ${n(d.low)}`;
  return d.low === d.high ? n(d.low) : `${n(d.low)} to ${n(d.high)}`;
}
