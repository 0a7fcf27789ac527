import type { AllForAllAssessment } from '../../holdings/assessAllForAll.js';
import { isKnownCount } from '../../count/isKnownCount.js';
import { maxOf, minOf } from '../../_lib/spread.js';
import { escapeHtml, plotAttribute } from './escape.js';
import {
  COLOURS,
  countText,
  LEDGER_LINE,
  partyName,
  people,
  type ReportContext,
} from './context.js';
import { diffText } from './exchanges.js';
import { Plot, renderPlot } from './plot.js';

interface Bar {
  readonly label: string;
  readonly voice: 'a' | 'b';
  readonly low: number;
  readonly high: number | null;
  readonly title: string;
}

/** The holdings section: what each side holds, and the all-for-all balance, as intervals. */
export function holdingsSection(ctx: ReportContext, assessment: AllForAllAssessment): string {
  if (ctx.sides[0] === '' || ctx.sides[1] === '')
    return `<section id="holdings" aria-labelledby="holdings-title">
<h2 id="holdings-title">Holdings and an "all for all" exchange</h2>
<p class="empty">The dataset names fewer than two parties, so there are no two sides whose holdings could be compared.</p>
</section>`;
  const [ha, hb] = assessment.holdings;
  const bars: Bar[] = [];
  const unknown: string[] = [];
  const [pa, pb] = assessment.parties;
  (
    [
      [ha, 'a', pb],
      [hb, 'b', pa],
    ] as const
  ).forEach(([side, voice, other]) => {
    const holder = partyName(ctx, side.party);
    const rows = [
      { category: 'all', count: side.total },
      ...side.byCategory.map((c) => ({ category: c.category, count: c.count })),
    ];
    for (const row of rows) {
      const label = `${holder} holds: ${row.category === 'all' ? 'everyone' : row.category}`;
      if (!isKnownCount(row.count)) {
        unknown.push(`${label} (${countText(row.count)})`);
        continue;
      }
      bars.push({
        label,
        voice,
        low: row.count.low,
        high: row.count.high,
        title: `${holder} holds ${countText(row.count)} ${row.category === 'all' ? 'people' : row.category} of ${partyName(ctx, other)}`,
      });
    }
  });
  const top = Math.max(1, maxOf(bars.flatMap((b) => [b.low, b.high ?? b.low]))) * 1.2;
  const holdingsSvg =
    bars.length === 0
      ? ''
      : renderPlot(ctx.document, {
          width: 900,
          height: 60 + bars.length * 30,
          marginBottom: 40,
          marginLeft: 220,
          marginRight: 120,
          ariaLabel: plotAttribute('Chart: how many people each side holds, as intervals'),
          ariaDescription: plotAttribute(
            bars
              .map((b) => b.title)
              .join('; ')
              .slice(0, 2000),
          ),
          y: { domain: bars.map((b) => b.label), label: null },
          x: {
            domain: [0, top],
            label: 'people held',
            labelAnchor: 'center',
            grid: true,
            tickFormat: (d: number) => people(d),
          },
          marks: [
            Plot.barX(bars, {
              y: 'label',
              x1: 0,
              x2: 'low',
              fill: (b: Bar) => COLOURS[b.voice],
              fillOpacity: 0.85,
              inset: 4,
              title: 'title',
            }),
            Plot.barX(
              bars.filter((b) => b.high !== b.low),
              {
                y: 'label',
                x1: 'low',
                x2: (b: Bar) => b.high ?? top,
                fill: (b: Bar) => COLOURS[b.voice],
                fillOpacity: 0.3,
                stroke: (b: Bar) => COLOURS[b.voice],
                strokeDasharray: '3 2',
                inset: 4,
                title: 'title',
              },
            ),
            Plot.text(bars, {
              y: 'label',
              x: (b: Bar) => b.high ?? top,
              text: (b: Bar) =>
                b.high === null
                  ? `${people(b.low)} or more`
                  : countText({ low: b.low, high: b.high }),
              textAnchor: 'start',
              dx: 6,
              fill: '#1a1a1a',
              stroke: 'white',
              strokeWidth: 4,
              paintOrder: 'stroke',
            }),
          ],
        });
  const imbalance = assessment.imbalance;
  let imbalanceSvg = '';
  if (imbalance !== null && (imbalance.low !== null || imbalance.high !== null)) {
    const ends = [imbalance.low ?? 0, imbalance.high ?? 0, 0];
    const span = Math.max(1, maxOf(ends.map(Math.abs))) * 1.3;
    const lo = imbalance.low ?? -span;
    const hi = imbalance.high ?? span;
    const domain = [Math.min(-span, minOf([lo])), Math.max(span, maxOf([hi]))];
    const label = `${partyName(ctx, pa)} holds minus ${partyName(ctx, pb)} holds`;
    imbalanceSvg = renderPlot(ctx.document, {
      width: 900,
      height: 120,
      marginTop: 30,
      marginLeft: 220,
      ariaLabel: plotAttribute('Chart: the all-for-all balance as an interval'),
      ariaDescription: plotAttribute(`${label}: ${diffText(imbalance)}.`),
      y: { domain: [label], label: null },
      x: {
        domain,
        label: null,
        grid: true,
        tickFormat: (d: number) => (d < 0 ? `−${people(-d)}` : people(d)),
      },
      marks: [
        Plot.barX([{ label, lo, hi }], {
          y: 'label',
          x1: 'lo',
          x2: 'hi',
          fill: '#56B4E9',
          fillOpacity: 0.9,
          inset: 8,
          title: () => `${label}: ${diffText(imbalance)}`,
        }),
        Plot.ruleX([0], { stroke: LEDGER_LINE, strokeWidth: 2 }),
        Plot.text(imbalance.low === null ? [label] : [], {
          x: () => lo,
          y: (d: string) => d,
          text: () => '◀ no lower bound',
          textAnchor: 'start',
          dy: -18,
          fill: '#1a1a1a',
        }),
        Plot.text(imbalance.high === null ? [label] : [], {
          x: () => hi,
          y: (d: string) => d,
          text: () => 'no upper bound ▶',
          textAnchor: 'end',
          dy: -18,
          fill: '#1a1a1a',
        }),
      ],
    });
  }
  const uncertainties = assessment.uncertainties
    .slice(0, 50)
    .map((u) => `<li><code>${escapeHtml(u.code)}</code>: ${escapeHtml(u.message)}</li>`)
    .join('');
  return `<section id="holdings" aria-labelledby="holdings-title">
<h2 id="holdings-title">Holdings and an "all for all" exchange</h2>
<p>How many of the other side's people each side is said to hold, from the latest estimates on record, drawn as intervals: the solid part of a bar is certain, the pale dashed part the rest of the range, and a bar that runs to the right edge has no upper bound. Below, the difference between the two sides' holdings: an all-for-all exchange would be balanced only if that interval sat on zero.</p>
<p class="verdict"><strong>Verdict: ${escapeHtml(verdictWords(ctx, assessment))}.</strong> ${escapeHtml(assessment.message)}</p>
${holdingsSvg === '' ? '<p class="empty">No estimate of holdings is on record.</p>' : `<figure class="chart">${holdingsSvg}<figcaption>How many of the other side's people each side holds, in all and by category, as intervals: ${escapeHtml(bars.map((b) => b.title).join('; '))}.</figcaption></figure>`}
${unknown.length > 0 ? `<p class="note">Not drawn, for want of a figure: ${escapeHtml(unknown.join('; '))}.</p>` : ''}
${imbalanceSvg === '' ? '<p class="note">The balance cannot be drawn: at least one side\'s holdings are unknown.</p>' : `<figure class="chart">${imbalanceSvg}<figcaption>${escapeHtml(partyName(ctx, pa))}'s holdings minus ${escapeHtml(partyName(ctx, pb))}'s, as an interval: ${escapeHtml(diffText(imbalance ?? { low: null, high: null }))}. Left of zero, ${escapeHtml(partyName(ctx, pb))} holds more; right of zero, ${escapeHtml(partyName(ctx, pa))} does.</figcaption></figure>`}
${uncertainties === '' ? '' : `<h3>What makes the answer uncertain</h3><ul class="uncertainties">${uncertainties}</ul>`}
</section>`;
}

/** The verdict in words, the side that holds more by its name rather than its id. */
function verdictWords(
  ctx: ReportContext,
  assessment: Pick<AllForAllAssessment, 'verdict' | 'holdsMore'>,
): string {
  if (assessment.verdict === 'balanced') return 'balanced';
  if (assessment.verdict === 'indeterminate') return 'cannot be told from the estimates';
  return assessment.holdsMore === null
    ? 'one side holds more'
    : `${partyName(ctx, assessment.holdsMore)} holds more`;
}
