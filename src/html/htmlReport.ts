import { audit } from '../audit/audit.js';
import type { Dataset } from '../dataset/Dataset.js';
import { effectiveTaxonomy } from '../dataset/_lib/effectiveTaxonomy.js';
import { assessAllForAll } from '../holdings/assessAllForAll.js';
import { ledger } from '../ledger/ledger.js';
import { indexLedger } from '../ledger/_lib/ledgerIndex.js';
import { findingsByClaim, people, type ReportContext } from './_lib/context.js';
import { escapeHtml } from './_lib/escape.js';
import { exchangesSection } from './_lib/exchanges.js';
import { findingAnchorsOf, findingsSection } from './_lib/findings.js';
import { holdingsSection } from './_lib/holdings.js';
import { CONTENT_SECURITY_POLICY, SCRIPT, STYLE } from './_lib/page.js';
import { plotDocument } from './_lib/plot.js';
import { timelineSection } from './_lib/timeline.js';
import { defaultHtmlReportLimits } from './HtmlReportLimits.js';
import type { HtmlReportOptions } from './HtmlReportOptions.js';

/**
 * Makes the audit of a dataset into one self-contained HTML page, for people who would rather
 * look than read: each running total as the sources stated it, drawn against the interval the
 * recorded exchanges add up to, with the figures that have findings ringed; each exchange's
 * record beside the figures each side gave, with the ratio, and what agreements promised against
 * what was delivered; what each side holds and the all-for-all balance, as intervals; and the
 * findings, grouped by code and filterable by severity and code, each with its claims and where to
 * read them. The charts are drawn by Observable Plot when the page is made, as inline SVG, each
 * with a text alternative and a table of its figures. The page loads nothing (no scripts, styles,
 * fonts or images from anywhere, enforced by its content security policy), reads offline, prints
 * cleanly, and needs JavaScript only to filter and for tooltips. Every string from the data is
 * escaped, and only `http:` and `https:` addresses become links. A large dataset gives a bounded
 * page: see {@link HtmlReportLimits}.
 *
 * @param dataset - A validated dataset.
 * @param options - The title, the two sides, an audit already made or options for the one to run,
 *   the date to print, and limits.
 * @returns The page, as one string of HTML.
 * @since 0.2.0
 * @category Reports
 * @example
 * ```ts
 * import { htmlReport } from 'swapledger/html';
 * import { loadSampleDataset } from 'swapledger/sample';
 * const page = htmlReport(loadSampleDataset(), { generatedOn: '2026-11-30' });
 * page.startsWith('<!doctype html>'); // true
 * page.includes('id="findings"'); // true
 * ```
 */
export function htmlReport(dataset: Dataset, options: HtmlReportOptions = {}): string {
  const report = options.report ?? audit(dataset, options.audit);
  const limits = { ...defaultHtmlReportLimits, ...options.limits };
  const sides = options.parties ?? [dataset.parties[0]?.id ?? '', dataset.parties[1]?.id ?? ''];
  const book = ledger(dataset);
  const ctx: ReportContext = {
    dataset,
    report,
    book,
    index: indexLedger(book.entries),
    taxonomy: effectiveTaxonomy(dataset),
    sides: [sides[0], sides[1]],
    limits,
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    partyNames: new Map(dataset.parties.map((p) => [p.id, p.name])),
    findingsByClaim: findingsByClaim(report.findings),
    anchors: new Map(),
    findingAnchors: findingAnchorsOf(report.findings, limits.findings),
    exchangeAnchors: new Map(),
    document: plotDocument(),
  };
  const title = options.title ?? dataset.title ?? 'Prisoner exchanges: an audit of the figures';
  const assessment = assessAllForAll(dataset, {
    parties: ctx.sides,
    ...(options.audit?.weights ? { weights: options.audit.weights } : {}),
  });
  // The sections that link to claims and exchanges come after the ones that list them.
  const timeline = timelineSection(ctx);
  const exchanges = exchangesSection(ctx);
  const holdings = holdingsSection(ctx, assessment);
  const findings = findingsSection(ctx);
  const { bySeverity } = report.summary;
  const facts = [
    [people(dataset.exchanges.length), 'exchanges on record'],
    [people(dataset.claims.length), 'stated figures'],
    [people(dataset.sources.length), 'sources'],
    [people(report.findings.length), 'findings'],
    [people(bySeverity.error + bySeverity.conflict), 'errors and conflicts'],
  ]
    .map(([n, what]) => `<li><strong>${n}</strong>${what}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="swapledger">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#findings">Skip to the findings</a>
<main>
<header>
<h1>${escapeHtml(title)}</h1>
${dataset.description ? `<p class="lede">${escapeHtml(dataset.description)}</p>` : ''}
<p>This page shows what the swapledger audit found in the dataset: where the figures given by each side, by mediators and by the press agree with the recorded exchanges, and where they do not. Every figure keeps its uncertainty: a range stays a range, and an open-ended figure stays open.</p>
<ul class="figures-grid">${facts}</ul>
<nav aria-label="Sections"><ul>
<li><a href="#timeline">Running totals</a></li>
<li><a href="#exchanges">Exchanges</a></li>
<li><a href="#holdings">Holdings</a></li>
<li><a href="#findings">Findings</a></li>
</ul></nav>
</header>
${timeline}
${exchanges}
${holdings}
${findings}
<footer><p>Made by swapledger${options.generatedOn === undefined ? '' : ` on ${escapeHtml(options.generatedOn)}`}. The page is self-contained: it loads nothing, and its links lead to the sources where each figure was published.</p></footer>
</main>
<div id="tip" role="presentation" aria-hidden="true" hidden></div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
