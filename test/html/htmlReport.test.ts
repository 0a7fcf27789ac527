import { describe, expect, it } from 'vitest';
import { assessAllForAll, audit, type Dataset } from '../../src/index.js';
import { defaultHtmlReportLimits, htmlReport } from '../../src/html/index.js';
import { escapeHtml, safeHref } from '../../src/html/_lib/escape.js';
import { hostOf } from '../../src/html/_lib/fragments.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { theatres } from '../../bench/shapes.js';

const sample = loadSampleDataset();
const report = audit(sample);
const page = htmlReport(sample, { report, generatedOn: '2026-11-30' });

/** Every value of one attribute in the page. */
const attributes = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');

/** The text of an attribute as a browser reads it back. */
const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const citationUrls = (dataset: Dataset) => {
  const urls = new Set<string>();
  const add = (url: string) => {
    const href = safeHref(url);
    if (href !== undefined) urls.add(href);
  };
  for (const claim of dataset.claims) for (const c of claim.citations ?? []) add(c.url);
  for (const a of dataset.agreements ?? []) for (const c of a.citations ?? []) add(c.url);
  for (const s of dataset.statements ?? []) for (const c of s.citations ?? []) add(c.url);
  return urls;
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

describe('htmlReport', () => {
  it('is one HTML document', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page.match(/<html\b/g)).toHaveLength(1);
    expect(page).toContain('<meta charset="utf-8">');
  });

  it('is self-contained: it loads nothing, and links only to its own anchors and the sources', () => {
    expect(page).not.toMatch(/<link\b/i);
    expect(page).not.toMatch(/<(?:img|iframe|object|embed|video|audio|source|track)\b/i);
    expect(page).not.toMatch(/\ssrc=/i);
    expect(page).not.toMatch(/@import|@font-face|url\(/i);
    expect(page).not.toMatch(/xlink:href/i);
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none';`);
    const cited = citationUrls(sample);
    const hrefs = attributes(page, 'href').map(unescape);
    expect(hrefs.length).toBeGreaterThan(100);
    for (const href of hrefs) {
      if (href.startsWith('#')) continue;
      expect(cited.has(href), href).toBe(true);
    }
    // Every in-page link leads to an element of the page.
    const ids = new Set(attributes(page, 'id'));
    for (const href of hrefs.filter((h) => h.startsWith('#')))
      expect(ids.has(href.slice(1)), href).toBe(true);
  });

  it('has the timeline, the exchanges, the holdings and the findings, each with a chart', () => {
    for (const id of ['timeline', 'exchanges', 'holdings', 'findings']) {
      expect(page).toContain(`<section id="${id}"`);
    }
    const section = (id: string) => page.slice(page.indexOf(`<section id="${id}"`));
    expect(section('timeline')).toMatch(
      /^[\s\S]*?<svg[^>]*aria-label="Chart: people returned to Ukraine since 2022-02-24"/,
    );
    expect(section('exchanges').split('<section id="holdings"')[0]).toContain('<svg');
    expect(section('holdings').split('<section id="findings"')[0]).toContain('<svg');
    // Every chart has a text alternative.
    const svgs = page.match(/<svg\b[^>]*>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(8);
    for (const svg of svgs) expect(svg).toMatch(/aria-label="Chart: /);
  });

  it('lists every finding of the audit, with its severity and code, and a filter for both', () => {
    const items = page.match(/<li class="finding" /g) ?? [];
    expect(items).toHaveLength(report.findings.length);
    expect(report.findings.length).toBeGreaterThan(20);
    for (const [severity, n] of Object.entries(report.summary.bySeverity))
      expect(
        page.match(new RegExp(`class="finding"[^>]*data-severity="${severity}"`, 'g')) ?? [],
      ).toHaveLength(n);
    for (const [code, n] of Object.entries(report.summary.byCode))
      expect(
        page.match(new RegExp(`class="finding"[^>]*data-code="${code}"`, 'g')) ?? [],
      ).toHaveLength(n ?? 0);
    expect(page).toContain('<select id="filter-severity"');
    expect(page).toContain('<select id="filter-code"');
    for (const f of report.findings) expect(page).toContain(escapeHtml(f.message));
  });

  it('names the side that holds more in its verdict, not by its id or a code', () => {
    const assessment = assessAllForAll(loadSampleDataset(), { parties: ['UA', 'RU'] });
    expect(assessment.verdict).toBe('holds-more');
    const html = htmlReport(loadSampleDataset());
    const name = loadSampleDataset().parties.find((p) => p.id === assessment.holdsMore)?.name;
    expect(html).toContain(`Verdict: ${name ?? ''} holds more.`);
    expect(html).not.toContain('Verdict: holds-more');
  });

  it('runs the audit itself when given no report', () => {
    expect(htmlReport(sample, { generatedOn: '2026-11-30' })).toBe(page);
  });

  it('stays under 1 MB for the embedded sample', () => {
    expect(Buffer.byteLength(page, 'utf8')).toBeLessThan(1_000_000);
  });

  it('is pure: the same page for the same input, and the input left as it was', () => {
    const frozen = deepFreeze(loadSampleDataset());
    const before = JSON.stringify(frozen);
    expect(htmlReport(frozen, { generatedOn: '2026-11-30' })).toBe(page);
    expect(JSON.stringify(frozen)).toBe(before);
  });

  it('keeps strings from the data as text, and links only http and https addresses', () => {
    const hostile = structuredClone(sample) as { -readonly [K in keyof Dataset]: Dataset[K] };
    const name = 'Ukraine <script>alert("party")</script> & "friends"';
    (hostile.parties as { name: string }[])[0]!.name = name;
    (hostile.sources as { name: string }[])[0]!.name = '<img src=x onerror=alert(1)>';
    const claim = hostile.claims.find((c) => c.subject.type === 'returned-total') as {
      citations?: { url: string }[];
    };
    claim.citations = [{ url: 'javascript:alert(1)' }, { url: 'data:text/html,<b>x</b>' }];
    (hostile as { title?: string }).title = '</title><script>alert("title")</script>';
    // Addresses that are not http(s) are refused with the dataset, as parseDataset refuses them.
    expect(() => htmlReport(hostile as Dataset)).toThrow('expected an http(s) address');
    claim.citations = [{ url: 'https://example.org/"onmouseover="alert(1)' }];
    const html = htmlReport(hostile as Dataset);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('alert("party")</script>');
    expect(html).toContain(escapeHtml(name));
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(html).not.toMatch(/\sonmouseover=/);
    for (const href of attributes(html, 'href').map(unescape))
      expect(href.startsWith('#') || /^https?:\/\//.test(href), href).toBe(true);
    // In the charts, drawn by Plot through linkedom, the name is text too.
    const svg = html.slice(html.indexOf('<svg'), html.lastIndexOf('</svg>'));
    expect(svg).not.toMatch(/<script/);
  });

  it('shows bidirectional controls in names as escapes, so none reorders a figure', () => {
    const hostile = structuredClone(sample) as { -readonly [K in keyof Dataset]: Dataset[K] };
    // An override in a name would show every figure after it backwards: 1200 as 0021.
    (hostile.parties as { name: string }[])[0]!.name = 'Ukraine\u202e';
    (hostile.sources as { name: string }[])[0]!.name = 'Ministry \u2067isolate\u2069 \u200f';
    const html = htmlReport(hostile as Dataset, { generatedOn: '2026-11-30' });
    expect(html).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(html).toContain('Ukraine\\u202e');
    expect(html).toContain('Ministry \\u2067isolate\\u2069 \\u200f');
  });

  it('names each link by the host it goes to, not by a user name before an @', () => {
    const hostile = structuredClone(sample) as { -readonly [K in keyof Dataset]: Dataset[K] };
    // One address each for three claims about transfers, which the report links to.
    const claims = hostile.claims.filter((c) => c.subject.type === 'transferred') as {
      citations: { url: string }[];
    }[];
    [
      'https://www.pravda.com.ua:x@evil.example/a',
      'https://other.example\\@kyivindependent.com/b',
      'https://пример.рф:8443/новости',
      'https://kyivindependent.com.a-very-long-name-that-pushes-the-real-one-out-of-sight.example/x',
    ].forEach((url, k) => (claims[k]!.citations = [{ url }]));
    // And one for a running total, whose table shows the start of the address too.
    const total = hostile.claims.find((c) => c.subject.type === 'returned-total') as {
      citations: { url: string }[];
    };
    total.citations = [{ url: 'https://evil.example\\@pravda.com.ua/' }];
    const html = htmlReport(hostile as Dataset, { generatedOn: '2026-11-30' });
    const texts = [...html.matchAll(/<a class="url" href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map(
      (m) => [unescape(m[1] ?? ''), m[2] ?? ''] as const,
    );
    const shown = (href: string) => texts.filter(([h]) => h === href).map(([, text]) => text);
    for (const text of shown('https://www.pravda.com.ua:x@evil.example/a'))
      expect(text).toMatch(/^(www\.)?evil\.example/);
    expect(shown('https://www.pravda.com.ua:x@evil.example/a').length).toBeGreaterThan(0);
    for (const text of shown('https://other.example/@kyivindependent.com/b'))
      expect(text).toMatch(/^other\.example/);
    expect(shown('https://other.example/@kyivindependent.com/b').length).toBeGreaterThan(0);
    // A host in other letters than ASCII is shown as the browser reads it, which no look-alike
    // letter can imitate.
    const idn = texts.filter(([h]) => h.startsWith('https://xn--e1afmkfd.xn--p1ai:8443/'));
    expect(idn.length).toBeGreaterThan(0);
    for (const [, text] of idn) expect(text).toMatch(/^xn--e1afmkfd\.xn--p1ai/);
    // The rest of an address is shown as the browser reads it: a backslash is a slash, so no text
    // reads as a user name before the host.
    const slashed = shown('https://evil.example/@pravda.com.ua/');
    expect(slashed.length).toBeGreaterThan(0);
    for (const text of slashed) expect(text).toMatch(/^evil\.example(\/@pravda\.com\.ua\/)?$/);
    expect(slashed).toContain('evil.example/@pravda.com.ua/');
    // A long host is never cut: its end is what names the site.
    const long = texts.filter(([h]) => h.includes('out-of-sight.example'));
    expect(long.length).toBeGreaterThan(0);
    for (const [, text] of long) expect(text).toContain('out-of-sight.example');
  });

  it('takes limits, and says what they leave out', () => {
    const short = htmlReport(sample, { report, limits: { findings: 5, exchanges: 3, points: 4 } });
    expect(short.match(/<li class="finding" /g)).toHaveLength(5);
    expect(short).toContain(`Showing 5 of ${report.findings.length} findings.`);
    expect(short).toContain('Showing 3 of 39 exchanges on the chart.');
    expect(short).toMatch(/Showing 4 of \d+ dated figures on this chart\./);
    expect(defaultHtmlReportLimits.findings).toBe(1000);
  });

  it('stays bounded on a large dataset', () => {
    const big = theatres(20_000);
    const html = htmlReport(big);
    expect(big.claims.length).toBeGreaterThan(19_000);
    // Bounded by the limits, not by the data: a few megabytes at most.
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(4_000_000);
    expect((html.match(/<li class="finding" /g) ?? []).length).toBeLessThanOrEqual(
      defaultHtmlReportLimits.findings,
    );
    expect((html.match(/<svg\b/g) ?? []).length).toBeLessThanOrEqual(
      defaultHtmlReportLimits.timelines + 4,
    );
  }, 60_000);

  it('writes no sentence about sides when the dataset names no parties and no exchanges', () => {
    const html = htmlReport({
      format: 'swapledger/1',
      parties: [],
      sources: [],
      exchanges: [],
      claims: [],
    } as unknown as Dataset);
    const text = html.replace(/<(style|script)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
    expect(text).toContain('The dataset records no exchanges');
    expect(text).toContain('fewer than two parties');
    expect(text).not.toMatch(/ 's side| side side|whether\s+or\s|<th/);
    expect(html).not.toContain('Stated: to');
  });

  it('says so when there is nothing to draw or report', () => {
    const empty = {
      format: sample.format,
      parties: [],
      sources: [],
      exchanges: [],
      claims: [],
    } as unknown as Dataset;
    const html = htmlReport(empty);
    expect(html).toContain('The dataset holds no running totals');
    expect(html).not.toMatch(/returned to\s+since/);
    expect(html).toContain('The audit found nothing to report.');
  });
});

describe('safeHref', () => {
  it('lets through absolute http and https addresses only', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('HTTP://example.org')).toBe('http://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' data:text/html,x')).toBeUndefined();
    expect(safeHref('//example.org')).toBeUndefined();
    expect(safeHref('https://')).toBeUndefined();
  });
});

describe('hostOf', () => {
  it('drops a leading www. only where a name with a dot is left', () => {
    expect(hostOf('https://www.kyivindependent.com/news')).toBe('kyivindependent.com');
    expect(hostOf('https://www.com/')).toBe('www.com');
    expect(hostOf('https://WWW.Example.ORG:8080/')).toBe('example.org');
    expect(hostOf('https://www..evil.example/')).not.toMatch(/^\.?evil/);
  });
});
