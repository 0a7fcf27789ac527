import { BIDI_CONTROLS, escapedControl } from '../../_lib/bidi.js';

// The controls HTML allows in no document (C0 but tab and line breaks, and DEL), and the
// bidirectional ones; text from the data also escapes the five characters markup reads.
const CONTROLS = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F${BIDI_CONTROLS}]`,
  'g',
);
const TO_ESCAPE = new RegExp(`[&<>"'${CONTROLS.source.slice(1)}`, 'g');
const BIDI = new RegExp(`[${BIDI_CONTROLS}]`);

/**
 * Text from the data made safe for HTML: `&`, `<`, `>`, `"` and `'` become character references,
 * so a name such as `<script>` stays text, inside an element or a quoted attribute; every C0
 * control but tab, line feed and carriage return (NUL among them), and DEL, becomes U+FFFD, since
 * HTML allows none of them in a document; and a bidirectional control is written out as an escape
 * (`\u202e`), so that no name can reorder the figures of a sentence on the page.
 *
 * @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(
    TO_ESCAPE,
    (c) => ENTITIES[c] ?? (BIDI.test(c) ? escapedControl(c) : '\uFFFD'),
  );
}

/**
 * Replaces the controls HTML allows nowhere with U+FFFD, and writes out the bidirectional ones (see
 * {@link escapeHtml}), in markup made elsewhere (the charts' SVG, which Plot writes through
 * linkedom).
 *
 * @internal
 */
export function replaceControls(markup: string): string {
  return markup.replace(CONTROLS, (c) => (BIDI.test(c) ? escapedControl(c) : '\uFFFD'));
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * A URL from the data as a link target, only when it is an absolute `http:` or `https:` address;
 * anything else (`javascript:`, `data:`, relative paths, text that is no URL) gives `undefined`,
 * and the address is then shown as text only.
 *
 * @internal
 */
export function safeHref(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url.trim())) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link to a source address, opened in a new tab without giving the page a handle on this one;
 * the address as text when it may not be a link.
 *
 * @internal
 */
export function sourceLink(url: string, label?: string): string {
  const href = safeHref(url);
  const text = escapeHtml(label ?? url);
  return href === undefined
    ? `<span class="url">${text}</span>`
    : `<a class="url" href="${escapeHtml(href)}" rel="noopener noreferrer external" target="_blank">${text}</a>`;
}

/**
 * Text for an attribute that Observable Plot writes through linkedom, which escapes `"` but not
 * `&`, `<` or `>`: those are written as references first, so the browser reads back the text as
 * given and no tag-like text from the data appears in the markup, even inside a quoted attribute.
 *
 * @internal
 */
export function plotAttribute(text: string): string {
  return replaceControls(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
