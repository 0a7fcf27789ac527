/**
 * The package's main job until the audit report exists: reads figures as they were actually
 * reported about Russia–Ukraine exchanges and prints the counts they stand for, then does the
 * interval arithmetic on the 26 April 2023 swap. Run with `npm run demo`.
 */
import {
  compareCounts,
  exact,
  explainCount,
  formatCount,
  gapBetweenCounts,
  isKnownCount,
  sumCounts,
} from '../src/index.js';

const reported = [
  ['over 2,200', 'POWs brought home since February 2022 (press summary, April 2023)'],
  ['2,238', 'people freed from captivity (President of Ukraine, November 2022)'],
  ['did not go beyond 100', 'POWs in any single swap up to April 2023'],
  ['hundreds of Ukrainian POWs', 'held in a PMC Wagner prison (Russian human-rights activist)'],
  ['thousands if not tens of thousands', 'Ukrainian civilians through detention "basements"'],
  ['more than 6,000', 'Ukrainian troops held by Russia (Russian Defence Ministry, June 2022)'],
  ['almost 1,000', 'freed so far, a rounding of 978 (Ukrainian deputy defence minister, Oct 2022)'],
  ['понад 2200', '"over 2,200" in Ukrainian'],
  ['десятки тысяч', '"tens of thousands" in Russian'],
] as const;

console.log('How reported wording reads (lexicon swapledger@1.0.0)\n');
for (const [text, what] of reported) {
  const { count, entries } = explainCount(text);
  console.log(`  ${JSON.stringify(text).padEnd(38)} → ${formatCount(count).padEnd(18)} ${what}`);
  if (entries.length > 0) console.log(`  ${''.padEnd(41)}${entries.join('; ')}`);
}

console.log('\nThe 26 April 2023 exchange');
const breakdown = [exact(36), exact(6), exact(2)];
const toUkraine = exact(44);
const toRussia = exact(40);
const total = sumCounts(breakdown);
console.log(
  `  returned to Ukraine: 36 soldiers and sergeants + 6 officers + 2 civilians = ${formatCount(total)}`,
);
console.log(
  `  breakdown against the stated total of ${formatCount(toUkraine)}: ${compareCounts(total, toUkraine)}`,
);
console.log(`  returned to Russia (its Defence Ministry): ${formatCount(toRussia)}`);
console.log(`  the two sides' figures differ by ${gapBetweenCounts(toUkraine, toRussia)} people`);

const overall = explainCount('over 2,200').count;
if (isKnownCount(overall)) {
  console.log(
    `\n  "over 2,200" and the 2,238 freed by November 2022 agree: ${compareCounts(overall, exact(2238)) === 'indeterminate' ? 'yes, the intervals overlap' : 'no'}`,
  );
}
