/**
 * Builds the embedded sample dataset (src/sample/sample-dataset.json) from the reference file of
 * reported figures, ../shared/reference/reported-exchanges-2022-2023.json, through the sheet
 * importer and the mapping in src/sample/reference-mapping.json: no rule of its own lives here.
 * It refuses to write when a row is refused or the dataset does not validate. Run with
 * `npm run sample` and commit the output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSheet, readSheet, type SheetMapping } from '../src/sheet/index.js';

const ROOT = join(import.meta.dirname, '..');
const REFERENCE = join(ROOT, '..', 'shared', 'reference', 'reported-exchanges-2022-2023.json');
const MAPPING = join(ROOT, 'src', 'sample', 'reference-mapping.json');
const OUT = join(ROOT, 'src', 'sample', 'sample-dataset.json');

const mapping = JSON.parse(readFileSync(MAPPING, 'utf8')) as SheetMapping;
const read = readSheet(readFileSync(REFERENCE, 'utf8'), mapping);
const { dataset, report } = importSheet(read.rows, mapping, { strict: true });
const refused = [...read.refused, ...report.refused];
for (const p of [...refused, ...report.guessed])
  console.error(`${REFERENCE}:${p.line}: ${p.column}: ${p.code} ${p.message}`);
if (refused.length > 0) {
  console.error(`${refused.length} rows refused; the sample is not written`);
  process.exit(1);
}
writeFileSync(OUT, `${JSON.stringify(dataset, null, 1)}\n`);
console.log(
  `wrote ${OUT}: ${report.taken} of ${report.rows} rows taken, ${report.guessed.length} guesses; ${dataset.exchanges.length} exchanges, ${dataset.claims.length} claims, ${dataset.sources.length} sources`,
);
