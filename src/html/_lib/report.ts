import { audit } from '../../audit/audit.js';
import type { Dataset } from '../../dataset/Dataset.js';
import { partySides } from '../../dataset/_lib/sides.js';
import { effectiveTaxonomy } from '../../dataset/_lib/effectiveTaxonomy.js';
import { assessAllForAll } from '../../holdings/assessAllForAll.js';
import { ledgerWithIndex } from '../../ledger/_lib/buildLedger.js';
import { findingsByClaim, people, type ReportContext } from './context.js';
import { escapeHtml } from './escape.js';
import { exchangesSection } from './exchanges.js';
import { findingAnchorsOf, findingsSection } from './findings.js';
import { holdingsSection } from './holdings.js';
import type { ReportOptions } from './options.js';
import { contentSecurityPolicy, SCRIPT, STYLE, styleTexts } from './page.js';
import { plotDocument } from './plot.js';
import { timelineSection } from './timeline.js';

/**
 * The page of a validated dataset with checked options (see `safeHtmlReport`).
 *
 * @internal
 */
export function reportPage(dataset: Dataset, options: ReportOptions): string {
  const report = options.report ?? audit(dataset, options.audit);
  const { limits, sides } = options;
  const taxonomy = effectiveTaxonomy(dataset);
  const { book, index } = ledgerWithIndex(dataset, taxonomy);
  const ctx: ReportContext = {
    dataset,
    report,
    book,
    index,
    taxonomy,
    sides: [sides[0], sides[1]],
    limits,
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    partyNames: new Map(dataset.parties.map((p) => [p.id, p.name])),
    sideOf: partySides(dataset),
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
  const sections = [timeline, exchanges, holdings, findings].join('\n');
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
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([STYLE, ...styleTexts(sections)], SCRIPT)}">
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
${sections}
<footer><p>Made by swapledger${options.generatedOn === undefined ? '' : ` on ${escapeHtml(options.generatedOn)}`}. The page is self-contained: it loads nothing, and its links lead to the sources where each figure was published.</p></footer>
</main>
<div id="tip" role="presentation" aria-hidden="true" hidden></div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
