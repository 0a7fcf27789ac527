// A hand-written guard for a claim record: the practical speed limit a schema library can be
// measured against. `isClaim` checks every rule of ClaimSchema, nested records included (shapes,
// unknown keys, lengths in code points, patterns, enums, integer ranges, low <= high, best in
// range, real dates). `claimErrors` does what the package does for a rejected claim: it lists
// every problem with its path and a code like the package's, not one message per field.
// bench/validate.ts checks both against the package before timing them.
import { LEGAL_BASIS_KEYS } from '../src/index.js';

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
const CERTAINTIES = new Set(['stated', 'likely', 'uncertain']);
const LEGAL_BASES = new Set<string>(LEGAL_BASIS_KEYS);
const DEATHS = new Set(['custody', 'transport', 'exchange']);
const LIST_STAGES = new Set(['submitted', 'requested', 'agreed', 'handed-over']);
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** One problem: where, and a code comparable to the package's issue codes. */
export interface GuardError {
  path: (string | number)[];
  code: string;
}
type Path = (string | number)[];
type Out = GuardError[];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
// zod measures strings in code points; UTF-16 units are an upper bound, so count only when over.
function codePoints(v: string): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < v.length) {
      const d = v.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i += 1;
    }
    n += 1;
  }
  return n;
}
const fits = (v: string, max: number) => v.length <= max || codePoints(v) <= max;
const isId = (v: unknown) => typeof v === 'string' && v.length <= 128 && ID.test(v);
const isText = (v: unknown, max: number, min = 0) =>
  typeof v === 'string' && fits(v, max) && (min === 0 || codePoints(v) >= min);
const isHeadcount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isInt = (v: unknown, max: number) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= max;
const isShare = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1;
function realDate(v: string): boolean {
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
const isDate = (v: unknown) => typeof v === 'string' && DATE.test(v) && realDate(v);

// ---- the yes/no guard ------------------------------------------------------------------------

type Rule = (v: unknown) => boolean;
const optional = (v: Record<string, unknown>, k: string, rule: Rule) => !(k in v) || rule(v[k]);

function isCount(v: unknown): boolean {
  if (!isObject(v)) return false;
  if ('status' in v) {
    for (const k in v) if (k !== 'status' && k !== 'wording') return false;
    return (
      (v['status'] === 'unknown' || v['status'] === 'undisclosed') &&
      optional(v, 'wording', (w) => isText(w, 2000))
    );
  }
  for (const k in v)
    if (k !== 'low' && k !== 'high' && k !== 'best' && k !== 'wording' && k !== 'lexicon')
      return false;
  const { low, high, best } = v;
  if (!isHeadcount(low) || !(high === null || isHeadcount(high))) return false;
  if (high !== null && (low as number) > (high as number)) return false;
  if (
    'best' in v &&
    (!isHeadcount(best) ||
      (best as number) < (low as number) ||
      (high !== null && (best as number) > (high as number)))
  )
    return false;
  return (
    optional(v, 'wording', (w) => isText(w, 2000)) && optional(v, 'lexicon', (w) => isText(w, 200))
  );
}

const CITATION: Record<string, Rule> = {
  url: (u) => typeof u === 'string' && fits(u, 2048) && URL_PATTERN.test(u),
  outlet: (o) => isText(o, 300, 1),
  medium: (m) => MEDIA.has(m as string),
  publishedOn: isDate,
  quote: (q) => isText(q, 2000),
  language: (l) => typeof l === 'string' && fits(l, 35) && LANGUAGE.test(l),
  reportedBy: isId,
};
const PART: Record<string, Rule> = {
  category: isId,
  count: isCount,
  wording: (w) => isText(w, 300),
  cohort: isId,
  stage: (s) => isInt(s, 1000),
  to: isId,
  place: (p) => isText(p, 300),
  agreement: isId,
  legalBasis: (b) => LEGAL_BASES.has(b as string),
};
const REPORTED_DATE: Record<string, Rule> = {
  from: isDate,
  to: isDate,
  approximate: (b) => typeof b === 'boolean',
  certainty: (c) => CERTAINTIES.has(c as string),
  wording: (w) => isText(w, 300),
};
const SHARE: Record<string, Rule> = {
  of: isId,
  low: isShare,
  high: isShare,
  wording: (w) => isText(w, 300),
};
const RANK: Record<string, Rule> = {
  level: (l) => RANKS.has(l as string),
  reason: (r) => isText(r, 1000),
};
const LINK: Record<string, Rule> = { type: (t) => LINK_TYPES.has(t as string), claim: isId };

const isBool: Rule = (b) => typeof b === 'boolean';
const isParties: Rule = (p) => Array.isArray(p) && p.length >= 2 && p.length <= 10 && p.every(isId);
const SUBJECTS: Record<string, Record<string, Rule>> = {
  transferred: {
    exchange: isId,
    to: isId,
    transfer: isId,
    throughStage: (s) => isInt(s, 1000),
    category: isId,
    cohort: isId,
  },
  exchanged: { exchange: isId, category: isId },
  'returned-total': {
    to: isId,
    from: isId,
    since: isDate,
    through: isId,
    agreement: isId,
    legalBasis: (b) => LEGAL_BASES.has(b as string),
    registered: isBool,
    category: isId,
    cohort: isId,
  },
  'exchanged-total': {
    parties: isParties,
    since: isDate,
    through: isId,
    agreement: isId,
    category: isId,
  },
  held: { holder: isId, of: isId, category: isId, cohort: isId, onOfficialLists: isBool },
  'captured-total': { captor: isId, of: isId, since: isDate, category: isId, cohort: isId },
  missing: { of: isId, believedHeldBy: isId, registered: isBool, category: isId },
  'exchange-count': { parties: isParties, since: isDate, through: isId, agreement: isId },
  died: {
    of: isId,
    holder: isId,
    during: (d) => DEATHS.has(d as string),
    exchange: isId,
    since: isDate,
    category: isId,
    cohort: isId,
  },
  listed: {
    by: isId,
    to: isId,
    stage: (s) => LIST_STAGES.has(s as string),
    exchange: isId,
    agreement: isId,
    category: isId,
  },
  agreed: { agreement: isId, to: isId, category: isId },
};
const SUBJECT_REQUIRED: Record<string, readonly string[]> = {
  transferred: ['exchange'],
  exchanged: ['exchange'],
  'returned-total': ['to'],
  'exchanged-total': ['parties'],
  held: ['holder', 'of'],
  'captured-total': ['captor', 'of'],
  missing: ['of'],
  'exchange-count': ['parties'],
  died: ['of'],
  listed: ['by'],
  agreed: ['agreement'],
};
const REQUIRED: Record<string, readonly string[]> = {
  citation: ['url'],
  part: ['category', 'count'],
  reportedDate: ['from'],
  share: ['of', 'low', 'high'],
  rank: ['level'],
  link: ['type', 'claim'],
};

/** A strict record of the given rules, `required` of them required. */
function isRecord(v: unknown, rules: Record<string, Rule>, required: readonly string[]): boolean {
  if (!isObject(v)) return false;
  for (const k of required) if (!(k in v)) return false;
  for (const k in v) {
    const rule = rules[k];
    if (!rule || !Object.hasOwn(rules, k) || !rule(v[k])) return false;
  }
  return true;
}

function isSubject(s: unknown): boolean {
  if (!isObject(s) || typeof s['type'] !== 'string') return false;
  const rules = SUBJECTS[s['type']];
  if (!rules || !Object.hasOwn(SUBJECTS, s['type'])) return false;
  for (const k of SUBJECT_REQUIRED[s['type']] ?? []) if (!(k in s)) return false;
  for (const k in s) {
    if (k === 'type') continue;
    const rule = rules[k];
    if (!rule || !Object.hasOwn(rules, k) || !rule(s[k])) return false;
  }
  return true;
}

function isList(v: unknown, max: number, item: Rule): boolean {
  if (!Array.isArray(v) || v.length > max) return false;
  for (const x of v) if (!item(x)) return false;
  return true;
}
const isCitation: Rule = (c) => isRecord(c, CITATION, REQUIRED['citation'] as string[]);
const isPart: Rule = (p) => isRecord(p, PART, REQUIRED['part'] as string[]);
const isLink: Rule = (l) => isRecord(l, LINK, REQUIRED['link'] as string[]);

/** The fastest honest yes/no for a claim. */
export function isClaim(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (!('id' in v && 'subject' in v && 'value' in v && 'source' in v && 'citations' in v))
    return false;
  for (const k in v) {
    const x = v[k];
    switch (k) {
      case 'id':
      case 'source':
      case 'exchange':
        if (!isId(x)) return false;
        break;
      case 'subject':
        if (!isSubject(x)) return false;
        break;
      case 'value':
        if (!isCount(x)) return false;
        break;
      case 'statedOn':
      case 'asOf':
        if (!isDate(x)) return false;
        break;
      case 'citations':
        if (!isList(x, 100, isCitation)) return false;
        break;
      case 'breakdown':
        if (!isList(x, 200, isPart)) return false;
        break;
      case 'breakdownComplete':
      case 'derived':
        if (typeof x !== 'boolean') return false;
        break;
      case 'rank':
        if (!isRecord(x, RANK, REQUIRED['rank'] as string[])) return false;
        break;
      case 'links':
        if (!isList(x, 100, isLink)) return false;
        break;
      case 'dated':
        if (!isRecord(x, REPORTED_DATE, REQUIRED['reportedDate'] as string[])) return false;
        break;
      case 'share':
        if (!isRecord(x, SHARE, REQUIRED['share'] as string[])) return false;
        break;
      case 'note':
        if (!isText(x, 4000)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

// ---- every problem, with its path ------------------------------------------------------------

// Each checker pushes the problems of one value at `path` (`present`: whether its field is there).
type Checker = (v: unknown, path: Path, out: Out, present: boolean) => void;

function typeError(v: unknown, path: Path, out: Out, present: boolean): void {
  out.push({ path, code: present ? 'invalid-type' : 'missing-field' });
}
const at = (path: Path, key: string | number): Path => [...path, key];

function text(max: number, min = 0): Checker {
  return (v, path, out, present) => {
    if (typeof v !== 'string') return typeError(v, path, out, present);
    if (!fits(v, max)) out.push({ path, code: 'too-long' });
    if (min > 0 && codePoints(v) < min) out.push({ path, code: 'too-small' });
  };
}
function pattern(re: RegExp, max: number, code = 'invalid-format'): Checker {
  return (v, path, out, present) => {
    if (typeof v !== 'string') return typeError(v, path, out, present);
    if (!fits(v, max)) out.push({ path, code: 'too-long' });
    if (!re.test(v)) out.push({ path, code });
  };
}
const idErrors = pattern(ID, 128);
const dateErrors: Checker = (v, path, out, present) => {
  if (typeof v !== 'string') return typeError(v, path, out, present);
  if (!DATE.test(v)) out.push({ path, code: 'invalid-format' });
  else if (!realDate(v)) out.push({ path, code: 'impossible-date' });
};
const boolErrors: Checker = (v, path, out, present) => {
  if (typeof v !== 'boolean') typeError(v, path, out, present);
};
function oneOf(values: Set<string>): Checker {
  return (v, path, out) => {
    if (!values.has(v as string)) out.push({ path, code: 'invalid-value' });
  };
}
function int(max: number, negative = 'too-small'): Checker {
  return (v, path, out, present) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return typeError(v, path, out, present);
    if (!Number.isInteger(v)) return void out.push({ path, code: 'not-an-integer' });
    if (v < 0) out.push({ path, code: negative });
    if (v > max) out.push({ path, code: 'too-large' });
  };
}
const headcountErrors = int(Number.MAX_SAFE_INTEGER);
function share(): Checker {
  return (v, path, out, present) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return typeError(v, path, out, present);
    if (v < 0) out.push({ path, code: 'too-small' });
    if (v > 1) out.push({ path, code: 'too-large' });
  };
}
function list(max: number, item: Checker, min = 0, ok?: Rule): Checker {
  return (v, path, out, present) => {
    if (!Array.isArray(v)) return typeError(v, path, out, present);
    if (v.length > max) return void out.push({ path, code: 'too-large' });
    for (let i = 0; i < v.length; i++) if (!ok?.(v[i])) item(v[i], at(path, i), out, true);
    if (v.length < min) out.push({ path, code: 'too-small' });
  };
}

/** A strict record: fields in order, then unknown keys. Valid fields cost one yes/no each. */
function record(
  fields: Record<string, Checker>,
  required: readonly string[],
  rules?: Record<string, Rule>,
): Checker {
  const list = Object.keys(fields).map((k) => ({
    k,
    required: required.includes(k),
    check: fields[k] as Checker,
    ok: rules?.[k],
  }));
  return (v, path, out, present) => {
    if (!isObject(v)) return typeError(v, path, out, present);
    for (const { k, required, check, ok } of list) {
      const has = k in v;
      if (!has && !required) continue;
      const x = v[k];
      if (has && ok !== undefined && ok(x)) continue;
      check(x, at(path, k), out, has);
    }
    for (const k in v)
      if (!Object.hasOwn(fields, k)) out.push({ path: at(path, k), code: 'unknown-field' });
  };
}

const wordingErrors = text(2000);
const lexiconErrors = text(200);
// Problems that let the rest of a record be checked (zod's `continue`); the others stop it.
const SOFT = new Set([
  'unknown-field',
  'too-small',
  'too-large',
  'too-long',
  'low-above-high',
  'best-outside-range',
]);
const KNOWN_KEYS = new Set(['low', 'high', 'best', 'wording', 'lexicon']);

/** One form of a count: its problems, and what zod's union weighs them by. */
interface Form {
  errors: Out;
  hard: boolean;
  /** How many issues zod would have (unknown keys are one). */
  n: number;
  /** The smallest depth of those issues below the count. */
  d: number;
}
function form(errors: Out, base: number, unknownKeys: boolean): Form {
  let n = unknownKeys ? 1 : 0;
  let d = unknownKeys ? 0 : Infinity;
  for (const e of errors)
    if (e.code !== 'unknown-field') {
      n += 1;
      d = Math.min(d, e.path.length - base);
    }
  return { errors, hard: errors.some((e) => !SOFT.has(e.code)), n, d };
}

function intervalForm(v: Record<string, unknown>, path: Path): Form {
  const out: Out = [];
  const { low, high, best } = v;
  headcountErrors(low, at(path, 'low'), out, 'low' in v);
  if (high !== null) headcountErrors(high, at(path, 'high'), out, 'high' in v);
  if ('best' in v) headcountErrors(best, at(path, 'best'), out, true);
  if ('wording' in v) wordingErrors(v['wording'], at(path, 'wording'), out, true);
  if ('lexicon' in v) lexiconErrors(v['lexicon'], at(path, 'lexicon'), out, true);
  let unknown = false;
  for (const k in v)
    if (!KNOWN_KEYS.has(k)) {
      out.push({ path: at(path, k), code: 'unknown-field' });
      unknown = true;
    }
  // The interval's own rules, unless a problem above stopped the checks.
  if (!out.some((e) => !SOFT.has(e.code))) {
    const l = low as number;
    const h = high as number | null;
    if (h !== null && l > h) out.push({ path: at(path, 'low'), code: 'low-above-high' });
    if ('best' in v && ((best as number) < l || (h !== null && (best as number) > h)))
      out.push({ path: at(path, 'best'), code: 'best-outside-range' });
  }
  return form(out, path.length, unknown);
}

function statusForm(v: Record<string, unknown>, path: Path, status: string): Form {
  const out: Out = [];
  if (v['status'] !== status) out.push({ path: at(path, 'status'), code: 'invalid-value' });
  if ('wording' in v) wordingErrors(v['wording'], at(path, 'wording'), out, true);
  let unknown = false;
  for (const k in v)
    if (k !== 'status' && k !== 'wording') {
      out.push({ path: at(path, k), code: 'unknown-field' });
      unknown = true;
    }
  return form(out, path.length, unknown);
}

/** A count: the form whose problems explain it best, chosen as the package chooses. */
const countErrors: Checker = (v, path, out, present) => {
  if (!isObject(v)) return typeError(v, path, out, present);
  if (isCount(v)) return;
  const interval = intervalForm(v, path);
  // Without a valid status both other forms fail outright, so a form that only has problems
  // that let checks go on is the one.
  if (!interval.hard && v['status'] !== 'unknown' && v['status'] !== 'undisclosed')
    return void out.push(...interval.errors);
  const forms = [interval, statusForm(v, path, 'unknown'), statusForm(v, path, 'undisclosed')];
  const soft = forms.filter((f) => !f.hard);
  let best: Form;
  if (soft.length === 1) best = soft[0] as Form;
  else {
    best = forms[0] as Form;
    for (const f of forms.slice(1)) if (f.d > best.d || (f.d === best.d && f.n < best.n)) best = f;
  }
  out.push(...best.errors);
};

const citationErrors = record(
  {
    url: pattern(URL_PATTERN, 2048),
    outlet: text(300, 1),
    medium: oneOf(MEDIA),
    publishedOn: dateErrors,
    quote: text(2000),
    language: pattern(LANGUAGE, 35),
    reportedBy: idErrors,
  },
  ['url'],
  CITATION,
);
const partErrors = record(
  {
    category: idErrors,
    count: countErrors,
    wording: text(300),
    cohort: idErrors,
    stage: int(1000),
    to: idErrors,
    place: text(300),
    agreement: idErrors,
    legalBasis: oneOf(LEGAL_BASES),
  },
  ['category', 'count'],
  PART,
);
const partiesErrors = list(10, idErrors, 2, isId);
const subjectCheckers: Record<string, Checker> = {};
for (const [type, rules] of Object.entries(SUBJECTS)) {
  const fields: Record<string, Checker> = {};
  for (const k of Object.keys(rules))
    fields[k] =
      k === 'parties'
        ? partiesErrors
        : k === 'since'
          ? dateErrors
          : k === 'throughStage'
            ? int(1000)
            : k === 'registered' || k === 'onOfficialLists'
              ? boolErrors
              : k === 'legalBasis'
                ? oneOf(LEGAL_BASES)
                : k === 'during'
                  ? oneOf(DEATHS)
                  : k === 'stage'
                    ? oneOf(LIST_STAGES)
                    : idErrors;
  const strict = record(fields, SUBJECT_REQUIRED[type] ?? [], rules);
  subjectCheckers[type] = (v, path, out, present) => {
    const own: Out = [];
    strict(v, path, own, present);
    for (const e of own)
      if (!(e.code === 'unknown-field' && e.path[e.path.length - 1] === 'type')) out.push(e);
  };
}
const subjectErrors: Checker = (v, path, out, present) => {
  if (!isObject(v)) return typeError(v, path, out, present);
  if (isSubject(v)) return;
  const type = v['type'];
  const checker =
    typeof type === 'string' && Object.hasOwn(subjectCheckers, type)
      ? subjectCheckers[type]
      : undefined;
  if (!checker)
    return void out.push({
      path: at(path, 'type'),
      code: 'type' in v ? 'invalid-value' : 'missing-field',
    });
  checker(v, path, out, present);
};

const claimFields: Record<string, Checker> = {
  id: idErrors,
  subject: subjectErrors,
  value: countErrors,
  source: idErrors,
  statedOn: dateErrors,
  asOf: dateErrors,
  exchange: idErrors,
  citations: list(100, citationErrors, 0, isCitation),
  breakdown: list(200, partErrors, 0, isPart),
  breakdownComplete: boolErrors,
  derived: boolErrors,
  rank: record({ level: oneOf(RANKS), reason: text(1000) }, ['level'], RANK),
  links: list(
    100,
    record({ type: oneOf(LINK_TYPES), claim: idErrors }, ['type', 'claim'], LINK),
    0,
    isLink,
  ),
  dated: record(
    {
      from: dateErrors,
      to: dateErrors,
      approximate: boolErrors,
      certainty: oneOf(CERTAINTIES),
      wording: text(300),
    },
    ['from'],
    REPORTED_DATE,
  ),
  share: record(
    { of: idErrors, low: share(), high: share(), wording: text(300) },
    ['of', 'low', 'high'],
    SHARE,
  ),
  note: text(4000),
};
const claimRules: Record<string, Rule> = {
  id: isId,
  subject: isSubject,
  value: isCount,
  source: isId,
  statedOn: isDate,
  asOf: isDate,
  exchange: isId,
  citations: (x) => isList(x, 100, isCitation),
  breakdown: (x) => isList(x, 200, isPart),
  breakdownComplete: isBool,
  derived: isBool,
  rank: (x) => isRecord(x, RANK, REQUIRED['rank'] as string[]),
  links: (x) => isList(x, 100, isLink),
  dated: (x) => isRecord(x, REPORTED_DATE, REQUIRED['reportedDate'] as string[]),
  share: (x) => isRecord(x, SHARE, REQUIRED['share'] as string[]),
  note: (x) => isText(x, 4000),
};
const claimChecker = record(
  claimFields,
  ['id', 'subject', 'value', 'source', 'citations'],
  claimRules,
);

/** Every problem of a claim, with its path and code; undefined for a valid claim. */
export function claimErrors(v: unknown): GuardError[] | undefined {
  if (isClaim(v)) return undefined;
  const out: Out = [];
  claimChecker(v, [], out, true);
  return out;
}
