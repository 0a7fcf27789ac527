// docs/examples/validate-with-io-ts.ts
import { pipe } from 'fp-ts/lib/function.js';
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { CountC, PartialDateC } from 'swapledger/io-ts';

// The package's codecs compose inside your own.
const Report = t.type({ headline: t.string, date: PartialDateC, returned: CountC });

const decoded = Report.decode({
  headline: 'Swap',
  date: '2023-04-26',
  returned: { low: 44, high: 36 },
});
export const messages = pipe(
  decoded,
  E.match(
    () => PathReporter.report(decoded),
    () => [],
  ),
);
if (
  messages[0] !==
  'returned.low: low (44) is above high (36); a count is an interval low..high [low-above-high]'
) {
  throw new Error(`unexpected report: ${messages.join('; ')}`);
}
