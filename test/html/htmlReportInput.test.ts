import { describe, expect, it } from 'vitest';
import { audit, SwapledgerError, type Dataset } from '../../src/index.js';
import { htmlReport, safeHtmlReport, type HtmlReportOptions } from '../../src/html/index.js';
import { escapeHtml, plotAttribute } from '../../src/html/_lib/escape.js';
import { sha256Base64 } from '../../src/html/_lib/sha256.js';
import { SCRIPT, STYLE } from '../../src/html/_lib/page.js';
import { loadSampleDataset } from '../../src/sample/index.js';

const sample = loadSampleDataset();
const report = audit(sample);

/** The issues `htmlReport` throws with, checking that it throws a SwapledgerError. */
function refusal(
  dataset: unknown,
  options?: unknown,
): { code: string; message: string; path: readonly (string | number)[] }[] {
  try {
    htmlReport(dataset as Dataset, options as HtmlReportOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(SwapledgerError);
    const safe = safeHtmlReport(dataset, options as HtmlReportOptions);
    expect(safe.success).toBe(false);
    return [...(error as SwapledgerError).issues];
  }
  throw new Error('htmlReport accepted it');
}

describe('htmlReport refuses bad arguments with a SwapledgerError', () => {
  it('refuses what is not a valid dataset, as parseDataset does', () => {
    expect(refusal(undefined)[0]?.message).toMatch(/nothing|object/);
    expect(refusal({ foo: 1 }).length).toBeGreaterThan(0);
    expect(refusal({ ...sample, claims: [{ id: 'x' }] }).length).toBeGreaterThan(0);
  });

  it('refuses options that are not an object of known fields', () => {
    expect(refusal(sample, null)[0]?.code).toBe('invalid-type');
    expect(refusal(sample, { colour: 'red' })[0]?.code).toBe('unknown-field');
    expect(refusal(sample, { title: 3 })[0]?.path).toEqual(['title']);
  });

  it('takes limits only as whole numbers from 0', () => {
    for (const bad of [2.5, -5, Number.NaN, Number.POSITIVE_INFINITY, '3']) {
      const issues = refusal(sample, { limits: { findings: bad } });
      expect(issues[0]?.path).toEqual(['limits', 'findings']);
    }
    expect(refusal(sample, { limits: { points: 2.5 } })[0]?.code).toBe('not-an-integer');
    expect(refusal(sample, { limits: { findings: -5 } })[0]?.code).toBe('too-small');
    expect(refusal(sample, { limits: { rowz: 3 } })[0]?.code).toBe('unknown-field');
  });

  it('says plainly that the list of findings is off when its limit is 0', () => {
    const page = htmlReport(sample, { report, limits: { findings: 0 } });
    expect(page).toContain('The list of findings is turned off on this page');
    expect(page).not.toContain('0 of 0 findings shown');
    expect(page).not.toContain('<li class="finding"');
  });

  it('takes as sides two different parties of the dataset', () => {
    const unknown = refusal(sample, { parties: ['XX', 'YY'] });
    expect(unknown.map((i) => i.path)).toEqual([
      ['parties', 0],
      ['parties', 1],
    ]);
    expect(unknown[0]?.message).toContain('no party with id "XX"');
    expect(refusal(sample, { parties: ['UA', 'UA'] })[0]?.message).toContain(
      'two different parties',
    );
    expect(refusal(sample, { parties: ['UA'] })[0]?.path[0]).toBe('parties');
    expect(refusal(sample, { parties: ['UA', 'RU', 'DPR'] })[0]?.path[0]).toBe('parties');
    expect(htmlReport(sample, { report, parties: ['RU', 'UA'] })).toContain(
      'Russian Federation side',
    );
  });

  it('refuses an unknown finding code in audit.disable', () => {
    const issues = refusal(sample, { audit: { disable: ['no-such-code'] } });
    expect(issues[0]?.path).toEqual(['audit', 'disable', 0]);
  });

  it('refuses a report that is not an audit of this dataset', () => {
    const other = {
      ...sample,
      claims: [...sample.claims, { ...sample.claims[0]!, id: 'elsewhere-1', citations: [] }],
    };
    const foreign = audit(other as Dataset);
    expect(foreign.findings.some((f) => f.claims.includes('elsewhere-1'))).toBe(true);
    const issues = refusal(sample, { report: foreign });
    expect(issues[0]?.code).toBe('unknown-reference');
    expect(issues[0]?.message).toContain('"elsewhere-1"');
    expect(refusal(sample, { report: { findings: 'none' } })[0]?.path[0]).toBe('report');
  });
});

describe('the page', () => {
  it('heads each code group with its count per severity, which the filter follows', () => {
    const page = htmlReport(sample, { report });
    for (const code of new Set(report.findings.map((f) => f.code))) {
      const findings = report.findings.filter((f) => f.code === code);
      const head = new RegExp(`<h3 id="code-${code}">([\\s\\S]*?)</h3>`).exec(page)?.[1] ?? '';
      for (const severity of ['error', 'conflict', 'warning', 'info']) {
        const n = findings.filter((f) => f.severity === severity).length;
        if (n === 0) expect(head).not.toContain(`data-severity="${severity}"`);
        else expect(head).toContain(`data-severity="${severity}">${severity} ${n}</span>`);
      }
    }
    expect(SCRIPT).toContain("querySelectorAll('h3 .sev[data-severity]')");
  });

  it('allows only its own style sheets and script, by hash, in its content security policy', () => {
    const page = htmlReport(sample, { report });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1] ?? '';
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain(`script-src 'sha256-${sha256Base64(SCRIPT)}'`);
    expect(csp).toContain(`'sha256-${sha256Base64(STYLE)}'`);
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1];
    expect(script).toBe(SCRIPT);
    // No style attribute anywhere: a hash cannot allow one.
    expect(page).not.toMatch(/\sstyle="/);
  });

  it('replaces NUL and the other C0 controls with U+FFFD', () => {
    expect(escapeHtml('a\u0000b\u001Fc\u007F\td\ne')).toBe('a\uFFFDb\uFFFDc\uFFFD\td\ne');
    expect(plotAttribute('x\u0000<')).toBe('x\uFFFD&lt;');
    const dataset = structuredClone(sample) as { -readonly [K in keyof Dataset]: Dataset[K] };
    (dataset.sources as { name: string }[])[0]!.name = 'Null\u0000source\u0001';
    (dataset as { title?: string }).title = 'Title\u0000';
    const page = htmlReport(dataset as Dataset);
    // eslint-disable-next-line no-control-regex
    expect(page).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    expect(page).toContain('Null\uFFFDsource\uFFFD');
  });

  it('prints the full address of each shortened link', () => {
    expect(STYLE).toMatch(
      /@media print[\s\S]*a\.url\[href\]::after \{ content: " \(" attr\(href\) "\)"/,
    );
  });

  it('formats the filter count with thousands separators', () => {
    expect(SCRIPT).toContain("shown.toLocaleString('en-US')");
    const many = htmlReport(sample, {
      report: {
        ...report,
        findings: Array.from({ length: 1000 }, (_, i) => ({ ...report.findings[0]!, id: `f${i}` })),
      },
    });
    expect(many).toContain('1,000 of 1,000 findings shown');
  });

  it('gives every chart a caption', () => {
    const page = htmlReport(sample, { report });
    const figures = page.match(/<figure class="chart"[\s\S]*?<\/figure>/g) ?? [];
    expect(figures.length).toBeGreaterThanOrEqual(8);
    for (const figure of figures) expect(figure).toContain('<figcaption');
  });

  it('draws a clearly visible focus ring on chart marks', () => {
    expect(STYLE).not.toMatch(/svg a:focus \{ outline: none/);
    expect(STYLE).toMatch(/svg a:focus-visible \{ outline: 3px solid/);
  });
});

describe('htmlReport options: plain words and the two sides of an exchange', () => {
  it('refuses a pair that is not the two sides of any exchange, naming the pair that is', () => {
    const [issue] = refusal(sample, { parties: ['UA', 'DPR'] });
    expect(issue?.path).toEqual(['parties']);
    expect(issue?.message).toBe(
      '"UA" and "DPR" are not the two sides of any exchange in the dataset, and each exchange\'s figures are between its own two sides; choose ["UA", "RU"]',
    );
    expect(safeHtmlReport(sample, { parties: ['RU', 'UA'] }).success).toBe(true);
  });
  it('words bad limits, parties and weights without zod wording', () => {
    expect(refusal(sample, { limits: { rows: 2.5 } })[0]?.message).toBe(
      'a limit must be a whole number from 0 (0 turns that chart or list off), got the number 2.5',
    );
    expect(refusal(sample, { limits: { rows: -1 } })[0]?.message).toMatch(/^a limit must be/);
    for (const parties of [['UA'], 'UA', ['UA', 'RU', 'DPR']])
      expect(refusal(sample, { parties })[0]?.message).toMatch(
        /^two different parties of the dataset are needed, such as \["UA", "RU"\], got /,
      );
    const weights = refusal(sample, { audit: { weights: { outlet: 1 } } });
    expect(weights).toHaveLength(1);
    expect(weights[0]?.message).toMatch(/^the audit needs a weight for every source kind/);
    expect(refusal(sample, { audit: { weights: { outlet: -1 } } })[0]?.message).toMatch(
      /^a source weight must be a number from 0/,
    );
    for (const issue of [
      ...refusal(sample, { limits: { rows: 2.5 } }),
      ...refusal(sample, { parties: ['UA'] }),
    ])
      expect(issue.message).not.toMatch(/Invalid input|Too small|expected a tuple/);
  });
});
