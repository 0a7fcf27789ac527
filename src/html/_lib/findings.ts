import type { Finding } from '../../audit/Finding.js';
import { findingCodes, SEVERITIES } from '../../audit/findingCodes.js';
import type { Claim } from '../../claim/ClaimSchema.js';
import { escapeHtml, sourceLink } from './escape.js';
import {
  countText,
  people,
  sourceName,
  voiceLabel,
  voiceOf,
  type ReportContext,
} from './context.js';
import { hostOf, limitNote } from './fragments.js';
import { diffText } from './exchanges.js';
import type { Count, CountDifference } from '../../count/Count.js';

/** An expected figure: a count, or a difference of counts that may be negative or unbounded. */
function expectedText(e: Count | CountDifference): string {
  if ('status' in e) return countText(e as Count);
  if (e.low !== null && e.low >= 0) return countText(e as Count);
  return diffText(e);
}

const SEVERITY_WORDS: Readonly<Record<string, string>> = {
  error: 'error: the figures cannot all be true',
  conflict: 'conflict: figures contradict each other',
  warning: 'warning: something to check',
  info: 'info: worth knowing',
};

/** The anchor of each finding that the list shows, by id. @internal */
export function findingAnchorsOf(findings: readonly Finding[], limit: number): Map<string, string> {
  const anchors = new Map<string, string>();
  findings.slice(0, limit).forEach((f, i) => anchors.set(f.id, `finding-${i}`));
  return anchors;
}

/** The findings section: counts, a filter by severity and code, and the findings grouped by code. */
export function findingsSection(ctx: ReportContext): string {
  const all = ctx.report.findings;
  const shown = all.slice(0, ctx.limits.findings);
  // The claims the listed findings name, found in one pass over the claims.
  const wanted = new Set<string>();
  for (const f of shown)
    for (const id of f.claims.slice(0, ctx.limits.claimsPerFinding)) wanted.add(id);
  const claims = new Map<string, Claim>();
  for (const claim of ctx.dataset.claims)
    if (wanted.has(claim.id) && !claims.has(claim.id)) claims.set(claim.id, claim);

  const groups = new Map<string, Finding[]>();
  for (const f of shown) {
    const list = groups.get(f.code);
    if (list) list.push(f);
    else groups.set(f.code, [f]);
  }
  const shownBySeverity = new Map<string, number>();
  for (const f of shown)
    shownBySeverity.set(f.severity, (shownBySeverity.get(f.severity) ?? 0) + 1);

  // When the list is cut, each option says how many are listed and how many there are in all.
  const cut = shown.length < all.length;
  const counted = (listed: number, total: number) =>
    cut ? `${people(listed)} listed of ${people(total)}` : people(listed);
  const { bySeverity, byCode } = ctx.report.summary;
  const severityOptions = SEVERITIES.filter((s) => (shownBySeverity.get(s) ?? 0) > 0)
    .map(
      (s) =>
        `<option value="${s}">${escapeHtml(s)} (${counted(shownBySeverity.get(s) ?? 0, bySeverity[s])})</option>`,
    )
    .join('');
  const codeOptions = [...groups.keys()]
    .sort()
    .map(
      (code) =>
        `<option value="${escapeHtml(code)}">${escapeHtml(code)} (${counted(groups.get(code)?.length ?? 0, (byCode as Record<string, number>)[code] ?? 0)})</option>`,
    )
    .join('');

  const summary = SEVERITIES.map(
    (s) =>
      `<li><span class="sev sev-${s}">${s}</span> ${people(ctx.report.summary.bySeverity[s])}</li>`,
  ).join('');

  const sections = [...groups.entries()].map(([code, findings]) => {
    const about = findingCodes[code as keyof typeof findingCodes];
    const items = findings.map((f) => findingItem(ctx, f, claims)).join('\n');
    // A code's findings may differ in severity: one badge per severity, with its count; the
    // filter hides the badges of the severities it hides.
    const counts = SEVERITIES.map(
      (s) => [s, findings.filter((f) => f.severity === s).length] as const,
    )
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `<span class="sev sev-${s}" data-severity="${s}">${s} ${people(n)}</span>`)
      .join(' ');
    return `<section class="code-group" data-code="${escapeHtml(code)}" aria-labelledby="code-${escapeHtml(code)}">
<h3 id="code-${escapeHtml(code)}"><code>${escapeHtml(code)}</code> ${counts}</h3>
<p class="muted">${escapeHtml(about?.summary ?? '')}</p>
<ol class="findings">${items}</ol></section>`;
  });

  if (ctx.limits.findings === 0 && all.length > 0)
    return `<section id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
<ul class="severity-summary" aria-label="Findings by severity">${summary}</ul>
<p class="note">The list of findings is turned off on this page (its limit is 0): the audit found ${people(all.length)}, counted above by severity. Run the audit for the list.</p>
</section>`;
  return `<section id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
<p>The audit's findings, most serious first and grouped by their code. Each one names the figures it rests on, with their sources and where to read them.</p>
<ul class="severity-summary" aria-label="Findings by severity">${summary}</ul>
<form class="filter" id="finding-filter" hidden aria-label="Filter the findings" data-total="${all.length}">
<label>Severity <select id="filter-severity" name="severity"><option value="">all</option>${severityOptions}</select></label>
<label>Code <select id="filter-code" name="code"><option value="">all</option>${codeOptions}</select></label>
<button type="reset">Show all</button>
<output id="filter-count" for="filter-severity filter-code" aria-live="polite">${cut ? `${people(shown.length)} shown of the ${people(shown.length)} listed; ${people(all.length)} in all` : `${people(shown.length)} of ${people(shown.length)} findings shown`}</output>
</form>
${limitNote(shown.length, all.length, 'findings', 'The most serious are listed; run the audit for the full list.')}
${all.length === 0 ? '<p class="empty">The audit found nothing to report.</p>' : ''}
<div id="finding-groups">${sections.join('\n')}</div>
</section>`;
}

function findingItem(ctx: ReportContext, f: Finding, claims: ReadonlyMap<string, Claim>): string {
  const anchor = ctx.findingAnchors.get(f.id) ?? '';
  const named = f.claims.slice(0, ctx.limits.claimsPerFinding).map((id) => {
    const claim = claims.get(id);
    const local = ctx.anchors.get(id);
    const idText =
      local === undefined
        ? `<code>${escapeHtml(id)}</code>`
        : `<a href="#${local}"><code>${escapeHtml(id)}</code></a>`;
    if (claim === undefined) return `<li>${idText}</li>`;
    const links = (claim.citations ?? []).map((c) => sourceLink(c.url, hostOf(c.url))).join(', ');
    return `<li>${idText}: ${escapeHtml(countText(claim.value))}, ${escapeHtml(sourceName(ctx, claim))} <span class="muted">(${escapeHtml(voiceLabel(ctx, voiceOf(ctx, claim.source)))})</span>${links === '' ? ' <span class="muted">no citation</span>' : ` — ${links}`}</li>`;
  });
  const more = f.claims.length - named.length;
  const exchangeAnchor = f.exchange === undefined ? undefined : ctx.exchangeAnchors.get(f.exchange);
  const urls = (f.urls ?? [])
    .slice(0, 20)
    .map((u) => sourceLink(u, hostOf(u)))
    .join(', ');
  const figures =
    f.expected !== undefined || f.observed !== undefined
      ? `<p class="figures">Figures compared: ${f.expected !== undefined ? `<strong>${escapeHtml(expectedText(f.expected))}</strong>` : '—'} against ${f.observed !== undefined ? `<strong>${escapeHtml(countText(f.observed))}</strong>` : '—'}${typeof f.gap === 'number' ? ` · gap ${people(f.gap)}` : ''}</p>`
      : '';
  return `<li class="finding" id="${anchor}" data-code="${escapeHtml(f.code)}" data-severity="${escapeHtml(f.severity)}">
<p><span class="sev sev-${escapeHtml(f.severity)}" title="${escapeHtml(SEVERITY_WORDS[f.severity] ?? f.severity)}">${escapeHtml(f.severity)}</span> ${escapeHtml(f.message)}</p>
${figures}
<p class="muted id">${escapeHtml(f.id)}${f.exchange !== undefined ? ` · exchange ${exchangeAnchor === undefined ? escapeHtml(f.exchange) : `<a href="#${exchangeAnchor}">${escapeHtml(f.exchange)}</a>`}` : ''}</p>
${named.length > 0 ? `<ul class="claims" aria-label="The claims it rests on">${named.join('')}${more > 0 ? `<li class="muted">and ${more} more</li>` : ''}</ul>` : ''}
${urls !== '' ? `<p class="urls">Where to read it: ${urls}${(f.urls ?? []).length > 20 ? ', …' : ''}</p>` : ''}
</li>`;
}
