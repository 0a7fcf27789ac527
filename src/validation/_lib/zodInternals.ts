// The parts of zod's internals (zod 4: `schema._zod`) that the compiled parser and the issue walk
// read, typed once for both.

/** An issue as zod's checks raise it, before zod gives it its path and message. */
export interface RawIssue {
  code: string;
  path?: PropertyKey[];
  continue?: boolean;
  schema?: unknown;
  [key: string]: unknown;
}

/** What zod passes through a schema's run: the value so far and the issues raised. */
export interface Payload {
  value: unknown;
  issues: RawIssue[];
}

/** A schema's definition, or a check's: the fields read here. */
export interface Def {
  type: string;
  check?: string;
  format?: string;
  pattern?: RegExp;
  maximum?: number;
  minimum?: number;
  value?: unknown;
  inclusive?: boolean;
  when?: (payload: Payload) => boolean;
  checks?: Schema[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  options?: Schema[];
  innerType?: Schema;
  discriminator?: string;
  unionFallback?: boolean;
  /** The schema's or check's own error map. */
  error?: (issue: unknown) => unknown;
  abort?: boolean;
}

/** A zod schema or check, seen through its internals. */
export interface Schema {
  _zod: {
    def: Def;
    traits: Set<string>;
    run: ((payload: Payload, ctx: object) => Payload) & { hardened?: boolean };
    check?: (payload: Payload) => unknown;
    values?: Set<unknown>;
    propValues?: Record<string, Set<unknown>>;
    innerType?: Schema;
    optin?: string;
    optout?: string;
  };
}

/** The context zod's `safeParse` runs with. */
export const SYNC = { async: false } as const;

/** Runs a schema as zod's `safeParse` does, without the result wrapper. */
export function runWithZod(schema: Schema, value: unknown): Payload {
  const result = schema._zod.run({ value, issues: [] }, SYNC);
  if (result instanceof Promise) throw new TypeError('asynchronous schema');
  return result;
}
