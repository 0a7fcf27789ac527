import { model } from '../validation/_lib/model.js';
import * as z from 'zod';
import { LanguageSchema, OptionalIdSchema, UrlSchema } from '../_lib/fields.js';
import { OptionalDateSchema } from '../date/_lib/optionalDate.js';

/**
 * The media a statement can be published in.
 *
 * @example
 * ```ts
 * import { MEDIA } from 'swapledger';
 * MEDIA.includes('telegram'); // true
 * ```
 */
export const MEDIA = [
  'telegram',
  'social-media',
  'press-release',
  'statement',
  'press-conference',
  'interview',
  'video',
  'tv',
  'news-report',
  'website',
  'speech',
  'other',
] as const;

/**
 * The zod schema of a {@link Citation}.
 *
 * @example
 * ```ts
 * import { CitationSchema } from 'swapledger';
 * CitationSchema.safeParse({ url: 'https://example.org/report', medium: 'news-report', language: 'en' }).success; // true
 * CitationSchema.safeParse({ url: 'not a url' }).success; // false
 * ```
 */
export const CitationSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    url: UrlSchema,
    outlet: z.string().min(1).max(300).exactOptional(),
    medium: z.enum(MEDIA).exactOptional(),
    publishedOn: OptionalDateSchema,
    quote: z.string().max(2000).exactOptional(),
    language: LanguageSchema.exactOptional(),
    reportedBy: OptionalIdSchema,
  }),
);

/**
 * Where a statement can be read: the address, the outlet, the medium, when it was published, a
 * short quote and its language. For a statement reported second-hand, the claim's source is who
 * said it and `reportedBy` is the source (usually an outlet) that reported it.
 *
 * @example
 * ```ts
 * import type { Citation } from 'swapledger';
 * const viaAgency: Citation = {
 *   url: 'https://ukranews.com/en/news/905555-number-of-soldiers-whom-russia-holds-captive',
 *   medium: 'news-report',
 *   reportedBy: 'ukrainian-news-agency',
 * };
 * ```
 */
export type Citation = z.output<typeof CitationSchema>;

/**
 * What CitationSchema accepts, before parsing: the same fields as {@link Citation}, with dates as plain
 * strings. Type a form's or a request's values with it, and get a {@link Citation} from the schema.
 *
 * @example
 * ```ts
 * import { safeCreateCitation, type CitationInput } from 'swapledger';
 * const read = (values: CitationInput) => safeCreateCitation(values); // a Citation when it is valid
 * ```
 */
export type CitationInput = z.input<typeof CitationSchema>;
