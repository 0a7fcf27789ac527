/** A value's own property, never one it inherits (`__proto__`, `constructor` …): for raw input. */
export const own = (value: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;

/** Whether raw input is an object with fields: not `null`, not a list. */
export const isObject = (value: unknown): value is Record<PropertyKey, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
