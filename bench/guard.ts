// A hand-written guard for a claim record: the practical speed limit a schema library can be
// measured against. It checks the same rules as ClaimSchema, nested records included (shapes,
// unknown keys, lengths, patterns, enums, integer ranges, low <= high, best in range, real dates)
// and, in its second form, lists the problems.
const ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const URL_PATTERN = /^https?:\/\/[^\s]+$/;
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const MEDIA = new Set([
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
]);
const LINK_TYPES = new Set([
  'restates',
  'revises',
  'retracts',
  'contradicts',
  'is-part-of',
  'copies',
]);
const RANKS = new Set(['preferred', 'normal', 'deprecated']);
const SUBJECT_FIELDS: Record<string, readonly string[]> = {
  transferred: ['exchange', 'to', 'transfer', 'category', 'cohort'],
  exchanged: ['exchange', 'category'],
  'returned-total': ['to', 'from', 'since', 'through', 'category', 'cohort'],
  held: ['holder', 'of', 'category', 'onOfficialLists'],
  'captured-total': ['captor', 'of', 'since', 'category'],
  missing: ['of', 'believedHeldBy', 'category'],
  'exchange-count': ['parties', 'since'],
  agreed: ['agreement', 'to', 'category'],
};
const CLAIM_FIELDS = new Set([
  'id',
  'subject',
  'value',
  'source',
  'statedOn',
  'asOf',
  'exchange',
  'citations',
  'breakdown',
  'breakdownComplete',
  'derived',
  'rank',
  'links',
  'note',
]);
const CITATION_FIELDS = new Set([
  'url',
  'outlet',
  'medium',
  'publishedOn',
  'quote',
  'language',
  'reportedBy',
]);
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

type Errors = { path: string; message: string }[] | undefined;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown) => typeof v === 'string' && v.length <= 128 && ID.test(v);
const isText = (v: unknown, max: number, min = 0) =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const isHeadcount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
function isDate(v: unknown): boolean {
  if (typeof v !== 'string' || v.length > 10 || !DATE.test(v)) return false;
  const year = Number(v.slice(0, 4));
  if (year === 0) return false;
  if (v.length === 4) return true;
  const month = Number(v.slice(5, 7));
  if (month < 1 || month > 12) return false;
  if (v.length === 7) return true;
  const day = Number(v.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : (MONTH_DAYS[month - 1] ?? 31);
  return day >= 1 && day <= last;
}
function isCount(v: unknown): boolean {
  if (!isObject(v)) return false;
  if ('status' in v) {
    for (const k in v) if (k !== 'status' && k !== 'wording') return false;
    return (
      (v['status'] === 'unknown' || v['status'] === 'undisclosed') &&
      (v['wording'] === undefined ||
        (typeof v['wording'] === 'string' && v['wording'].length <= 2000))
    );
  }
  for (const k in v)
    if (k !== 'low' && k !== 'high' && k !== 'best' && k !== 'wording' && k !== 'lexicon')
      return false;
  const { low, high, best } = v;
  if (!isHeadcount(low) || !(high === null || isHeadcount(high))) return false;
  if (high !== null && (low as number) > (high as number)) return false;
  if (
    best !== undefined &&
    (!isHeadcount(best) ||
      (best as number) < (low as number) ||
      (high !== null && (best as number) > (high as number)))
  )
    return false;
  if (
    v['wording'] !== undefined &&
    !(typeof v['wording'] === 'string' && v['wording'].length <= 2000)
  )
    return false;
  return (
    v['lexicon'] === undefined || (typeof v['lexicon'] === 'string' && v['lexicon'].length <= 200)
  );
}

function isCitation(c: unknown): boolean {
  if (!isObject(c)) return false;
  for (const k in c) if (!CITATION_FIELDS.has(k)) return false;
  const url = c['url'];
  if (typeof url !== 'string' || url.length > 2048 || !URL_PATTERN.test(url)) return false;
  if (c['outlet'] !== undefined && !isText(c['outlet'], 300, 1)) return false;
  if (c['medium'] !== undefined && !MEDIA.has(c['medium'] as string)) return false;
  if (c['publishedOn'] !== undefined && !isDate(c['publishedOn'])) return false;
  if (c['quote'] !== undefined && !isText(c['quote'], 2000)) return false;
  const language = c['language'];
  if (
    language !== undefined &&
    !(typeof language === 'string' && language.length <= 35 && LANGUAGE.test(language))
  )
    return false;
  return c['reportedBy'] === undefined || isId(c['reportedBy']);
}

function isPart(p: unknown): boolean {
  if (!isObject(p) || !isId(p['category']) || !isCount(p['count'])) return false;
  for (const k in p)
    if (k !== 'category' && k !== 'count' && k !== 'wording' && k !== 'cohort') return false;
  if (p['wording'] !== undefined && !isText(p['wording'], 300)) return false;
  return p['cohort'] === undefined || isId(p['cohort']);
}

/** The fastest honest yes/no for a claim. */
export function isClaim(v: unknown): boolean {
  if (!isObject(v)) return false;
  for (const k in v) if (!CLAIM_FIELDS.has(k)) return false;
  if (!isId(v['id']) || !isId(v['source']) || !isCount(v['value'])) return false;
  const s = v['subject'];
  if (!isObject(s) || typeof s['type'] !== 'string') return false;
  const fields = SUBJECT_FIELDS[s['type']];
  if (!fields) return false;
  for (const k in s) if (k !== 'type' && !fields.includes(k)) return false;
  for (const f of fields) {
    const x = s[f];
    if (x === undefined) continue;
    if (
      f === 'since'
        ? !isDate(x)
        : f === 'onOfficialLists'
          ? typeof x !== 'boolean'
          : f === 'parties'
            ? !(Array.isArray(x) && x.length >= 2 && x.length <= 10 && x.every(isId))
            : !isId(x)
    )
      return false;
  }
  for (const f of ['statedOn', 'asOf'] as const)
    if (v[f] !== undefined && !isDate(v[f])) return false;
  if (v['exchange'] !== undefined && !isId(v['exchange'])) return false;
  const citations = v['citations'];
  if (!Array.isArray(citations) || citations.length > 100) return false;
  for (const c of citations) if (!isCitation(c)) return false;
  const breakdown = v['breakdown'];
  if (breakdown !== undefined) {
    if (!Array.isArray(breakdown) || breakdown.length > 200) return false;
    for (const p of breakdown) if (!isPart(p)) return false;
  }
  const rank = v['rank'];
  if (rank !== undefined) {
    if (!isObject(rank) || !RANKS.has(rank['level'] as string)) return false;
    for (const k in rank) if (k !== 'level' && k !== 'reason') return false;
    if (rank['reason'] !== undefined && !isText(rank['reason'], 1000)) return false;
  }
  const links = v['links'];
  if (links !== undefined) {
    if (!Array.isArray(links) || links.length > 100) return false;
    for (const l of links) {
      if (!isObject(l) || !LINK_TYPES.has(l['type'] as string) || !isId(l['claim'])) return false;
      for (const k in l) if (k !== 'type' && k !== 'claim') return false;
    }
  }
  if (v['derived'] !== undefined && typeof v['derived'] !== 'boolean') return false;
  if (v['breakdownComplete'] !== undefined && typeof v['breakdownComplete'] !== 'boolean')
    return false;
  return v['note'] === undefined || (typeof v['note'] === 'string' && v['note'].length <= 4000);
}

/** The same checks, listing what is wrong (the first problem of each part). */
export function claimErrors(v: unknown): Errors {
  if (isClaim(v)) return undefined;
  const errors: { path: string; message: string }[] = [];
  if (!isObject(v)) return [{ path: '', message: 'expected an object' }];
  for (const k in v) if (!CLAIM_FIELDS.has(k)) errors.push({ path: k, message: 'unknown field' });
  if (!isId(v['id'])) errors.push({ path: 'id', message: 'expected an id' });
  if (!isId(v['source'])) errors.push({ path: 'source', message: 'expected an id' });
  if (!isCount(v['value'])) errors.push({ path: 'value', message: 'expected a count' });
  if (!isObject(v['subject'])) errors.push({ path: 'subject', message: 'expected a subject' });
  for (const f of ['statedOn', 'asOf'] as const)
    if (v[f] !== undefined && !isDate(v[f])) errors.push({ path: f, message: 'expected a date' });
  if (!Array.isArray(v['citations']))
    errors.push({ path: 'citations', message: 'expected a list' });
  return errors.length > 0 ? errors : [{ path: '', message: 'invalid claim' }];
}
