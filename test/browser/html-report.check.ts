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
import { chromium, type Page } from 'playwright-core';
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
    return asked === url ? route.continue() : route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (r.url() !== url) errors.push(`request failed: ${r.url()}`);
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
    return asked === url ? route.continue() : route.abort('blockedbyclient');
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

  check(
    errors.length === 0,
    `no console or page errors${errors.length ? `: ${errors.join('; ')}` : ''}`,
  );
  const others = requests.filter((r) => r !== url);
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
  // A picture of the first chart with the focused mark's tooltip, for the documentation.
  const box = await page.locator('#timeline-0').boundingBox();
  if (box !== null)
    await page.screenshot({
      path: focusShot,
      clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 520) },
    });
}
