import { describeSubject } from '../../audit/_lib/auditChecks.js';
import type { Finding } from '../../audit/Finding.js';
import type { Claim } from '../../claim/ClaimSchema.js';
import type { Subject } from '../../claim/SubjectSchema.js';
import { subjectKey } from '../../claim/subjectKey.js';
import { partialDateRange } from '../../date/partialDateRange.js';
import type { PartialDate } from '../../date/PartialDate.js';
import { runningTotalFilter, Series } from '../../ledger/_lib/ledgerSeries.js';
import { maxOf, minOf } from '../../_lib/spread.js';
import { escapeHtml, plotAttribute } from './escape.js';
import {
  claimDate,
  COLOURS,
  countText,
  dayToDate,
  FINDING_MARK,
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
import { citationLinks, findingLinks, limitNote, spread, voiceLegend } from './fragments.js';
import { Plot, renderPlot } from './plot.js';

type RunningTotal = Extract<Subject, { type: 'returned-total' }>;

interface Group {
  readonly key: string;
  readonly subject: RunningTotal;
  readonly claims: Claim[];
}

interface Point {
  readonly claim: Claim;
  readonly x: Date;
  readonly day: string;
  readonly y: number;
  readonly low: number;
  readonly high: number | null;
  readonly voice: Voice;
  readonly title: string;
  readonly href: string;
  readonly findings: readonly Finding[];
}

/** The ledger series a running total is held against, by the audit's own rule. */
function seriesOf(ctx: ReportContext, subject: RunningTotal): Series {
  return new Series(ctx.index, runningTotalFilter(subject), ctx.taxonomy);
}

/** The running totals on record, one group per subject, the most claimed first. */
function groupsOf(ctx: ReportContext): Group[] {
  const groups = new Map<string, Group>();
  for (const claim of ctx.dataset.claims) {
    if (claim.subject.type !== 'returned-total') continue;
    const key = subjectKey(claim.subject);
    const group = groups.get(key);
    if (group) group.claims.push(claim);
    else groups.set(key, { key, subject: claim.subject, claims: [claim] });
  }
  return [...groups.values()].sort(
    (a, b) => b.claims.length - a.claims.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The figures to draw: every dated, known one up to the limit, those with findings first. */
function pointsOf(
  ctx: ReportContext,
  group: Group,
  anchorBase: string,
): {
  points: Point[];
  dated: number;
} {
  const all: Point[] = [];
  group.claims.forEach((claim, i) => {
    const date = claimDate(claim);
    const value = plotValue(claim.value);
    if (date === undefined || value === undefined) return;
    const day = partialDateRange(date).first;
    const voice = voiceOf(ctx, claim.source);
    const url = claim.citations?.[0]?.url;
    const findings = ctx.findingsByClaim.get(claim.id) ?? [];
    const anchor = ctx.anchors.get(claim.id) ?? `${anchorBase}-${i}`;
    const title = [
      `${sourceName(ctx, claim)} (${voiceLabel(ctx, voice)})`,
      `${countText(claim.value)} as of ${date}${claim.statedOn && claim.statedOn !== date ? `, stated ${claim.statedOn}` : ''}`,
      url === undefined ? 'no citation' : `Source: ${url}`,
      ...(findings.length > 0 ? [`Findings: ${findings.map((f) => f.code).join(', ')}`] : []),
    ].join('\n');
    all.push({
      claim,
      x: dayToDate(day),
      day,
      ...value,
      voice,
      title,
      href: `#${anchor}`,
      findings,
    });
  });
  all.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.claim.id < b.claim.id ? -1 : 1));
  const limit = ctx.limits.points;
  if (all.length <= limit) return { points: all, dated: all.length };
  const flagged = all.filter((p) => p.findings.length > 0).slice(0, Math.floor(limit / 2));
  const taken = new Set(flagged);
  const rest = spread(
    all.filter((p) => !taken.has(p)),
    limit - flagged.length,
  );
  const points = [...flagged, ...rest].sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : a.claim.id < b.claim.id ? -1 : 1,
  );
  return { points, dated: all.length };
}

/** The ledger band: the running total at each day a transfer to the party starts or ends. */
function bandOf(
  ctx: ReportContext,
  group: Group,
  series: Series,
  points: readonly Point[],
): { x: Date; low: number; high: number | null }[] {
  if (group.subject.registered === true) return [];
  const days = new Set<string>();
  for (const entry of ctx.book.entries) {
    if (entry.to !== group.subject.to) continue;
    days.add(entry.on.first);
    days.add(entry.on.last);
  }
  for (const p of points) days.add(p.day);
  let sorted = [...days].sort();
  const first = points[0]?.day;
  const last = points[points.length - 1]?.day;
  if (first === undefined || last === undefined) return [];
  const since = group.subject.since ? partialDateRange(group.subject.since).first : first;
  const start = since < first ? since : first;
  sorted = sorted.filter((d) => d >= start && d <= last);
  if (sorted[0] !== start) sorted.unshift(start);
  sorted = spread(sorted, ctx.limits.bandDates);
  return sorted.map((day) => {
    const total = series.at(day as PartialDate, 'none').count;
    return { x: dayToDate(day), low: total.low, high: total.high };
  });
}

/** The timeline section: one chart and one table per running total on record. */
export function timelineSection(ctx: ReportContext): string {
  const groups = groupsOf(ctx);
  const shown = groups.slice(0, ctx.limits.timelines);
  const parts: string[] = [];
  if (groups.length === 0)
    return `<section id="timeline" aria-labelledby="timeline-title">
<h2 id="timeline-title">Running totals against the ledger</h2>
<p class="empty">The dataset holds no running totals (figures such as "people returned since the invasion"), so there is nothing to draw against the ledger here.</p>
</section>`;
  parts.push(`<section id="timeline" aria-labelledby="timeline-title">
<h2 id="timeline-title">Running totals against the ledger</h2>
<p>Each chart follows one running total, such as "people returned to ${escapeHtml(partyName(ctx, ctx.sides[0]))} since the invasion", as the sources stated it over time. Each mark is one stated figure, coloured and shaped by whose side its source is on; a vertical line through a mark spans a figure given as a range, and a mark drawn at the top of such a line is open-ended ("over N"). The grey band is what the recorded exchanges add up to by each date: its lower edge (the solid line) counts only transfers certainly delivered by then, its upper edge (the dashed line) every transfer that may have been. A pink ring marks a figure that the audit reports a finding about: a solid ring for an error or a conflict, a dashed one for a warning or a note. Move the pointer over a mark, or reach it with the Tab key, to see its source and address; each mark also links to its row in the table below its chart.</p>
${voiceLegend(ctx)}`);
  parts.push(
    limitNote(
      shown.length,
      groups.length,
      'running totals',
      'Those with the most figures are drawn; the others are left out of this page.',
    ),
  );
  shown.forEach((group, g) => parts.push(groupFigure(ctx, group, g)));
  parts.push('</section>');
  return parts.join('\n');
}

function groupFigure(ctx: ReportContext, group: Group, g: number): string {
  // In the audit's own words, so the chart and the findings name a total alike.
  const label = describeSubject(ctx, group.subject);
  const anchorBase = `claim-t${g}`;
  const { points, dated } = pointsOf(ctx, group, anchorBase);
  for (const p of points) ctx.anchors.set(p.claim.id, p.href.slice(1));
  const series = seriesOf(ctx, group.subject);
  const band = bandOf(ctx, group, series, points);
  const finite = [
    ...points.flatMap((p) => [p.low, p.high ?? p.low, p.y]),
    ...band.flatMap((b) => [b.low, b.high ?? b.low]),
  ];
  const top = Math.max(1, maxOf(finite)) * 1.08;
  const ringed = points.filter((p) => p.findings.length > 0);
  const last = band[band.length - 1];
  const sourceCount = new Set(points.map((p) => p.claim.source)).size;
  const ledgerWords = last
    ? `; by the last of them, the ledger stands at ${countText({ low: last.low, high: last.high })}`
    : '';
  const description = `${plural(points.length, 'stated figure')} from ${plural(sourceCount, 'source')}, ${points[0]?.day === points[points.length - 1]?.day ? `on ${points[0]?.day ?? '–'}` : `between ${points[0]?.day ?? '–'} and ${points[points.length - 1]?.day ?? '–'}`}${ledgerWords}; ${ringed.length === 0 ? 'none has a finding' : `${plural(ringed.length, 'figure')} with findings`}.`;
  // At least four months across, so that a short span still reads in days and months.
  const xs = [...band.map((b) => b.x.getTime()), ...points.map((p) => p.x.getTime())];
  const [x0, x1] = [minOf(xs), maxOf(xs)];
  const pad = Math.max(0, (120 * DAY - (x1 - x0)) / 2);
  const xDomain = [new Date(x0 - pad), new Date(x1 + pad)];
  const svg =
    points.length === 0
      ? ''
      : renderPlot(ctx.document, {
          width: 900,
          height: 320,
          marginLeft: 64,
          marginRight: 24,
          ariaLabel: plotAttribute(`Chart: ${label}`),
          ariaDescription: plotAttribute(description),
          x: { type: 'utc', label: null, domain: xDomain },
          y: {
            domain: [0, top],
            label: 'people',
            grid: true,
            tickFormat: (d: number) => people(d),
          },
          color: { domain: [...VOICES], range: VOICES.map((v) => COLOURS[v]) },
          symbol: { domain: [...VOICES], range: VOICES.map((v) => SYMBOLS[v]) },
          marks: [
            Plot.areaY(band, {
              x: 'x',
              y1: 'low',
              y2: (d: { high: number | null }) => d.high ?? top,
              curve: 'step-after',
              fill: LEDGER_FILL,
              fillOpacity: 0.35,
              ariaDescription: 'ledger interval',
            }),
            Plot.lineY(band, {
              x: 'x',
              y: (d: { high: number | null }) => d.high ?? top,
              curve: 'step-after',
              stroke: LEDGER_LINE,
              strokeWidth: 1,
              strokeDasharray: '4 3',
              ariaDescription: 'ledger, possibly delivered',
            }),
            Plot.lineY(band, {
              x: 'x',
              y: 'low',
              curve: 'step-after',
              stroke: LEDGER_LINE,
              strokeWidth: 1.5,
              ariaDescription: 'ledger, certainly delivered',
            }),
            Plot.ruleX(
              points.filter((p) => p.high !== p.low),
              {
                x: 'x',
                y1: 'low',
                y2: (p: Point) => p.high ?? top,
                stroke: 'voice',
                strokeOpacity: 0.7,
                ariaHidden: 'true',
              },
            ),
            Plot.dot(
              ringed.filter((p) => serious(p)),
              {
                x: 'x',
                y: 'y',
                r: 9,
                stroke: FINDING_MARK,
                strokeWidth: 3,
                fill: 'none',
                ariaHidden: 'true',
              },
            ),
            Plot.dot(
              ringed.filter((p) => !serious(p)),
              {
                x: 'x',
                y: 'y',
                r: 9,
                stroke: FINDING_MARK,
                strokeWidth: 1.5,
                strokeDasharray: '3 2',
                fill: 'none',
                ariaHidden: 'true',
              },
            ),
            Plot.dot(points, {
              x: 'x',
              y: 'y',
              r: 5,
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
  const rows = points.slice(0, ctx.limits.rows).map((p) => {
    const at = series.at(p.day as PartialDate, 'none').count;
    return `<tr id="${p.href.slice(1)}" data-voice="${p.voice}"><td>${escapeHtml(claimDate(p.claim) ?? '')}</td><td class="num">${escapeHtml(countText(p.claim.value))}${'wording' in p.claim.value && p.claim.value.wording ? `<br><span class="muted wording">“${escapeHtml(p.claim.value.wording)}”</span>` : ''}</td><td><span class="dot v-${p.voice}" aria-hidden="true"></span>${escapeHtml(sourceName(ctx, p.claim))}<br><span class="muted">${escapeHtml(voiceLabel(ctx, p.voice))}</span></td><td class="num">${group.subject.registered === true ? '<span class="muted">not comparable</span>' : escapeHtml(countText(at))}</td><td>${citationLinks(p.claim)}</td><td>${findingLinks(ctx, p.findings)}</td></tr>`;
  });
  const undated = group.claims.length - dated;
  return `<figure class="chart" id="timeline-${g}">
<figcaption><h3>${escapeHtml(capitalise(label))}</h3>
<p class="muted">${escapeHtml(description)}</p></figcaption>
${svg}
${limitNote(points.length, dated, 'dated figures on this chart', 'The figures with findings come first, then others spread evenly over time.')}
${undated > 0 ? `<p class="note">${undated} figure${undated === 1 ? ' is' : 's are'} not drawn: undated, unknown or undisclosed.</p>` : ''}
<details${points.length <= 40 ? ' open' : ''}><summary>The figures as a table</summary>
<div class="table-wrap"><table>
<caption>${escapeHtml(capitalise(label))}: each stated figure, with the ledger's total at its date</caption>
<thead><tr><th scope="col">As of</th><th scope="col">Stated figure</th><th scope="col">Source</th><th scope="col">Ledger by then</th><th scope="col">Where to read it</th><th scope="col">Findings</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>
${limitNote(rows.length, points.length, 'rows', 'The rest are on the chart only.')}
</details>
</figure>`;
}

const DAY = 86_400_000;

/** "1 source", "3 sources". */
function plural(n: number, word: string): string {
  return `${people(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** Whether a figure has a finding that says the figures cannot all be true (an error or conflict). */
function serious(p: Point): boolean {
  return p.findings.some((f) => f.severity === 'error' || f.severity === 'conflict');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
