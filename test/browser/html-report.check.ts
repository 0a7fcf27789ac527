/**
 * The HTML report in a real browser: makes the report of the embedded sample (from src/, through
 * tsx), opens it in headless Chromium (Debian's, at /usr/bin/chromium, or SWAPLEDGER_CHROMIUM),
 * and fails on any console error, page error or network request other than the page itself. It
 * checks that the running-total charts, the exchanges and the findings are there, that the findings
 * filter works from the keyboard and shows as many findings as the audit counts, that the Tab key
 * reaches a chart mark and shows its source, and that with JavaScript off every finding is listed.
 * It saves a full-page screenshot and prints where.
 *
 * Run: `npx tsx test/browser/html-report.check.ts` (the gate runs it after
 * `sh scripts/install-chromium.sh`). SWAPLEDGER_ARTIFACTS names the folder for the page and the
 * screenshot (a folder in the system's temporary directory by default).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Dataset } from '../../src/dataset/Dataset.js';
import { audit } from '../../src/audit/audit.js';
import { htmlReport } from '../../src/html/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';

const executablePath = process.env['SWAPLEDGER_CHROMIUM'] ?? '/usr/bin/chromium';
const out = resolve(
  process.env['SWAPLEDGER_ARTIFACTS'] ?? join(tmpdir(), 'swapledger-html-report'),
);
mkdirSync(out, { recursive: true });

const dataset = loadSampleDataset();
const report = audit(dataset);
const html = htmlReport(dataset, { report, generatedOn: 'the browser check' });
const file = join(out, 'sample-report.html');
writeFileSync(file, html);
const url = pathToFileURL(file).href;
/** The pages the check opens: the only requests allowed. */
const pages = new Set([url]);
const screenshot = join(out, 'sample-report.png');
const focusShot = join(out, 'sample-report-focus.png');

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? '  ok ' : '  FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const browser = await chromium.launch({
  executablePath,
  // Root in a container has no user namespace for Chromium's sandbox.
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const asked = route.request().url();
    requests.push(asked);
    return pages.has(asked) ? route.continue() : route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (!pages.has(r.url())) errors.push(`request failed: ${r.url()}`);
  });

  const started = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  // Code run in the page is given as text: the test project has no DOM types.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => done(null)))');
  console.log(
    `report of the sample (${html.length.toLocaleString('en')} bytes) loaded in ${Date.now() - started} ms`,
  );

  const count = (selector: string) => page.locator(selector).count();
  check((await count('#timeline figure.chart svg')) >= 1, 'the timeline has at least one chart');
  check(
    (await count('#timeline svg a circle, #timeline svg a path')) >= 10,
    'the timeline draws the stated figures as marks',
  );
  check((await count('#exchanges svg')) >= 1, 'the exchanges chart is there');
  check(
    (await count('#exchanges table.exchanges tbody tr')) === dataset.exchanges.length,
    `the exchanges table lists all ${dataset.exchanges.length} exchanges`,
  );
  check((await count('#holdings svg')) >= 1, 'the holdings chart is there');
  const total = report.findings.length;
  check(
    (await count('#findings li.finding')) === total,
    `the findings list holds all ${total} findings`,
  );
  check(
    await page.locator('#finding-filter').isVisible(),
    'the filter is shown when JavaScript runs',
  );

  await filterChecks(page, total);
  await focusCheck(page);

  // Back to every finding for the picture.
  await page.locator('#finding-filter button[type=reset]').click();
  await page.waitForFunction(
    `document.querySelectorAll('li.finding:not([hidden])').length === ${total}`,
  );
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  await page.screenshot({ path: screenshot, fullPage: true });

  // With JavaScript off, no filter, and every finding listed.
  const still = await browser.newContext({ javaScriptEnabled: false });
  await still.route('**/*', (route) => {
    const asked = route.request().url();
    requests.push(asked);
    return pages.has(asked) ? route.continue() : route.abort('blockedbyclient');
  });
  const plain = await still.newPage();
  await plain.goto(url, { waitUntil: 'load' });
  check(
    !(await plain.locator('#finding-filter').isVisible()),
    'with JavaScript off, the filter is hidden',
  );
  check(
    (await plain.locator('li.finding:visible').count()) === total,
    'with JavaScript off, every finding is listed',
  );
  await still.close();

  // Print: each shortened link prints its full address.
  await page.emulateMedia({ media: 'print' });
  const [after, href] = await page.evaluate<[string, string]>(
    "(() => { const a = document.querySelector('#timeline table a.url[href]'); return a ? [getComputedStyle(a, '::after').content, a.href] : ['', '']; })()",
  );
  check(
    href !== '' && after.includes(href),
    `in print, a shortened link shows its full address (${after})`,
  );
  await page.emulateMedia({ media: 'screen' });

  await cutListCheck(context);
  await longTextCheck(context);
  await injectionCheck(context);

  check(
    errors.length === 0,
    `no console or page errors${errors.length ? `: ${errors.join('; ')}` : ''}`,
  );
  const others = requests.filter((r) => !pages.has(r));
  check(
    others.length === 0,
    `no request but the page itself${others.length ? `: ${others.join(', ')}` : ''}`,
  );
} finally {
  await browser.close();
}

console.log(`page: ${file}`);
console.log(`screenshot: ${screenshot}`);
console.log(`focused mark: ${focusShot}`);
if (failures.length > 0) {
  console.error(`\n${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('the HTML report passes in Chromium');

async function visibleFindings(page: Page): Promise<number> {
  return page.locator('#findings li.finding:visible').count();
}

async function filterChecks(page: Page, total: number): Promise<void> {
  const { bySeverity, byCode } = report.summary;
  // From the keyboard: focus the severity select and step to its first severity.
  await page.locator('#filter-severity').focus();
  await page.keyboard.press('ArrowDown');
  const severity = (await page.locator('#filter-severity').inputValue()) as keyof typeof bySeverity;
  check(severity !== ('' as never), `the arrow key picks a severity (${severity})`);
  const want = bySeverity[severity] ?? -1;
  check((await visibleFindings(page)) === want, `severity ${severity}: ${want} findings shown`);
  const badges = await page.evaluate<string[]>(
    "Array.from(document.querySelectorAll('#finding-groups .code-group:not([hidden]) h3 .sev')).filter((b) => !b.hidden).map((b) => b.getAttribute('data-severity'))",
  );
  check(
    badges.length > 0 && badges.every((b) => b === severity),
    `the group headings show only ${severity} counts (${[...new Set(badges)].join(', ')})`,
  );
  // As read, not only as marked: no other severity's name or count is left in a heading, for
  // a severity that shares a code group with another (as warnings share one with a conflict).
  const mixed = report.findings.find((f) =>
    report.findings.some((g) => g.code === f.code && g.severity !== f.severity),
  )?.severity;
  if (mixed !== undefined) await page.locator('#filter-severity').selectOption(mixed);
  const headings = await page.evaluate<string[]>(
    "Array.from(document.querySelectorAll('#finding-groups .code-group:not([hidden]) h3')).map((h) => h.textContent + ' | ' + h.innerText)",
  );
  const othersNamed = headings.filter((h) =>
    (['error', 'conflict', 'warning', 'info'] as const).some(
      (o) => o !== (mixed ?? severity) && h.includes(o),
    ),
  );
  check(
    headings.length > 0 && othersNamed.length === 0,
    `with severity ${mixed ?? severity}, no heading names another (${othersNamed.slice(0, 2).join('; ')})`,
  );
  await page.locator('#filter-severity').selectOption(severity);
  const said = await page.locator('#filter-count').textContent();
  check(said === `${want} of ${total} findings shown`, `the filter says "${said}"`);
  check(
    (await page
      .locator(`#findings li.finding:visible:not([data-severity="${severity}"])`)
      .count()) === 0,
    `only ${severity} findings are shown`,
  );
  // A code, with the severity back to all.
  await page.locator('#filter-severity').selectOption('');
  const [code, n] = Object.entries(byCode).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0] ?? ['', 0];
  await page.locator('#filter-code').focus();
  await page.locator('#filter-code').selectOption(code);
  check((await visibleFindings(page)) === n, `code ${code}: ${n} findings shown`);
  check(
    (await page.locator('#findings .code-group:visible').count()) === 1,
    'only that code group is shown',
  );
  // A severity the code never has: nothing.
  const other = (['error', 'conflict', 'warning', 'info'] as const).find(
    (s) => !report.findings.some((f) => f.code === code && f.severity === s),
  );
  if (other !== undefined) {
    await page.locator('#filter-severity').selectOption(other);
    check((await visibleFindings(page)) === 0, `code ${code} with severity ${other}: none shown`);
  }
}

async function focusCheck(page: Page): Promise<void> {
  await page.locator('#finding-filter button[type=reset]').click();
  // Start from the last link before the charts, as a reader tabbing down the page would.
  await page.locator('nav a[href="#findings"]').focus();
  let reached = false;
  for (let i = 0; i < 60 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate<boolean>(
      "(document.activeElement?.closest('#timeline svg a') ?? null) !== null",
    );
  }
  check(reached, 'the Tab key reaches a mark on the timeline');
  if (!reached) return;
  const title = await page.evaluate<string>(
    "document.activeElement?.querySelector('title')?.textContent ?? ''",
  );
  const tip = page.locator('#tip');
  const shown = (await tip.isVisible()) ? ((await tip.textContent()) ?? '') : '';
  check(shown !== '' && shown === title, 'focusing it shows its tooltip');
  const source = dataset.sources.find((s) => shown.startsWith(s.name));
  check(source !== undefined, `the tooltip names its source (${source?.name ?? 'none'})`);
  check(
    /Source: https?:\/\//.test(shown) || shown.includes('no citation'),
    'the tooltip gives its address',
  );
  const ring = await page.evaluate<string>(
    "(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; })()",
  );
  check(
    !ring.startsWith('none') && parseFloat(ring.split(' ')[1] ?? '0') >= 2,
    `the focused mark has a focus ring of at least 2 px (${ring})`,
  );
  // A picture of the first chart with the focused mark's tooltip, for the documentation.
  const box = await page.locator('#timeline-0').boundingBox();
  if (box !== null)
    await page.screenshot({
      path: focusShot,
      clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 520) },
    });
}

/** A list cut by its limit: the count and the filter's options say both how many are listed and in all. */
async function cutListCheck(context: BrowserContext): Promise<void> {
  const listed = 5;
  const total = report.findings.length;
  const cutFile = join(out, 'cut-list-report.html');
  writeFileSync(cutFile, htmlReport(dataset, { report, limits: { findings: listed } }));
  const page = await context.newPage();
  pages.add(pathToFileURL(cutFile).href);
  await page.goto(pathToFileURL(cutFile).href, { waitUntil: 'load' });
  const said = await page.locator('#filter-count').textContent();
  check(
    said === `${listed} shown of the ${listed} listed; ${total} in all`,
    `a cut list's count says how many are listed and in all ("${said}")`,
  );
  const options = await page.evaluate<string[]>(
    "Array.from(document.querySelectorAll('#filter-severity option')).slice(1).map((o) => o.textContent)",
  );
  check(
    options.length > 0 && options.every((o) => / listed of /.test(o)),
    `a cut list's severity options give both counts (${options.join('; ')})`,
  );
  await page.close();
}

/** A page of a dataset with long, valid text never scrolls sideways in a 1,280 px window. */
async function longTextCheck(context: BrowserContext): Promise<void> {
  const long = structuredClone(dataset) as { -readonly [K in keyof Dataset]: Dataset[K] };
  const sources = long.sources as { name: string }[];
  for (const source of sources.slice(0, 10)) source.name = 'W'.repeat(300);
  for (const claim of long.claims as { value: { wording?: string; low?: number } }[])
    if ('low' in claim.value) claim.value.wording = `${'a wording that goes on '.repeat(9)}end`;
  const longFile = join(out, 'long-text-report.html');
  writeFileSync(longFile, htmlReport(long as Dataset, { parties: ['UA', 'RU'] }));
  const page = await context.newPage();
  pages.add(pathToFileURL(longFile).href);
  await page.goto(pathToFileURL(longFile).href, { waitUntil: 'load' });
  await page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })");
  const [scroll, inner] = await page.evaluate<[number, number]>(
    '[document.documentElement.scrollWidth, window.innerWidth]',
  );
  check(scroll <= inner, `long words wrap: the page is ${scroll} px wide in a ${inner} px window`);
  await page.screenshot({ path: join(out, 'long-text-report.png') });
  await page.close();
}

/**
 * Markup that slipped past the escaping runs nothing: a copy of the page with an inline handler
 * injected runs no handler, and the page's own script still runs.
 */
async function injectionCheck(context: BrowserContext): Promise<void> {
  const injected = html.replace(
    '<main>',
    '<main><img src=x onerror="window.__ran = 1; console.log(\'handler ran\')"><a id="js" href="javascript:window.__ran=2">x</a><div id="styled" style="display:none">styled</div>',
  );
  const injectedFile = join(out, 'injected-report.html');
  writeFileSync(injectedFile, injected);
  const page = await context.newPage();
  const logs: string[] = [];
  const own: string[] = [];
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  page.on('console', (m) => {
    logs.push(m.text());
    if (m.type() === 'error' && !/Content Security Policy|ERR_/i.test(m.text())) own.push(m.text());
  });
  page.on('pageerror', (e) => own.push(e.message));
  pages.add(pathToFileURL(injectedFile).href);
  await page.goto(pathToFileURL(injectedFile).href, { waitUntil: 'load' });
  await page.locator('#js').click();
  await page.waitForTimeout(200);
  const ran = await page.evaluate<unknown>('window.__ran ?? null');
  check(
    ran === null && dialogs === 0 && !logs.includes('handler ran'),
    'an injected inline handler or javascript: link runs nothing',
  );
  check(await page.locator('#styled').isVisible(), 'an injected style attribute is not applied');
  check(
    await page.locator('#finding-filter').isVisible(),
    "the page's own script still runs beside the injected markup",
  );
  check(own.length === 0, `no errors of the page's own${own.length ? `: ${own.join('; ')}` : ''}`);
  await page.close();
}
