import { fast } from '../validation/_lib/fast.js';
import type * as t from 'io-ts';
import type * as z from 'zod';
import { fromZod } from '../validation/_lib/fromZod.js';
import { fail, ok } from '../result/_lib/result.js';
import { safely } from '../validation/_lib/safely.js';
import { codecFromValidator } from './codecFromValidator.js';
import { runsUserCode } from './_lib/runsUserCode.js';

/**
 * The one generic adapter from a zod schema to an io-ts codec: every codec of `swapledger/io-ts`
 * is made by it, so each model's rules are written once, in its zod schema. The codec reports the
 * same paths as the zod schema, with the package's issue codes and messages. Each decode runs each
 * of the schema's checks once, as zod does: a schema with code of the user's in it (a refine, an
 * overwrite, a transform, a default…) is parsed by zod alone, and any other by the package's
 * compiled parser.
 *
 * @param schema - A zod schema.
 * @param name - The codec's name.
 * @returns The codec.
 * @example
 * ```ts
 * import { codecFromZod } from 'swapledger/io-ts';
 * import { z } from 'zod';
 * const Ids = codecFromZod(z.array(z.string()), 'Ids');
 * Ids.is(['a', 'b']); // true
 * ```
 */
export function codecFromZod<S extends z.ZodType>(
  schema: S,
  name: string,
): t.Type<z.output<S>, z.output<S>, unknown> {
  // Decided on first use, when any lazy part of the schema can be resolved.
  let byZod: boolean | undefined;
  return codecFromValidator(name, (input) =>
    safely(() => {
      byZod ??= runsUserCode(schema);
      const parsed = byZod ? schema.safeParse(input) : fast(schema).safeParse(input);
      return parsed.success ? ok(parsed.data) : fail(fromZod(parsed.error.issues, input));
    }),
  );
}
