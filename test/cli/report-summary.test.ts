// The report's summary is the audit's own; with filters, it counts exactly the findings shown.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import type { Finding } from '../../src/audit/Finding.js';
import { SEVERITIES } from '../../src/audit/findingCodes.js';
import { run } from '../../src/cli/main.js';
import { looksLikeNdjson } from '../../src/cli/read.js';
import { RECORD_KINDS } from '../../src/cli/ndjson.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import { asJson, reportJsonChunks } from '../../src/cli/format.js';

async function reportJson(...options: string[]) {
  let out = '';
  const code = await run(['report', '--format', 'json', '--fail-on', 'none', ...options], {
    stdout: (text) => (out += text),
    stderr: () => undefined,
    stdin: Readable.from([]),
    stderrIsTty: false,
  });
  expect(code).toBe(0);
  return JSON.parse(out) as { summary: unknown; findings: Finding[] };
}

/** The summary of some findings, counted here the slow way, in the order they come. */
function counted(findings: readonly Finding[]) {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  const byCode: Record<string, number> = {};
  for (const f of findings) {
    bySeverity[f.severity]! += 1;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  }
  return { bySeverity, byCode };
}

describe('report summary', () => {
  it('is the audit’s summary when nothing is filtered, keys in the same order', async () => {
    const { summary } = await reportJson();
    expect(JSON.stringify(summary)).toBe(JSON.stringify(audit(loadSampleDataset()).summary));
  });

  it.each([
    [['--min-severity', 'conflict']],
    [['--min-severity', 'warning']],
    [['--only', 'cumulative-vs-ledger']],
    // cumulative-vs-ledger is a warning, but one of the sample's is a conflict: only it stays.
    [['--only', 'cumulative-vs-ledger,asymmetric-exchange', '--min-severity', 'conflict']],
    [['--only', 'asymmetric-exchange', '--min-severity', 'warning']],
  ])('counts exactly the findings shown with %j', async (options) => {
    const { summary, findings } = await reportJson(...options);
    expect(JSON.stringify(summary)).toBe(JSON.stringify(counted(findings)));
  });
});

describe('looksLikeNdjson', () => {
  it('goes by the file name first, then by a first line that holds a record', () => {
    expect(looksLikeNdjson('a.ndjson', '{', false)).toBe(true);
    expect(looksLikeNdjson('a.JSONL', '', true)).toBe(true);
    expect(looksLikeNdjson('a.json', '{"claim": {}}', true)).toBe(false);
    for (const kind of Object.keys(RECORD_KINDS))
      expect(looksLikeNdjson('-', `{"${kind}" : {}}\n{}`, false), kind).toBe(true);
    expect(looksLikeNdjson('-', '{"planet": {}}', true)).toBe(false);
    expect(looksLikeNdjson('-', '{\n  "claim": {}', false)).toBe(false);
  });

  it('reads a whole first line for what it holds, however its key is spelt', () => {
    for (const first of [
      '{ "header": {"format": "swapledger/1"} }',
      '{"\\u0068eader":{}}',
      '\t{ "claim"\t: {}}',
    ]) {
      expect(looksLikeNdjson('data.txt', `\n  \n${first}\n{"party": {}}`, false), first).toBe(true);
      expect(looksLikeNdjson('-', first, true), first).toBe(true);
    }
    // A lone \r ends a line, as it does for the reader and for line numbers.
    expect(looksLikeNdjson('data.txt', '{"header": {}}\r{"party": {}}', false)).toBe(true);
    // Not one record: a JSON document on one line, or a record beside something else.
    expect(
      looksLikeNdjson('-', JSON.stringify({ format: 'swapledger/1', parties: [] }), true),
    ).toBe(false);
    expect(looksLikeNdjson('-', '{ "header": {}, "format": "swapledger/1" }\n', false)).toBe(false);
    expect(looksLikeNdjson('-', '[{ "header": {}}]\n', false)).toBe(false);
  });

  // A guard: cut lines were judged this way before, and still are.
  it('judges a first line cut short by its first bytes only', () => {
    // The rest of the line has not been read: it might not be one record.
    expect(looksLikeNdjson('-', '{ "header": {"format": "swapledger/1"} }', false)).toBe(false);
    expect(looksLikeNdjson('-', '{"header": {"format": "swa', false)).toBe(true);
  });
});

describe('the JSON report written a finding at a time', () => {
  it('is the same text as the whole report stringified, with findings and without', () => {
    const dataset = loadSampleDataset();
    const report = audit(dataset);
    for (const findings of [report.findings, []]) {
      const whole = asJson({
        dataset: dataset.title ?? null,
        summary: { bySeverity: report.summary.bySeverity, byCode: report.summary.byCode },
        findings,
      });
      expect([...reportJsonChunks(dataset, findings, report.summary)].join('')).toBe(whole);
    }
  });
});
