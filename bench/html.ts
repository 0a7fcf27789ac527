/**
 * The HTML report at scale: builds datasets of about 100k claims with the shapes of `shapes.ts`
 * (one long war, and the sample copied as many theatres), makes the audit and the report (time and
 * size), then opens the page in headless Chromium (Debian's, at /usr/bin/chromium, or
 * SWAPLEDGER_CHROMIUM; `sh scripts/install-chromium.sh` installs it) and measures the time from
 * navigation until the page has loaded and its charts are laid out (after `load`, a forced layout
 * and two animation frames), and the time for the findings filter to apply.
 *
 * Run by hand: `npm run bench:html` (add `-- --claims 100000` or `-- --shapes war,theatres`),
 * which installs Chromium first when it is missing. The goal is a page that renders in under 5 s
 * at 100k claims. It runs the sources through tsx.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { audit, type Dataset } from '../src/index.js';
import { htmlReport } from '../src/html/index.js';
import { longWar, readBack, theatres } from './shapes.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};
const claims = Number(arg('claims') ?? 100_000);
const SHAPES: Record<string, (n: number) => Dataset> = {
  war: (n) => longWar(n),
  theatres,
};
const shapes = (arg('shapes') ?? 'war,theatres').split(',');
const out = join(tmpdir(), 'swapledger-html-bench');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env['SWAPLEDGER_CHROMIUM'] ?? '/usr/bin/chromium',
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
const rows: Record<string, string | number>[] = [];
try {
  for (const shape of shapes) {
    const make = SHAPES[shape];
    if (!make) throw new Error(`unknown shape ${shape}; known: ${Object.keys(SHAPES).join(', ')}`);
    const dataset = readBack(make(claims));
    let t = performance.now();
    const report = audit(dataset);
    const auditMs = performance.now() - t;
    t = performance.now();
    const html = htmlReport(dataset, { report });
    const htmlMs = performance.now() - t;
    const file = join(out, `${shape}-${claims}.html`);
    writeFileSync(file, html);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const url = pathToFileURL(file).href;
    await context.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url() === url ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const started = performance.now();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // Code run in the page is given as text: the bench's project has no DOM types.
    // From navigation start: the page loaded, laid out, and two frames painted.
    const renderedMs = await page.evaluate<number>(
      `new Promise((done) => {
        document.body.getBoundingClientRect();
        requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())));
      })`,
    );
    const wallMs = performance.now() - started;
    const filterMs = await page.evaluate<number>(`(() => {
      const select = document.getElementById('filter-severity');
      const t0 = performance.now();
      select.selectedIndex = 1;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      document.body.getBoundingClientRect();
      return performance.now() - t0;
    })()`);
    const counts = await page.evaluate<{
      svgs: number;
      marks: number;
      findings: number;
      nodes: number;
    }>(`({
      svgs: document.querySelectorAll('svg').length,
      marks: document.querySelectorAll('svg a').length,
      findings: document.querySelectorAll('li.finding').length,
      nodes: document.getElementsByTagName('*').length,
    })`);
    await context.close();
    rows.push({
      shape,
      claims: dataset.claims.length,
      findings: report.findings.length,
      'audit ms': Math.round(auditMs),
      'html ms': Math.round(htmlMs),
      'html MB': +(Buffer.byteLength(html) / 2 ** 20).toFixed(2),
      'rendered ms': Math.round(renderedMs),
      'wall ms': Math.round(wallMs),
      'filter ms': Math.round(filterMs),
      charts: counts.svgs,
      'focusable marks': counts.marks,
      'listed findings': counts.findings,
      'DOM nodes': counts.nodes,
      'errors/requests': `${errors.length}/${requests.length - 1}`,
    });
    console.log(`${shape}: ${file}`);
  }
} finally {
  await browser.close();
}
console.table(rows);
const slow = rows.filter((r) => Number(r['rendered ms']) >= 5000);
console.log(
  slow.length === 0
    ? 'every page rendered in under 5 s'
    : `over 5 s: ${slow.map((r) => r['shape']).join(', ')}`,
);
