/**
 * The package's main job: audits the embedded sample dataset of reported Russia–Ukraine exchanges
 * and prints the findings, most serious first, with a summary and the all-for-all assessment.
 * Run with `npm run report`.
 */
import { assessAllForAll, audit, SEVERITIES, type Finding } from '../src/index.js';
import { loadSampleDataset } from '../src/sample/index.js';

const dataset = loadSampleDataset();
const report = audit(dataset);

console.log(`${dataset.title ?? 'dataset'}`);
console.log(
  `${dataset.exchanges.length} exchanges, ${dataset.claims.length} claims, ${dataset.sources.length} sources\n`,
);
for (const severity of SEVERITIES) {
  const findings = report.findings.filter((f: Finding) => f.severity === severity);
  if (findings.length === 0) continue;
  console.log(`${severity.toUpperCase()} (${findings.length})`);
  for (const finding of findings) console.log(`  [${finding.code}] ${finding.message}`);
  console.log('');
}
const counts = Object.entries(report.summary.byCode).map(([code, n]) => `${code} ${n}`);
console.log(
  `Summary: ${SEVERITIES.map((s) => `${report.summary.bySeverity[s]} ${s}`).join(', ')} (${counts.join(', ')})\n`,
);

const balance = assessAllForAll(dataset, { parties: ['UA', 'RU'] });
console.log(`All for all: ${balance.message}`);
for (const u of balance.uncertainties) console.log(`  uncertain: ${u.message}`);
