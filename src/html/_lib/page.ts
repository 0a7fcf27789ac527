import { sha256Base64 } from './sha256.js';
import { COLOURS, VOICES } from './context.js';

/**
 * The page's own style: a readable column, tables that scroll sideways on a narrow screen and
 * wrap long words so the page never does, severity badges with dark text on light tints (at least
 * 7:1), a visible focus ring (on chart marks too), and a print layout without the filter and
 * tooltip that prints each link's full address.
 *
 * @internal
 */
export const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4f4f4f; --rule: #d0d0d0; --focus: #0b57d0; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 1rem 1.25rem 4rem; overflow-wrap: anywhere; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 1rem 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .5rem; padding-top: .5rem; border-top: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .25rem; }
a { color: #0b4a9e; }
a:focus-visible, select:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
svg a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
svg a:focus-visible > *, svg a:hover > * { stroke: #000; stroke-width: 3px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: .5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; list-style: none; }
.lede { font-size: 1.05rem; }
.muted { color: var(--muted); }
.note { color: var(--muted); font-style: italic; }
.figures-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .5rem; padding: 0; list-style: none; }
.figures-grid li { border: 1px solid var(--rule); border-radius: 6px; padding: .5rem .75rem; }
.figures-grid strong { display: block; font-size: 1.4rem; }
figure.chart { margin: 1rem 0; }
figure.chart svg { max-width: 100%; height: auto; overflow: visible; font-size: 12px; font-family: inherit; background: transparent; }
figcaption h3 { margin-bottom: 0; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; list-style: none; font-size: .9rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .35rem; vertical-align: -.05rem; background: var(--c); }
.shape-circle { border-radius: 50%; }
.shape-diamond { transform: rotate(45deg) scale(.85); }
.shape-triangle { clip-path: polygon(50% 0, 100% 100%, 0 100%); }
${VOICES.map((v) => `.v-${v} { --c: ${COLOURS[v]}; }`).join('\n')}
.dot { display: inline-block; width: .6rem; height: .6rem; border-radius: 50%; background: var(--c); margin-right: .3rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; max-width: 100%; font-size: .875rem; margin: .5rem 0; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { border-bottom: 2px solid var(--ink); }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
td.num .wording { white-space: normal; }
tbody td:first-child, .date { white-space: nowrap; }
.xid { font-size: .8rem; color: var(--muted); overflow-wrap: anywhere; }
table.exchanges { font-size: .8rem; }
table.exchanges th[scope=row] { min-width: 9rem; max-width: 12rem; }
tr:target, li:target { background: #fff4c2; }
.sev { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; }
.sev-error { background: #fde2e1; color: #8a1c1c; }
.sev-conflict { background: #fdebd3; color: #7a3300; }
.sev-warning { background: #fff6c2; color: #594700; }
.sev-info { background: #e3f0fb; color: #0b4a75; }
.severity-summary { display: flex; gap: 1.25rem; padding: 0; list-style: none; }
.filter { display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; align-items: center; padding: .75rem; background: #f4f4f4; border-radius: 6px; position: sticky; top: 0; z-index: 1; }
.filter[hidden] { display: none; }
.filter select, .filter button { font: inherit; padding: .2rem .4rem; }
.filter output { font-weight: 600; }
.code-group h3 .count { color: var(--muted); font-weight: normal; }
.code-group h3 .count::before { content: "· "; }
.code-group h3 .sev[hidden] { display: none; }
ol.findings { padding-left: 1.5rem; }
li.finding { margin: .75rem 0; padding-bottom: .5rem; border-bottom: 1px solid var(--rule); }
li.finding p { margin: .2rem 0; }
.id { font-size: .8rem; }
ul.claims { margin: .25rem 0; padding-left: 1.1rem; font-size: .9rem; }
p.urls { font-size: .9rem; }
.url { word-break: break-all; }
.verdict { font-size: 1.05rem; }
#tip { position: absolute; z-index: 10; max-width: 28rem; padding: .5rem .65rem; background: #111; color: #fff; border-radius: 4px; font-size: .85rem; white-space: pre-line; pointer-events: none; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
#tip[hidden] { display: none; }
footer { margin-top: 3rem; font-size: .85rem; color: var(--muted); }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .filter, #tip, .skip, nav { display: none !important; }
  [hidden].finding, [hidden].code-group { display: block !important; }
  h2 { break-before: page; }
  h2:first-of-type { break-before: auto; }
  figure.chart, tr, li.finding { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  a.url[href]::after { content: " (" attr(href) ")"; overflow-wrap: anywhere; }
  .table-wrap { overflow: visible; }
}
`;

/**
 * The page's one script, for what only a script can do: the findings filter (two selects, so it
 * works from the keyboard; hidden until the script runs, so with JavaScript off every finding is
 * simply listed) and a tooltip that shows a chart mark's source and address on hover and on
 * keyboard focus. It makes no request and loads nothing.
 *
 * @internal
 */
export const SCRIPT = `
(function () {
  'use strict';
  var form = document.getElementById('finding-filter');
  if (form) {
    var severity = document.getElementById('filter-severity');
    var code = document.getElementById('filter-code');
    var output = document.getElementById('filter-count');
    var items = Array.prototype.slice.call(document.querySelectorAll('#finding-groups li.finding'));
    var groups = Array.prototype.slice.call(document.querySelectorAll('#finding-groups .code-group'));
    var apply = function () {
      var s = severity.value;
      var c = code.value;
      var shown = 0;
      items.forEach(function (li) {
        var keep = (!s || li.getAttribute('data-severity') === s) && (!c || li.getAttribute('data-code') === c);
        li.hidden = !keep;
        if (keep) shown += 1;
      });
      groups.forEach(function (g) {
        g.hidden = !g.querySelector('li.finding:not([hidden])');
        // Each badge counts the group's findings the filter shows, and is taken out of the
        // heading (not only hidden) when it shows none.
        Array.prototype.forEach.call(g.querySelectorAll('h3 .sev[data-severity]'), function (b) {
          var sev = b.getAttribute('data-severity');
          var n = g.querySelectorAll('li.finding[data-severity="' + sev + '"]:not([hidden])').length;
          b.textContent = n > 0 ? sev + ' ' + n.toLocaleString('en-US') : '';
          b.hidden = n === 0;
        });
      });
      var total = Number(form.getAttribute('data-total') || items.length);
      var listed = items.length.toLocaleString('en-US');
      output.textContent = total > items.length
        ? shown.toLocaleString('en-US') + ' shown of the ' + listed + ' listed; ' + total.toLocaleString('en-US') + ' in all'
        : shown.toLocaleString('en-US') + ' of ' + listed + ' findings shown';
      form.setAttribute('data-shown', String(shown));
    };
    form.hidden = false;
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    apply();
  }
  var tip = document.getElementById('tip');
  var markOf = function (target) {
    return target && target.closest ? target.closest('svg a') : null;
  };
  var show = function (mark) {
    var title = mark.querySelector('title');
    if (!tip || !title) return;
    tip.textContent = title.textContent;
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var left = Math.max(4, Math.min(box.right + 10, width - tip.offsetWidth - 8));
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (box.bottom + 6 + window.scrollY) + 'px';
  };
  var hide = function () { if (tip) tip.hidden = true; };
  document.addEventListener('focusin', function (e) { var m = markOf(e.target); if (m) show(m); else hide(); });
  document.addEventListener('focusout', function (e) { if (markOf(e.target)) hide(); });
  document.addEventListener('mouseover', function (e) { var m = markOf(e.target); if (m) show(m); });
  document.addEventListener('mouseout', function (e) { if (markOf(e.target) && !markOf(document.activeElement)) hide(); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
})();
`;

/**
 * The content security policy of a page: nothing may be loaded from anywhere, and only the page's
 * own style sheets and its one script, named by their SHA-256 hashes, apply and run. No inline
 * event handler, `javascript:` link or style attribute is allowed, so even markup that slipped
 * past the escaping could run nothing. A browser enforces it, so the page stays offline.
 *
 * @param styles - The text of each `<style>` element of the page (the page's own, and Plot's).
 * @param script - The text of the page's `<script>` element.
 * @internal
 */
export function contentSecurityPolicy(styles: readonly string[], script: string): string {
  const hash = (text: string) => `'sha256-${sha256Base64(text)}'`;
  const styleHashes = [...new Set(styles)].map(hash).join(' ');
  return `default-src 'none'; style-src ${styleHashes}; script-src ${hash(script)}; img-src data:; base-uri 'none'; form-action 'none'`;
}

/**
 * The text of each `<style>` element in markup, as a browser reads it (Plot's, inside the SVG,
 * with references decoded), for the hashes of the content security policy.
 *
 * @internal
 */
export function styleTexts(markup: string): string[] {
  return [...markup.matchAll(/<style>([^<]*)<\/style>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}
