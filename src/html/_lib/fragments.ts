import type { Finding } from '../../audit/Finding.js';
import type { Claim } from '../../claim/ClaimSchema.js';
import { escapeHtml, safeHref, sourceLink } from './escape.js';
import { SYMBOLS, VOICES, voiceLabel, type ReportContext, type Voice } from './context.js';

/** Links to the findings listed on the page, by code; plain codes for those left off the list. @internal */
export function findingLinks(ctx: ReportContext, findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const anchor = ctx.findingAnchors.get(f.id);
      const label = `<span class="sev sev-${f.severity}">${escapeHtml(f.severity)}</span> ${escapeHtml(f.code)}`;
      return anchor === undefined ? label : `<a href="#${anchor}">${label}</a>`;
    })
    .join('<br>');
}

/** The citations of a claim as links (only http and https addresses become links). @internal */
export function citationLinks(claim: Claim): string {
  const citations = claim.citations ?? [];
  if (citations.length === 0) return '<span class="muted">no citation</span>';
  return citations
    .map((c) => sourceLink(c.url, c.outlet ? `${c.outlet}: ${shortUrl(c.url)}` : shortUrl(c.url)))
    .join('<br>');
}

/**
 * The host a link to the address goes to, as the browser reads it: what comes before an `@` is a
 * user name ("https://kyivindependent.com:x@example.org/" goes to example.org), and a host in
 * other letters than ASCII is shown in its `xn--` form, which no look-alike letter can imitate.
 * `rest` is what follows the host: the port, the path, the query.
 * Undefined for what is no http(s) address.
 */
function linkHost(url: string): { host: string; rest: string } | undefined {
  const href = safeHref(url);
  if (href === undefined) return undefined;
  const { hostname: host, port, pathname, search, hash } = new URL(href);
  // The rest as the browser reads it too (a \ is a /), its escapes decoded for reading.
  let path = `${pathname === '/' && search === '' && hash === '' ? '' : pathname}${search}${hash}`;
  try {
    path = decodeURI(path);
  } catch {
    // An escape that is no UTF-8 stays as written.
  }
  return { host, rest: `${port === '' ? '' : `:${port}`}${path}` };
}

/**
 * An address shortened for a table cell: its host, whole (a cut host could read as another), and
 * the start of its path. @internal
 */
export function shortUrl(url: string): string {
  const link = linkHost(url);
  if (link === undefined) return cut(url.replace(/^https?:\/\//i, ''), 60);
  return `${link.host}${cut(link.rest, Math.max(60 - link.host.length, 4))}`;
}

/** Text of at most `max` characters, ending in "…" when cut. */
const cut = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 3)}…` : text;

/** The host of an address, for a short link text ("kyivindependent.com"); the address when it has none. @internal */
export function hostOf(url: string): string {
  const link = linkHost(url);
  // "www." goes only where a name with a dot is left: never "com" for www.com.
  return link ? link.host.replace(/^www\.(?=[^.]+\.[^.])/, '') : shortUrl(url);
}

/** A key to the colours and shapes of the voices, as text with a swatch each. @internal */
export function voiceLegend(ctx: ReportContext, voices: readonly Voice[] = VOICES): string {
  const items = voices
    .map(
      (v) =>
        `<li><span class="swatch shape-${SYMBOLS[v]} v-${v}" aria-hidden="true"></span>${escapeHtml(voiceLabel(ctx, v))}</li>`,
    )
    .join('');
  return `<ul class="legend" aria-label="Key to the sources' colours and shapes">${items}</ul>`;
}

/** A note that a list or chart shows part of the data, when it does. @internal */
export function limitNote(shown: number, total: number, what: string, rest: string): string {
  return shown < total
    ? `<p class="note">Showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${escapeHtml(what)}. ${escapeHtml(rest)}</p>`
    : '';
}

/** Picks at most `limit` items spread evenly over a list, keeping the first and the last. @internal */
export function spread<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  if (limit <= 1) return items.slice(0, Math.max(0, limit));
  const out: T[] = [];
  for (let i = 0; i < limit; i += 1)
    out.push(items[Math.round((i * (items.length - 1)) / (limit - 1))] as T);
  return out;
}
