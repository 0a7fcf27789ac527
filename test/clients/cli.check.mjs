// The installed `swapledger` command in the pipelines people put it in: a reader that stops
// early, programs that parse --format json, several files at once, compressed or BOM-prefixed
// input, colour by the usual environment variables, phrases fed one a line. Runs against the
// packed tarball's own bin, as a user's shell would.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultLexicon } from 'swapledger';
import { loadSampleDataset } from 'swapledger/sample';
import { check, run } from './_lib.mjs';

const BIN = join(process.cwd(), 'node_modules', '.bin', 'swapledger');
const DIR = join(process.cwd(), 'cli-data');
mkdirSync(DIR, { recursive: true });

// Colour is chosen by these; each case sets what it tests and nothing leaks in from outside.
const plainEnv = { ...process.env };
delete plainEnv.NO_COLOR;
delete plainEnv.FORCE_COLOR;

const swapledger = (args, { input, env = {} } = {}) =>
  run(BIN, args, { cwd: DIR, input, env: { ...plainEnv, ...env }, maxBuffer: 2 ** 28 });

const file = (name, content) => {
  writeFileSync(join(DIR, name), content);
  return name;
};

const assert = (condition, message, extra) => {
  if (!condition)
    throw new Error(
      `${message}${extra === undefined ? '' : `\n${JSON.stringify(extra, null, 2)}`}`,
    );
};
const BOM = '\uFEFF';
const ESC = '\u001b[';
const noStack = (text) => assert(!/\n\s+at /.test(text), 'a stack trace was printed', text);
const parsed = (out) => {
  try {
    return JSON.parse(out.stdout);
  } catch {
    throw new Error(`stdout is not one JSON document:\n${out.stdout}\n---stderr---\n${out.stderr}`);
  }
};

// The data: the embedded sample as JSON and as NDJSON, and broken copies of it.
const sample = loadSampleDataset();
const ndjsonLines = [JSON.stringify({ header: { format: sample.format, title: sample.title } })];
for (const [kind, list] of [
  ['party', sample.parties],
  ['source', sample.sources],
  ['cohort', sample.cohorts ?? []],
  ['agreement', sample.agreements ?? []],
  ['exchange', sample.exchanges],
  ['claim', sample.claims],
]) {
  for (const record of list) ndjsonLines.push(JSON.stringify({ [kind]: record }));
}
const ndjson = `${ndjsonLines.join('\n')}\n`;
file('ok.json', JSON.stringify(sample, null, 2));
file('ok.ndjson', ndjson);

// A value no sample record holds, so that its place in the file can be found from here.
const MARK = 987654;
const badClaims = sample.claims.map((claim, i) =>
  i === 3 ? { ...claim, value: { low: MARK, high: 1 } } : claim,
);
const badJsonText = JSON.stringify({ ...sample, claims: badClaims }, null, 2);
file('bad.json', badJsonText);
const badLines = [...ndjsonLines];
const lastClaim = JSON.parse(badLines[badLines.length - 1]).claim;
badLines.splice(
  6,
  0,
  JSON.stringify({ claim: { ...lastClaim, id: 'bad-value', value: { low: MARK, high: 1 } } }),
);
const badNdjson = `${badLines.join('\n')}\n`;
file('bad.ndjson', badNdjson);
file('broken.json', '{\n  "format": "swapledger/1",\n  "parties": [,]\n}\n');
file('invalid.json', '{}\n');

/** Line and column (1-based) of an offset in a text. */
const lineColumn = (text, offset) => {
  const before = text.slice(0, offset);
  return [before.split('\n').length, offset - before.lastIndexOf('\n')];
};

/** Spawns the command and closes the read end of its stdout after the first bytes arrive. */
function closedEarly(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN, args, { cwd: DIR, env: plainEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stderr }));
  });
}

// 1. A reader that stops early.
const MANY = 20_000;
file(
  'many.ndjson',
  `${[ndjsonLines[0], ...Array.from({ length: MANY }, (_, i) => JSON.stringify({ planet: { i } }))].join('\n')}\n`,
);
await check('a closed stdout ends validate quietly, with status 141 (128 + SIGPIPE)', async () => {
  for (let i = 0; i < 3; i += 1) {
    const out = await closedEarly(['validate', 'many.ndjson', '--max-errors', String(MANY)]);
    assert(out.stderr === '', 'something was written on stderr', out);
    assert(out.status === 141, `status ${out.status} (signal ${out.signal}), not 141`, out);
  }
});
// The sample with its claims copied forty times: a report far longer than a pipe's buffer.
const big = { ...sample, claims: [...sample.claims] };
for (let i = 0; i < 40; i += 1)
  for (const claim of sample.claims) big.claims.push({ ...claim, id: `${claim.id}/copy-${i}` });
file('big.json', JSON.stringify(big));
await check('a closed stdout ends report --format json quietly, with status 141', async () => {
  const out = await closedEarly(['report', 'big.json', '--format', 'json']);
  assert(out.stderr === '', 'something was written on stderr', out);
  assert(out.status === 141, `status ${out.status} (signal ${out.signal}), not 141`, out);
});
await check('`swapledger report … | head -1` prints one line and nothing on stderr', () => {
  const out = run('sh', ['-c', `"${BIN}" report big.json | head -1`], { cwd: DIR, env: plainEnv });
  assert(out.stderr === '', 'something was written on stderr', out.stderr);
  assert(out.stdout.split('\n').length === 2, 'not one line', out.stdout.slice(0, 500));
});
await check('`swapledger validate … | head -1` prints one line and nothing on stderr', () => {
  const out = run('sh', ['-c', `"${BIN}" validate many.ndjson --max-errors ${MANY} | head -1`], {
    cwd: DIR,
    env: plainEnv,
  });
  assert(out.stderr === '', 'something was written on stderr', out.stderr);
  assert(out.stdout.split('\n').length === 2, 'not one line', out.stdout.slice(0, 500));
});

// 2. --format json prints one JSON document, whatever happens.
await check('report --format json of an invalid dataset prints its issues as JSON', () => {
  const out = swapledger(['report', 'invalid.json', '--format', 'json']);
  const doc = parsed(out);
  assert(out.status === 1, `status ${out.status}`);
  assert(Array.isArray(doc.issues) && doc.issues.length > 0, 'no issues', doc);
  assert(
    doc.issues.every((i) => i.file === 'invalid.json' && typeof i.code === 'string'),
    'issue shape',
    doc,
  );
  assert(typeof doc.error?.message === 'string', 'no error message', doc);
});
await check('report --format json of a file that is not JSON gives the place it breaks', () => {
  const out = swapledger(['report', 'broken.json', '--format', 'json']);
  const doc = parsed(out);
  assert(out.status === 1, `status ${out.status}`);
  assert(doc.issues?.[0]?.line === 3 && doc.issues[0].column === 15, 'line 3, column 15', doc);
});
await check('report and validate --format json of a missing file print JSON with the error', () => {
  for (const command of ['report', 'validate']) {
    const out = swapledger([command, 'missing.json', '--format', 'json']);
    const doc = parsed(out);
    assert(out.status === 2, `${command}: status ${out.status}`);
    assert(JSON.stringify(doc).includes('no such file'), `${command}: no reason`, doc);
    assert(out.stderr.includes('missing.json: no such file'), `${command}: stderr`, out.stderr);
  }
});
await check('validate --format json of a file that is not JSON lists it as an issue', () => {
  const out = swapledger(['validate', 'broken.json', '--format', 'json']);
  const doc = parsed(out);
  assert(out.status === 1 && doc.valid === false, 'not invalid', doc);
  assert(doc.issues[0]?.file === 'broken.json' && doc.issues[0].line === 3, 'no line 3', doc);
});
await check('usage errors after --format json print JSON too', () => {
  for (const args of [
    ['validate', '--format', 'json', '--max-errors', 'many'],
    ['report', '--format=json', '--only', 'nonsense'],
    ['report', '--format', 'json', '--bogus'],
    ['report', 'a.json', 'b.json', '--format', 'json'],
    ['parse', '--format', 'json', '--lexicon'],
    // A broken --format after one asking for JSON is the usage error, told as JSON.
    ['--format', 'json', 'validate', 'a.json', '--format'],
    ['validate', '--format', 'json', '--format'],
    ['--format', 'json', 'validate', '--format', 'yaml', 'a.json'],
  ]) {
    const out = swapledger(args);
    const doc = parsed(out);
    assert(out.status === 2, `${args.join(' ')}: status ${out.status}`);
    assert(typeof doc.error?.message === 'string', `${args.join(' ')}: no error`, doc);
    noStack(out.stderr);
  }
});

// 3. Help on every command.
await check('-h and --help print each command’s usage and exit 0', () => {
  for (const command of ['report', 'validate', 'parse']) {
    for (const flag of ['-h', '--help']) {
      for (const args of [
        [command, flag],
        [command, 'missing.json', flag, '--bogus'],
      ]) {
        const out = swapledger(args);
        assert(out.status === 0, `${args.join(' ')}: status ${out.status}`, out);
        assert(
          out.stdout.startsWith(`Usage: swapledger ${command}`),
          `${args.join(' ')}: usage`,
          out,
        );
      }
    }
  }
  const help = swapledger(['help', 'validate']);
  assert(
    help.status === 0 && help.stdout.startsWith('Usage: swapledger validate'),
    'help validate',
    help,
  );
});

// 4. Several files, and issues as file:line:column lines.
await check('validate takes several files and names each in its verdict', () => {
  const out = swapledger(['validate', 'ok.json', 'ok.ndjson']);
  assert(out.status === 0, `status ${out.status}`, out);
  assert(/^ok\.json: [\d,]+ records read: valid$/m.test(out.stdout), 'ok.json verdict', out.stdout);
  assert(
    /^ok\.ndjson: [\d,]+ records read: valid$/m.test(out.stdout),
    'ok.ndjson verdict',
    out.stdout,
  );
});
await check(
  'an invalid file among valid ones gives status 1; an unreadable one 2, the rest still checked',
  () => {
    const one = swapledger(['validate', 'ok.json', 'bad.ndjson']);
    assert(one.status === 1, `status ${one.status}`, one);
    const two = swapledger(['validate', 'ok.json', 'missing.json', 'bad.json']);
    assert(two.status === 2, `status ${two.status}`, two);
    assert(/^ok\.json: .*valid$/m.test(two.stdout), 'ok.json not checked', two);
    assert(/^bad\.json:\d+:\d+: /m.test(two.stdout), 'bad.json not checked', two);
    assert(two.stderr.includes('missing.json: no such file'), 'missing.json not named', two.stderr);
  },
);
await check(
  'issues of a JSON document are file:line:column: code message, at the offending value',
  () => {
    const out = swapledger(['validate', 'bad.json']);
    const [line, column] = lineColumn(badJsonText, badJsonText.indexOf(String(MARK)));
    const expected = `bad.json:${line}:${column}: `;
    const found = out.stdout.split('\n').find((l) => l.includes(String(MARK)));
    assert(found?.startsWith(expected), `expected ${expected}…`, out.stdout);
    assert(
      /^bad\.json:\d+:\d+: [a-z-]+ claims\[3\]\.value\.low: /.test(found),
      'code then path',
      found,
    );
  },
);
await check('issues of NDJSON are at the record’s line, and the value’s column', () => {
  const out = swapledger(['validate', 'bad.ndjson']);
  const column = badLines[6].indexOf(String(MARK)) + 1;
  const found = out.stdout.split('\n').find((l) => l.includes(String(MARK)));
  assert(
    found?.startsWith(`bad.ndjson:7:${column}: `),
    `expected bad.ndjson:7:${column}:`,
    out.stdout,
  );
});
await check('standard input is `-`, named <stdin> in the issue lines', () => {
  const out = swapledger(['validate', '-'], { input: badNdjson });
  assert(out.status === 1, `status ${out.status}`, out);
  assert(
    /^<stdin>:7:(\d+:)? [a-z-]+ claim\.value\.low: /m.test(out.stdout),
    'no <stdin>:7:',
    out.stdout,
  );
  const report = swapledger(['report', '-', '--fail-on', 'none'], { input: ndjson });
  assert(report.status === 0, `report -: status ${report.status}`, report);
});
await check('a JSON syntax error is a file:line:column line too', () => {
  const out = swapledger(['validate', 'broken.json']);
  assert(out.status === 1, `status ${out.status}`, out);
  assert(/^broken\.json:3:15: invalid-input /m.test(out.stdout), 'broken.json:3:15:', out);
});

// 5. A byte-order mark.
await check('a JSON and an NDJSON file starting with a BOM are read', () => {
  for (const [name, text] of [
    ['bom.json', BOM + JSON.stringify(sample)],
    ['bom.ndjson', BOM + ndjson],
    ['bom-ndjson.txt', BOM + ndjson],
  ]) {
    const out = swapledger(['validate', file(name, text)]);
    assert(out.status === 0, `${name}: status ${out.status}`, out);
  }
});
await check('a BOM on standard input, gzip, and a lexicon file is dropped as well', () => {
  const stdin = swapledger(['report', '-', '--fail-on', 'none', '--format', 'json'], {
    input: BOM + ndjson,
  });
  assert(stdin.status === 0, `report -: status ${stdin.status}`, stdin);
  const gz = swapledger(['validate', file('bom.ndjson.gz', gzipSync(BOM + ndjson))]);
  assert(gz.status === 0, `bom.ndjson.gz: status ${gz.status}`, gz);
  const lexicon = swapledger([
    'parse',
    'hundreds',
    '--lexicon',
    file('bom-lexicon.json', BOM + JSON.stringify(defaultLexicon)),
  ]);
  assert(lexicon.status === 0, `lexicon: status ${lexicon.status}`, lexicon);
  const phrases = swapledger(['parse', '--format', 'json'], { input: `${BOM}over 2,200\n` });
  assert(phrases.status === 0 && JSON.parse(phrases.stdout).count.low === 2201, 'phrase', phrases);
});

// 6. Gzip.
await check('gzip input is decompressed: .ndjson.gz, .json.gz, and by its magic bytes', () => {
  for (const [name, bytes] of [
    ['ok.ndjson.gz', gzipSync(ndjson)],
    ['ok.json.gz', gzipSync(JSON.stringify(sample))],
    ['ok-ndjson.data', gzipSync(ndjson)],
    ['ok-json.data', gzipSync(JSON.stringify(sample))],
  ]) {
    const out = swapledger(['validate', file(name, bytes)]);
    assert(out.status === 0, `${name}: status ${out.status}`, out);
    assert(out.stdout.includes('records read: valid'), `${name}: verdict`, out);
  }
  const stdin = swapledger(['validate', '-'], { input: gzipSync(ndjson) });
  assert(stdin.status === 0, `stdin: status ${stdin.status}`, stdin);
  const report = swapledger(['report', 'ok.ndjson.gz', '--format', 'json', '--fail-on', 'none']);
  assert(
    report.status === 0 && parsed(report).summary.bySeverity.error === 2,
    'report of .gz',
    report,
  );
  const bad = swapledger(['validate', file('bad.ndjson.gz', gzipSync(badNdjson))]);
  assert(/^bad\.ndjson\.gz:7:\d+: /m.test(bad.stdout), 'issue lines of a .gz file', bad);
});
await check('a truncated gzip file is refused in one line, no stack', () => {
  const whole = gzipSync(ndjson);
  const out = swapledger(['validate', file('cut.ndjson.gz', whole.subarray(0, whole.length >> 1))]);
  assert(out.status === 1, `status ${out.status}`, out);
  assert(/cut\.ndjson\.gz: .*gzip/.test(out.stdout + out.stderr), 'no reason', out);
  noStack(out.stderr);
});

// 7. Colour.
const colourCases = [
  ['report', '--fail-on', 'none'],
  ['validate', 'bad.ndjson'],
];
await check('no colour when stdout is not a terminal and nothing asks for it', () => {
  for (const args of colourCases) assert(!swapledger(args).stdout.includes(ESC), args.join(' '));
});
await check('FORCE_COLOR colours the severity and the code', () => {
  const report = swapledger(['report', '--fail-on', 'none'], { env: { FORCE_COLOR: '1' } });
  assert(
    // eslint-disable-next-line no-control-regex -- the colour escape is what is looked for
    /\u001b\[[\d;]+mERROR/.test(report.stdout),
    'severity not coloured',
    report.stdout.slice(0, 400),
  );
  const validate = swapledger(['validate', 'bad.ndjson'], { env: { FORCE_COLOR: '1' } });
  assert(
    // eslint-disable-next-line no-control-regex -- the colour escapes are what is looked for
    /^bad\.ndjson:7:\d+: \u001b\[[\d;]+m[a-z-]+\u001b\[/m.test(validate.stdout),
    'code not coloured',
    validate.stdout,
  );
  const json = swapledger(['validate', 'bad.ndjson', '--format', 'json'], {
    env: { FORCE_COLOR: '1' },
  });
  assert(!json.stdout.includes(ESC), 'JSON coloured');
});
await check('NO_COLOR (any non-empty value) turns colour off, even with FORCE_COLOR', () => {
  for (const args of colourCases) {
    const off = swapledger(args, { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    assert(!off.stdout.includes(ESC), `${args.join(' ')} coloured with NO_COLOR`);
    const empty = swapledger(args, { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    assert(empty.stdout.includes(ESC), `${args.join(' ')}: an empty NO_COLOR must not count`);
  }
});
const script = run('sh', ['-c', 'command -v script']).status === 0;
const onTerminal = (command) =>
  run('script', ['-qec', command, '/dev/null'], { cwd: DIR, env: { ...plainEnv, TERM: 'xterm' } });
await check('on a terminal the output is coloured', () => {
  assert(script, '`script` (util-linux; Debian: bsdutils) runs the command on a terminal');
  const out = onTerminal(`"${BIN}" validate bad.ndjson`);
  assert(out.stdout.includes(ESC), 'no colour on a terminal', out.stdout);
  const off = run('script', ['-qec', `"${BIN}" validate bad.ndjson`, '/dev/null'], {
    cwd: DIR,
    env: { ...plainEnv, TERM: 'xterm', NO_COLOR: 'yes' },
  });
  assert(!off.stdout.includes(`${ESC}3`), 'coloured on a terminal with NO_COLOR', off.stdout);
});

// 8. Plurals, and a progress line that goes away.
await check('counts read "1 record", "1 issue", "2 errors"', () => {
  const one = swapledger(['validate', '-'], {
    input: `${ndjsonLines[0]}\n${JSON.stringify({ party: { ...sample.parties[0], kind: 'planet' } })}\n`,
  });
  assert(
    /^<stdin>: 1 record read: 1 issue$/m.test(one.stdout),
    '1 record read: 1 issue',
    one.stdout,
  );
  const report = swapledger(['report', '--fail-on', 'none']);
  assert(
    /Summary: 2 errors, 15 conflicts, \d+ warnings?, \d+ info/.test(report.stdout),
    'summary plurals',
    report.stdout.slice(-400),
  );
});
await check('the progress line on a terminal says "1 error" and is cleared when done', () => {
  assert(script, '`script` (util-linux; Debian: bsdutils) runs the command on a terminal');
  const name = file('one-bad.ndjson', badLines.slice(0, 8).join('\n'));
  const out = onTerminal(`"${BIN}" validate ${name} 2>&1 >/dev/null`);
  const last = out.stdout.lastIndexOf('records/s');
  assert(last !== -1, 'no progress shown', out.stdout);
  assert(/records\/s, 1 error\b/.test(out.stdout), '"1 error"', JSON.stringify(out.stdout));
  assert(
    out.stdout.slice(last).includes(`\r${ESC}K`) && !/records\/s[^\r]*\n/.test(out.stdout),
    'not cleared',
    JSON.stringify(out.stdout),
  );
});

// 9. Phrases from standard input, and a lexicon of one's own.
await check('parse reads phrases from standard input, one result a line', () => {
  const text = swapledger(['parse'], { input: 'over 2,200\nсотні\n\nabout 40\n' });
  assert(text.status === 0, `status ${text.status}`, text);
  assert(text.stdout.trimEnd().split('\n').length === 3, 'one line per phrase', text.stdout);
  const json = swapledger(['parse', '-', '--format', 'json'], { input: 'over 2,200\nсотні\n' });
  const rows = json.stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert(
    rows.length === 2 && rows[1].count.low === 200 && rows[1].text === 'сотні',
    'JSON lines',
    rows,
  );
  const bad = swapledger(['parse', '--format', 'json'], { input: 'over 2,200\na lot\n40\n' });
  assert(bad.status === 1, `a bad phrase: status ${bad.status}`, bad);
  const lines = bad.stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert(
    lines.length === 3 && lines[1].issues?.[0]?.code === 'unreadable-phrase',
    'the bad line',
    lines,
  );
});
await check(
  'parse --lexicon FILE reads with that lexicon, and refuses an invalid one clearly',
  () => {
    const strict = {
      ...defaultLexicon,
      id: 'strict',
      magnitudes: { ...defaultLexicon.magnitudes, hundreds: { low: 200, high: 900 } },
    };
    const name = file('strict.json', JSON.stringify(strict, null, 2));
    const out = swapledger(['parse', 'hundreds', '--format', 'json', '--lexicon', name]);
    assert(out.status === 0, `status ${out.status}`, out);
    assert(parsed(out).count.high === 900, 'not read with the lexicon', out.stdout);
    const badText = JSON.stringify({ ...defaultLexicon, approximateShare: 2 }, null, 2);
    const bad = swapledger(['parse', 'hundreds', '--lexicon', file('bad-lexicon.json', badText)]);
    assert(bad.status === 2, `invalid lexicon: status ${bad.status}`, bad);
    const [line, column] = lineColumn(
      badText,
      badText.indexOf('"approximateShare": 2') + '"approximateShare": '.length,
    );
    assert(
      bad.stderr.includes(`bad-lexicon.json:${line}:${column}: `),
      'where the lexicon is wrong',
      bad.stderr,
    );
    assert(/not a valid lexicon/.test(bad.stderr), 'says the lexicon is invalid', bad.stderr);
    noStack(bad.stderr);
    for (const [what, args] of [
      ['missing', ['--lexicon', 'nowhere.json']],
      ['not JSON', ['--lexicon', 'broken.json']],
    ]) {
      const refused = swapledger(['parse', 'hundreds', ...args]);
      assert(
        refused.status === 2 && /swapledger: .*(no such file|not valid JSON)/.test(refused.stderr),
        what,
        refused,
      );
    }
  },
);

// 10. What an outside tester found: a crash on many issues, bytes that are not UTF-8 taken as
// U+FFFD, lone \r line breaks not counted, two columns for one place, counts without
// separators, and --format before the command taken for the command.
await check('validate lists 130,000 issues of one file, text and JSON, without a crash', () => {
  const lines = [ndjsonLines[0]];
  for (let i = 0; i < 130_000; i += 1)
    lines.push(`{"party": {"id": "p${i}", "name": "x", "kind": "nope"}}`);
  const name = file('parties.ndjson', `${lines.join('\n')}\n`);
  const text = swapledger(['validate', name, '--max-errors', '200000']);
  assert(text.status === 1, `status ${text.status}`, text.stderr);
  noStack(text.stderr);
  assert(text.stderr === '', 'something on stderr', text.stderr.slice(0, 500));
  assert(
    text.stdout.includes(`${name}:130001:`) && text.stdout.endsWith('130,000 issues\n'),
    'the last issue and the count',
    text.stdout.slice(-600),
  );
  const json = parsed(
    swapledger(['validate', '-', '--max-errors', '200000', '--format', 'json'], {
      input: `${lines.join('\n')}\n`,
    }),
  );
  assert(
    json.issues.length === 130_000 && json.issueCount === 130_000,
    'every issue',
    json.issueCount,
  );
});
await check('bytes that are not UTF-8 are an issue at their line and column', () => {
  for (const bytes of [
    [0xff, 0xfe],
    [0xc0, 0xaf],
    [0xed, 0xa0, 0x80],
  ]) {
    const before = '{\n  "format": "swapledger/1",\n  "title": "ж';
    const body = Buffer.concat([
      Buffer.from(before),
      Buffer.from(bytes),
      Buffer.from('",\n  "parties": [], "sources": [], "exchanges": [], "claims": []\n}\n'),
    ]);
    const column = '  "title": "ж'.length + 1;
    const name = file('latin.json', body);
    const out = swapledger(['validate', name]);
    assert(out.status === 1, `status ${out.status}`, out);
    assert(
      out.stdout.startsWith(`latin.json:3:${column}: invalid-input not valid UTF-8`),
      'the issue line',
      out.stdout,
    );
    const gz = parsed(
      swapledger(['validate', file('latin.json.gz', gzipSync(body)), '--format', 'json']),
    );
    assert(gz.issues[0]?.line === 3 && gz.issues[0].column === column, 'gzip, JSON', gz);
    const piped = swapledger(['report', '-'], { input: body });
    assert(
      piped.status === 1 && piped.stdout.includes(`<stdin>:3:${column}: invalid-input`),
      'report from stdin',
      piped,
    );
    assert(!piped.stdout.includes('\uFFFD'), 'U+FFFD printed', piped.stdout);
    const line = Buffer.concat([
      Buffer.from('{"party": {"id": "a", "name": "'),
      Buffer.from(bytes),
      Buffer.from('", "kind": "state"}}'),
    ]);
    const ndjsonBody = Buffer.concat([Buffer.from(`${ndjsonLines[0]}\n`), line, Buffer.from('\n')]);
    const streamed = swapledger(['validate', '-'], { input: ndjsonBody });
    assert(
      streamed.stdout.startsWith('<stdin>:2:32: invalid-input not valid UTF-8'),
      'an NDJSON line from stdin',
      streamed.stdout,
    );
  }
});
await check('a lone \\r is a line break, in JSON positions and in NDJSON lines', () => {
  const mac = file(
    'mac.json',
    '{\r  "format": "swapledger/1",\r  "parties": [],\r  "sources": [],\r  "exchanges": 5,\r  "claims": []\r}\r',
  );
  const out = swapledger(['validate', mac]);
  assert(out.stdout.startsWith('mac.json:5:16: invalid-type exchanges'), 'line 5', out.stdout);
  const lines = swapledger(['validate', file('mac.ndjson', ndjson.replaceAll('\n', '\r'))]);
  assert(
    lines.status === 0 && /records read: valid$/m.test(lines.stdout),
    'NDJSON with \\r',
    lines,
  );
});
await check('the column in an NDJSON issue line and in its message agree', () => {
  const text = `${ndjsonLines[0]}\n  "format": "swapledger/1",\n`;
  const out = swapledger(['validate', file('indented.ndjson', text)]);
  assert(
    out.stdout.startsWith('indented.ndjson:2:11: invalid-input not valid JSON (column 11)'),
    'column 11 twice',
    out.stdout,
  );
  const piped = swapledger(['validate', '-'], { input: text });
  assert(
    piped.stdout.startsWith('<stdin>:2: invalid-input not valid JSON (column 11)'),
    'stdin',
    piped.stdout,
  );
});
await check('the count of issues not printed has thousands separators', () => {
  const out = swapledger(['validate', 'many.ndjson', '--max-errors', '0']);
  assert(
    out.stdout === `… and 20,000 more issues\nmany.ndjson: 0 records read: 20,000 issues\n`,
    '20,000',
    out.stdout,
  );
});
await check('--format and --help before the command', () => {
  const json = swapledger(['--format', 'json', 'validate', 'ok.json']);
  assert(json.status === 0 && parsed(json).valid === true, '--format json validate', json);
  const help = swapledger(['--format', 'json', '-h', 'validate']);
  assert(help.status === 0 && help.stdout.startsWith('Usage: swapledger validate'), 'help', help);
  const other = swapledger(['--format', 'json', '--max-errors', '5', 'validate', 'ok.json']);
  assert(
    other.status === 2 && /goes after the command/.test(parsed(other).error.message),
    'refused',
    other,
  );
});
