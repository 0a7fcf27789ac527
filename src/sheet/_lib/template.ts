/**
 * Fills `{name}` placeholders in a string from a lookup; `{name:2}` pads a number to two digits.
 * Returns undefined when a placeholder has no value, so that the caller can say which.
 *
 * @internal
 */
export function fillTemplate(
  template: string,
  lookup: (name: string) => string | undefined,
  missing?: (name: string) => void,
): string | undefined {
  let gap = false;
  const out = template.replace(/\{([^{}:]+)(?::(\d+))?\}/g, (_, name: string, pad?: string) => {
    const value = lookup(name);
    if (value === undefined || value === '') {
      gap = true;
      missing?.(name);
      return '';
    }
    return pad === undefined ? value : value.padStart(Number(pad), '0');
  });
  return gap ? undefined : out;
}

/**
 * Fills every string of a JSON template (a subject) from a lookup. A string that is one
 * placeholder whose value is a list (`{parties}`) becomes that list.
 *
 * @internal
 */
export function fillJson(
  template: unknown,
  lookup: (name: string) => string | readonly string[] | undefined,
  missing: (name: string) => void,
): unknown {
  if (typeof template === 'string') {
    const whole = /^\{([^{}:]+)\}$/.exec(template);
    if (whole !== null) {
      const value = lookup(whole[1] as string);
      if (Array.isArray(value)) return value;
    }
    return (
      fillTemplate(
        template,
        (name) => {
          const v = lookup(name);
          return Array.isArray(v) ? v.join('|') : (v as string | undefined);
        },
        missing,
      ) ?? ''
    );
  }
  if (Array.isArray(template)) return template.map((t) => fillJson(t, lookup, missing));
  if (template !== null && typeof template === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(template))
      out[key] = fillJson(value, lookup, missing);
    return out;
  }
  return template;
}
