// docs/examples/validate-with-standard-schema.ts
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { CountSchema } from 'swapledger';

// Any library that accepts a Standard Schema accepts the package's schemas. A minimal consumer:
function validate<T>(schema: StandardSchemaV1<unknown, T>, input: unknown): T {
  const result = schema['~standard'].validate(input);
  if (result instanceof Promise) throw new Error('asynchronous validation is not expected here');
  if (result.issues) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

export const count = validate(CountSchema, { low: 2201, high: null, wording: 'over 2,200' });
if (count === null || !('low' in count) || count.low !== 2201) throw new Error('unexpected value');
