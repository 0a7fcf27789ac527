import * as t from 'io-ts';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { formatPath } from '../validation/formatPath.js';

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  try {
    for (const key of path) {
      if (current === null || typeof current !== 'object') return undefined;
      current = (current as Record<string | number, unknown>)[key];
    }
    return current;
  } catch {
    return undefined;
  }
}

/**
 * Makes an io-ts codec from one of the package's validators. `decode` runs the validator; each
 * issue becomes an io-ts error whose context continues the caller's context along the issue's
 * path (so `PathReporter` and other io-ts tooling show where the problem is), with the package's
 * message, prefixed by the full path. `is` agrees with `decode`, and `encode` is the identity: the
 * models are plain JSON.
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
      return t.failures(
        result.error.map((issue) => {
          const inner = issue.path.map((key, i) => ({
            key: String(key),
            type: t.unknown,
            actual: valueAt(input, issue.path.slice(0, i + 1)),
          }));
          const full = [...outer, ...issue.path.map(String)];
          return {
            value: valueAt(input, issue.path),
            context: [...context, ...inner],
            message: `${full.length === 0 ? name : formatPath(full.map((k) => (/^\d+$/.test(k) ? Number(k) : k)))}: ${issue.message} [${issue.code}]`,
          };
        }),
      );
    },
    t.identity,
  );
}
