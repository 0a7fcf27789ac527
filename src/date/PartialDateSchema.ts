import { model } from '../validation/_lib/model.js';
import { checkPartialDate } from './_lib/checkPartialDate.js';
import * as z from 'zod';
import { isRealDate, PARTIAL_DATE_PATTERN, readDate } from './_lib/calendar.js';
import { refine } from '../validation/_lib/verdicts.js';
import * as messages from '../_lib/messages.js';
import type { PartialDate } from './PartialDate.js';

/**
 * The zod schema of a {@link PartialDate}: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real Gregorian date
 * (no month 13, no 30 February, no year 0000).
 *
 * @example
 * ```ts
 * import { PartialDateSchema } from 'swapledger';
 * PartialDateSchema.safeParse('2023-04').success; // true
 * PartialDateSchema.safeParse('2023-02-30').success; // false
 * ```
 */
export const PartialDateSchema = /* @__PURE__ */ model(
  () =>
    refine(
      z.string().regex(PARTIAL_DATE_PATTERN, {
        error: (issue) => messages.partialDateFormat(String(issue.input)),
        abort: true,
      }),
      isRealDate,
      (value, ctx) => {
        const read = readDate(value);
        if ('code' in read) {
          ctx.addIssue({
            code: 'custom',
            message: read.message,
            params: { swapledger: read.code },
          });
        }
      },
    ) as unknown as z.ZodType<PartialDate, string>,
  // Its Standard Schema is safeAssertPartialDate's check, in the words of dates.
  () => checkPartialDate,
);
