/** A value's own property, never one it inherits (`__proto__`, `constructor` …): for raw input. */
export const own = (value: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
