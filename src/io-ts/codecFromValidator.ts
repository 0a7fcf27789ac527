import * as t from 'io-ts';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { formatPath } from '../validation/formatPath.js';
import { ownField, printable, UNREADABLE } from './_lib/printable.js';

/** A place in the decoded value: what is there, read once, and its printable copy, made once. */
interface Spot {
  readonly value: unknown;
  readonly next: Map<string, Spot>;
  copy?: { value: unknown };
}

const spot = (value: unknown): Spot => ({ value, next: new Map() });

/** The place one step below `at`, read without running getters; an unreadable one is noted. */
function below(at: Spot, key: string): Spot {
  let next = at.next.get(key);
  if (!next) {
    let value: unknown;
    if (typeof at.value === 'object' && at.value !== null) {
      try {
        value = ownField(at.value, key);
      } catch {
        value = UNREADABLE;
      }
    }
    next = spot(value);
    at.next.set(key, next);
  }
  return next;
}

/** What an error shows of the value at a place: a small copy, safe to print (see printable). */
function shown(at: Spot): unknown {
  at.copy ??= { value: printable(at.value) };
  return at.copy.value;
}

/**
 * Makes an io-ts codec from one of the package's validators. `decode` runs the validator; each
 * issue becomes an io-ts error whose context continues the caller's context along the issue's
 * path (so `PathReporter` and other io-ts tooling show where the problem is), with the package's
 * message, prefixed by the full path. An error's `value`, and the `actual` of the context entries
 * it adds, are never the input itself but a small copy of plain data that is safe to print (a
 * hostile Proxy, a cycle or a throwing `toString` becomes a short description); getters are not
 * run to make it. `is` agrees with `decode`, and `encode` is the identity: the models are plain
 * JSON.
 *
 * @param name - The codec's name, as io-ts reports it.
 * @param validate - A validator that never throws.
 * @returns The codec.
 * @example
 * ```ts
 * import { codecFromValidator } from 'swapledger/io-ts';
 * import { safeParseDataset } from 'swapledger';
 * const ValidDatasetC = codecFromValidator('ValidDataset', safeParseDataset);
 * ValidDatasetC.is({ format: 'swapledger/1', parties: [], sources: [], exchanges: [], claims: [] }); // true
 * ```
 */
export function codecFromValidator<A>(
  name: string,
  validate: (input: unknown) => Result<A, readonly Issue[]>,
): t.Type<A, A, unknown> {
  return new t.Type<A, A, unknown>(
    name,
    (input: unknown): input is A => validate(input).success,
    (input, context) => {
      const result = validate(input);
      if (result.success) return t.success(result.data);
      const outer = context
        .slice(1)
        .map((entry) => entry.key)
        .filter((key) => key !== '');
      const root = spot(input);
      return t.failures(
        result.error.map((issue) => {
          let at = root;
          const inner = issue.path.map((key) => {
            at = below(at, String(key));
            return { key: String(key), type: t.unknown, actual: shown(at) };
          });
          const full = [...outer, ...issue.path.map(String)];
          return {
            value: shown(at),
            context: [...context, ...inner],
            message: `${full.length === 0 ? name : formatPath(full.map((k) => (/^\d+$/.test(k) ? Number(k) : k)))}: ${issue.message} [${issue.code}]`,
          };
        }),
      );
    },
    t.identity,
  );
}
