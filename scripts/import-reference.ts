/**
 * Builds the embedded sample dataset (src/sample/sample-dataset.json) from the raw, sourced
 * figures in ../shared/reference/reported-exchanges-2022-2023.json. The reference file keeps
 * figures in an ad-hoc shape; this script maps each one onto the package's model: sources become
 * source records (with second-hand reporting split into who said it and who reported it), free-text
 * quantities become structured subjects, breakdown labels become taxonomy categories and cohorts,
 * and vague wording is read with the default lexicon. Facts and addresses carry over; the
 * reference's prose notes do not. Run with `npm run sample` and commit the output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  atLeast,
  between,
  exact,
  formatCount,
  parseDataset,
  safeParseCount,
  type Agreement,
  type BreakdownPart,
  type Citation,
  type Claim,
  type Cohort,
  type Count,
  type Dataset,
  type Exchange,
  type Party,
  type PartialDate,
  type Source,
  type Subject,
  type Transfer,
} from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const REFERENCE = join(ROOT, '..', 'shared', 'reference', 'reported-exchanges-2022-2023.json');
const OUT = join(ROOT, 'src', 'sample', 'sample-dataset.json');

interface RawValue {
  exact?: number;
  atLeast?: number;
  approx?: number;
  min?: number;
  max?: number;
  undisclosed?: boolean;
  wording?: string;
}
interface RawClaim {
  source: string;
  sourceSide: string;
  statedOn: string | null;
  medium: string | null;
  url: string;
  quantity?: string;
  value: RawValue;
  breakdown?: Record<string, number>;
  breakdownPartial?: boolean;
  valueDerived?: boolean;
  asOf?: string;
  exchangeCount?: number;
  holder?: string;
  category?: string;
  sourceError?: boolean;
}
interface RawExchange {
  id: string;
  dates: string[];
  parties: string[];
  mediator: string | null;
  claims: RawClaim[];
  tags: string[];
  datesConfidence?: string;
}
interface Reference {
  exchanges: RawExchange[];
  cumulativeClaims: RawClaim[];
  holdingsClaims: RawClaim[];
}

const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as Reference;

// ---------------------------------------------------------------------------------------------
// Parties
const parties: Party[] = [
  { id: 'UA', name: 'Ukraine', kind: 'state' },
  { id: 'RU', name: 'Russian Federation', kind: 'state' },
  {
    id: 'DPR',
    name: 'Russia-installed authority in occupied Donetsk region',
    kind: 'de-facto-authority',
    alignedWith: 'RU',
  },
  { id: 'TR', name: 'Türkiye', kind: 'state' },
  { id: 'SA', name: 'Saudi Arabia', kind: 'state' },
  { id: 'AE', name: 'United Arab Emirates', kind: 'state' },
  {
    id: 'ru-ombudsman',
    name: 'Office of the Russian High Commissioner for Human Rights',
    kind: 'state-body',
    alignedWith: 'RU',
  },
];
const MEDIATORS: Record<string, string[]> = { 'Türkiye; Saudi Arabia': ['TR', 'SA'], UAE: ['AE'] };

// ---------------------------------------------------------------------------------------------
// Sources: who said it, and (for second-hand reports) who reported it.
const sources: Source[] = [];
const source = (
  id: string,
  name: string,
  kind: Source['kind'],
  affiliation: string | null,
  role?: string,
) => {
  sources.push(
    role === undefined ? { id, name, kind, affiliation } : { id, name, kind, affiliation, role },
  );
};
source(
  'ua-zhyvytskyi',
  'Dmytro Zhyvytskyi',
  'official',
  'UA',
  'head of the Sumy regional military administration',
);
source(
  'ru-moskalkova',
  'Tatyana Moskalkova',
  'official',
  'RU',
  'High Commissioner for Human Rights of the Russian Federation',
);
source(
  'ru-kozlov',
  'Alexander Kozlov',
  'official',
  'RU',
  "staff of the Russian human rights commissioner's office",
);
source('ua-vereshchuk', 'Iryna Vereshchuk', 'official', 'UA', 'Deputy Prime Minister of Ukraine');
source(
  'ua-tymoshenko',
  'Kyrylo Tymoshenko',
  'official',
  'UA',
  'Deputy Head of the Office of the President of Ukraine',
);
source(
  'ua-yermak',
  'Andrii Yermak',
  'official',
  'UA',
  'Head of the Office of the President of Ukraine',
);
source('ua-zelensky', 'Volodymyr Zelensky', 'official', 'UA', 'President of Ukraine');
source('ua-budanov', 'Kyrylo Budanov', 'official', 'UA', 'head of Defence Intelligence of Ukraine');
source(
  'ua-yusov',
  'Andrii Yusov',
  'official',
  'UA',
  'representative of Defence Intelligence of Ukraine',
);
source('ua-maliar', 'Hanna Maliar', 'official', 'UA', 'Deputy Defence Minister of Ukraine');
source(
  'ua-lubinets',
  'Dmytro Lubinets',
  'official',
  'UA',
  'Ukrainian Parliament Commissioner for Human Rights',
);
source(
  'ua-kotenko',
  'Oleh Kotenko',
  'official',
  'UA',
  'Ukrainian commissioner for missing persons',
);
source(
  'ua-verbytska',
  'Alyona Verbytska',
  'official',
  'UA',
  "Ukrainian presidential commissioner for defenders' rights",
);
source('azov-holovko', 'Hanna Holovko', 'official', 'UA', 'press secretary of the Azov regiment');
source('ua-hur', 'Defence Intelligence of Ukraine', 'ministry', 'UA');
source(
  'ua-coordination-hq',
  'Coordination Headquarters for the Treatment of Prisoners of War',
  'ministry',
  'UA',
);
source(
  'ua-reintegration-ministry',
  'Ministry for Reintegration of the Temporarily Occupied Territories of Ukraine',
  'ministry',
  'UA',
);
source('ua-security-service', 'Security Service of Ukraine', 'ministry', 'UA');
source('ua-authorities', 'Ukrainian authorities (unnamed)', 'anonymous', 'UA');
source('azovstal-families', 'Association of Families of Azovstal Defenders', 'ngo', 'UA');
source('ru-mod', 'Ministry of Defence of the Russian Federation', 'ministry', 'RU');
source(
  'ru-konashenkov',
  'Igor Konashenkov',
  'official',
  'RU',
  'spokesman of the Russian Ministry of Defence',
);
source(
  'dpr-pushilin',
  'Denis Pushilin',
  'official',
  'DPR',
  'Russia-installed head of occupied Donetsk region',
);
source('tr-erdogan', 'Recep Tayyip Erdoğan', 'mediator', 'TR', 'President of Türkiye');
const outlet = (id: string, name: string, affiliation: string | null = null) =>
  source(id, name, 'outlet', affiliation);
outlet('lb-ua', 'Lb.ua');
outlet('afp', 'Agence France-Presse');
outlet('hromadske', 'Hromadske');
outlet('novye-izvestia', 'Novye Izvestia');
outlet('stratfor', 'Stratfor');
outlet('reuters', 'Reuters');
outlet('kyiv-post', 'Kyiv Post');
outlet('trt-world', 'TRT World', 'TR');
outlet('rfe-rl', 'Radio Free Europe/Radio Liberty');
outlet('upi', 'United Press International');
outlet('uncos', 'UNCOS');
outlet('ukrainian-news-agency', 'Ukrainian News Agency');
outlet('ukrinform', 'Ukrinform', 'UA');
outlet('kyiv-independent', 'The Kyiv Independent');
outlet('avia-pro', 'Avia.pro');
outlet('cnn', 'CNN');
outlet('ani', 'ANI');
outlet('jerusalem-post', 'The Jerusalem Post');
outlet('anadolu', 'Anadolu Agency', 'TR');
outlet('novaya-gazeta-europe', 'Novaya Gazeta Europe');
outlet('perild', 'perild.com');
outlet('rt', 'RT', 'RU');
outlet('bdnews24', 'bdnews24.com');
outlet('dpa', 'Deutsche Presse-Agentur');
outlet('business-recorder', 'Business Recorder');
outlet('yahoo-news', 'Yahoo News');
outlet('metro-moscow', 'Metro (Moscow)');
outlet('myc-news', 'MYC News');
outlet('ukrainska-pravda', 'Ukrainska Pravda');
outlet('mil-in-ua', 'mil.in.ua');
outlet('dw', 'Deutsche Welle');
outlet('interfax-ukraine', 'Interfax-Ukraine');
outlet('i24news', 'i24NEWS');
outlet('interfax', 'Interfax');
outlet('tass', 'TASS');
outlet('obozrevatel', 'Obozrevatel');

/** Raw source text → [who said it, who reported it]. */
const SOURCE_MAP: Record<string, [string, string?]> = {
  'Dmytro Zhyvytskyi (head of Sumy regional military administration)': ['ua-zhyvytskyi'],
  'Tatyana Moskalkova (Russian human rights commissioner)': ['ru-moskalkova'],
  'Lb.ua (Ukrainian outlet)': ['lb-ua'],
  'Iryna Vereshchuk (Deputy Prime Minister of Ukraine)': ['ua-vereshchuk'],
  'Kyrylo Tymoshenko (Deputy Head of the Office of the President of Ukraine)': ['ua-tymoshenko'],
  'AFP report': ['afp'],
  'AFP (via Business Recorder)': ['afp', 'business-recorder'],
  'Ukrinform (German edition)': ['ukrinform'],
  'Ukrainian News Agency (headline)': ['ukrainian-news-agency'],
  'Ukrainian News Agency (summary of earlier report)': ['ukrainian-news-agency'],
  'Association of Families of Azovstal Defenders': ['azovstal-families'],
  'Hanna Holovko (Azov regiment press secretary), as summarised by Ukrainska Pravda': [
    'azov-holovko',
    'ukrainska-pravda',
  ],
  'Ministry for Reintegration of the Temporarily Occupied Territories (Ukraine)': [
    'ua-reintegration-ministry',
  ],
  'Ministry for Reintegration (via Ukrainska Pravda)': [
    'ua-reintegration-ministry',
    'ukrainska-pravda',
  ],
  'Hromadske (Ukrainian outlet)': ['hromadske'],
  'Defence Intelligence of Ukraine (HUR/GUR)': ['ua-hur'],
  'Defence Intelligence of Ukraine (HUR/GUR) (via Ukrainska Pravda)': [
    'ua-hur',
    'ukrainska-pravda',
  ],
  'Denis Pushilin (Russia-installed head of occupied Donetsk region)': ['dpr-pushilin'],
  'Igor Konashenkov (spokesman, Russian Ministry of Defence)': ['ru-konashenkov'],
  'Igor Konashenkov (Russian Ministry of Defence)': ['ru-konashenkov'],
  'Andrii Yermak (Head of the Office of the President of Ukraine)': ['ua-yermak'],
  'Andrii Yermak (Head of the Office of the President of Ukraine) and Coordination Headquarters': [
    'ua-yermak',
  ],
  'Volodymyr Zelensky (President of Ukraine)': ['ua-zelensky'],
  'Volodymyr Zelensky (President of Ukraine) (Reuters interview)': ['ua-zelensky', 'reuters'],
  'Recep Tayyip Erdogan (President of Turkey)': ['tr-erdogan'],
  'Ministry of Defence of the Russian Federation': ['ru-mod'],
  'Russian Ministry of Defence, as summarised by Metro (Moscow)': ['ru-mod', 'metro-moscow'],
  'Novye Izvestia (Russian outlet)': ['novye-izvestia'],
  'Stratfor (citing Reuters)': ['reuters', 'stratfor'],
  'Kyiv Post': ['kyiv-post'],
  'Kyiv Post (via Yahoo News)': ['kyiv-post', 'yahoo-news'],
  'TRT World': ['trt-world'],
  'RFE/RL': ['rfe-rl'],
  'Coordination Headquarters for the Treatment of Prisoners of War (Ukraine)': [
    'ua-coordination-hq',
  ],
  'Coordination Headquarters (via mil.in.ua)': ['ua-coordination-hq', 'mil-in-ua'],
  UPI: ['upi'],
  'Andrii Yusov (Defence Intelligence of Ukraine)': ['ua-yusov'],
  'UNCOS (summary of Ukrainian reports)': ['uncos'],
  'Kyiv Independent': ['kyiv-independent'],
  'Kyiv Independent news desk': ['kyiv-independent'],
  Reuters: ['reuters'],
  'Reuters (via Jerusalem Post)': ['reuters', 'jerusalem-post'],
  'Reuters (via bdnews24)': ['reuters', 'bdnews24'],
  'Avia.pro (Russian outlet)': ['avia-pro'],
  'CNN (via ANI)': ['cnn', 'ani'],
  'Anadolu Agency (headline)': ['anadolu'],
  'Novaya Gazeta Europe': ['novaya-gazeta-europe'],
  'Radio Liberty (via perild.com)': ['rfe-rl', 'perild'],
  RT: ['rt'],
  'Ukrainian sources (via dpa/GNA)': ['ua-authorities', 'dpa'],
  'Security Service of Ukraine (via Ukrainian News Agency)': [
    'ua-security-service',
    'ukrainian-news-agency',
  ],
  'Hanna Maliar (Deputy Defence Minister of Ukraine)': ['ua-maliar'],
  'Hanna Maliar (Deputy Defence Minister of Ukraine), as summarised by Ukrainian News Agency': [
    'ua-maliar',
    'ukrainian-news-agency',
  ],
  'Dmytro Lubinets (Ukrainian Parliament Commissioner for Human Rights)': ['ua-lubinets'],
  'Dmytro Lubinets (Ukrainian Parliament Commissioner for Human Rights) (via DW/The Trumpet)': [
    'ua-lubinets',
    'dw',
  ],
  'Dmytro Lubinets (Ukrainian Parliament Commissioner for Human Rights) (via Interfax-Ukraine)': [
    'ua-lubinets',
    'interfax-ukraine',
  ],
  'Alexander Kozlov (office of Russian ombudswoman Moskalkova)': ['ru-kozlov'],
  'Ukrainian side (via Radio Liberty)': ['ua-authorities', 'rfe-rl'],
  'Kyiv (via dpa/Anadolu)': ['ua-authorities', 'dpa'],
  'Ukrainian authorities (via i24NEWS)': ['ua-authorities', 'i24news'],
  'Ukrainian officials (via Ukrainian News Agency)': ['ua-authorities', 'ukrainian-news-agency'],
  'Kyrylo Budanov (head of Defence Intelligence of Ukraine)': ['ua-budanov'],
  'Oleh Kotenko (Ukrainian commissioner for missing persons)': ['ua-kotenko'],
  "Alyona Verbytska (Ukrainian presidential commissioner for defenders' rights)": ['ua-verbytska'],
  'Alyona Verbytska (RND interview), via Novaya Gazeta Europe': [
    'ua-verbytska',
    'novaya-gazeta-europe',
  ],
  'MYC News (re-report of Verbytska)': ['myc-news'],
};

const MEDIUM: Record<string, Citation['medium']> = {
  Telegram: 'telegram',
  'Telegram video': 'video',
  'Telegram/TV': 'tv',
  'news report': 'news-report',
  statement: 'statement',
  'statement to journalists': 'statement',
  'remarks to reporters': 'statement',
  'statement reported by Interfax': 'statement',
  'statement reported by Interfax (Rosbalt)': 'statement',
  'statement via TASS': 'statement',
  'statement (via CNN)': 'statement',
  'statement (via Obozrevatel)': 'statement',
  'video address': 'video',
  'video report': 'video',
  'social media': 'social-media',
  'Facebook/Telegram': 'social-media',
  'Twitter/Telegram': 'social-media',
  Twitter: 'social-media',
  'TV telethon': 'tv',
  'press service': 'press-release',
  'press conference': 'press-conference',
  'press conference (Zhytomyr, with Estonian PM)': 'press-conference',
  'situation report': 'other',
  'evening address': 'speech',
  'annual address to parliament': 'speech',
  'St Petersburg legal forum': 'speech',
  'Legion of Law forum': 'speech',
};
/** Media strings that name the outlet a statement went through. */
const MEDIUM_OUTLET: Record<string, string> = {
  'statement reported by Interfax': 'interfax',
  'statement reported by Interfax (Rosbalt)': 'interfax',
  'statement via TASS': 'tass',
  'statement (via CNN)': 'cnn',
  'statement (via Obozrevatel)': 'obozrevatel',
};

function citation(raw: RawClaim): Citation {
  const [, reportedBy] = SOURCE_MAP[raw.source] ?? [];
  const via = reportedBy ?? (raw.medium ? MEDIUM_OUTLET[raw.medium] : undefined);
  const medium = raw.medium ? MEDIUM[raw.medium] : undefined;
  if (raw.medium && medium === undefined) throw new Error(`no medium mapping for ${raw.medium}`);
  return {
    url: raw.url,
    ...(medium ? { medium } : {}),
    ...(via ? { reportedBy: via } : {}),
  };
}

function sourceOf(raw: RawClaim): string {
  const mapped = SOURCE_MAP[raw.source];
  if (!mapped) throw new Error(`no source mapping for ${raw.source}`);
  return mapped[0];
}

// ---------------------------------------------------------------------------------------------
// Values: exact figures stay exact; vague wording is read with the default lexicon.
const grouped = (n: number) => formatCount(exact(n));

function value(raw: RawValue): Count {
  const wording = raw.wording;
  if (raw.undisclosed)
    return wording ? { status: 'undisclosed', wording } : { status: 'undisclosed' };
  if (raw.exact !== undefined) return exact(raw.exact, wording ? { wording } : undefined);
  const stated = raw.approx ?? raw.atLeast ?? raw.min;
  if (stated === undefined || wording === undefined)
    throw new Error(`cannot read value ${JSON.stringify(raw)}`);
  // The reference sometimes keeps only the qualifier ("at least"); the figure completes it.
  const phrase =
    /\d/.test(wording) || raw.min !== undefined ? wording : `${wording} ${grouped(stated)}`;
  for (const attempt of [phrase, phrase.replace(/\s*\([^)]*\)\s*$/, '')]) {
    const read = safeParseCount(attempt);
    if (read.success) return 'low' in read.data ? { ...read.data, wording: phrase } : read.data;
  }
  if (raw.min !== undefined && raw.max !== undefined) return between(raw.min, raw.max, { wording });
  if (raw.atLeast !== undefined) return atLeast(raw.atLeast, { wording });
  throw new Error(`cannot read ${wording}`);
}

// ---------------------------------------------------------------------------------------------
// Breakdown labels → categories (and cohorts for named groups).
const cohorts: Cohort[] = [
  {
    id: 'azovstal-defenders',
    name: 'defenders of the Azovstal steelworks in Mariupol',
    categories: ['military'],
  },
  { id: 'mariupol-defenders', name: 'defenders of Mariupol', categories: ['military'] },
  { id: 'azov-regiment', name: 'members of the Azov regiment', categories: ['national-guard'] },
  {
    id: 'azovstal-commanders',
    name: 'Azovstal commanders placed in Türkiye’s custody',
    categories: ['officer'],
  },
  { id: 'sapfir-crew', name: 'crew of the rescue ship Sapfir', categories: ['seafarer'] },
  {
    id: 'azov-concord-crew',
    name: 'crew of the merchant ship Azov Concord',
    categories: ['seafarer'],
  },
  {
    id: 'odesa-rescued-sailors',
    name: 'Russian sailors rescued near Odesa',
    categories: ['seafarer'],
  },
  {
    id: 'stranded-truck-drivers',
    name: 'truck drivers stranded by the invasion',
    categories: ['civilian'],
  },
];
type Part = [category: string, cohort?: string];
const BREAKDOWN: Record<string, Part> = {
  civilians: ['civilian'],
  'civilian-hostages': ['civilian'],
  officers: ['officer'],
  military: ['military'],
  servicemen: ['military'],
  'service-personnel': ['military'],
  'Ukrainian-soldiers': ['military'],
  'servicemen-Russia-DPR-LPR': ['military'],
  women: ['woman'],
  men: ['man'],
  'national-guard': ['national-guard'],
  navy: ['navy'],
  'armed-forces': ['army'],
  'border-guard': ['border-guard'],
  'territorial-defence': ['territorial-defence'],
  'territorial-defence-members': ['territorial-defence'],
  'privates-and-sergeants': ['enlisted'],
  'soldiers-and-sergeants': ['enlisted'],
  'armed-forces-soldiers-and-sergeants': ['enlisted'],
  'armed-forces-soldiers': ['enlisted'],
  soldiers: ['enlisted'],
  seamen: ['enlisted'],
  privates: ['private'],
  sergeants: ['sergeant'],
  'military-police': ['military-police'],
  'national-police': ['police'],
  'state-special-transport-service': ['state-special-transport-service'],
  pilots: ['pilot'],
  'civilian-officials': ['official'],
  'civilian-sailors': ['seafarer'],
  sailors: ['seafarer'],
  'civilian-sailors-rescue-ship-Sapfir': ['seafarer', 'sapfir-crew'],
  'civilian-sailors-rescued-near-Odesa': ['seafarer', 'odesa-rescued-sailors'],
  'civilian-sailors-Azov-Concord': ['seafarer', 'azov-concord-crew'],
  'stranded-truck-drivers': ['civilian', 'stranded-truck-drivers'],
  'Azovstal-defenders': ['military-remains', 'azovstal-defenders'],
  Azov: ['national-guard', 'azov-regiment'],
  'swapped-for-Medvedchuk': ['people'],
  'Azovstal-commanders-for-55-Russians': ['officer', 'azovstal-commanders'],
  'foreign-fighters-via-Riyadh': ['foreign-national'],
  'foreign-fighters': ['foreign-national'],
  Medvedchuk: ['civilian'],
  'from-DPR': ['dpr-forces'],
  'from-LPR': ['lpr-forces'],
  'from-DPR-and-LPR': ['military'],
  'US-volunteer': ['foreign-remains'],
  'US-citizen': ['foreign-national'],
  'British-volunteers': ['foreign-remains'],
  'foreign-volunteers': ['foreign-remains'],
  'volunteer-soldier': ['military-remains'],
  foreigners: ['foreign-remains'],
  'Ukrainian-woman': ['remains'],
};
/** In an exchange where the Russian side's sailors were counted apart from its servicemen. */
const BREAKDOWN_OVERRIDES: Record<string, Record<string, Part>> = {
  'ua-ru-2022-09-21': { soldiers: ['military'] },
};

function breakdown(raw: RawClaim, exchangeId?: string): BreakdownPart[] | undefined {
  if (!raw.breakdown) return undefined;
  return Object.entries(raw.breakdown).map(([label, n]) => {
    const mapped =
      (exchangeId ? BREAKDOWN_OVERRIDES[exchangeId]?.[label] : undefined) ?? BREAKDOWN[label];
    if (!mapped) throw new Error(`no category for breakdown label ${label}`);
    const [category, cohort] = mapped;
    const part: BreakdownPart = { category, count: exact(n), wording: label.replace(/-/g, ' ') };
    return cohort ? { ...part, cohort } : part;
  });
}

// ---------------------------------------------------------------------------------------------
// Exchanges and their claims.
const WAR_START = '2022-02-24';
const claims: Claim[] = [];
const exchanges: Exchange[] = [];
const agreements: Agreement[] = [];

/** Optional fields that may still be undefined while a record is assembled. */
type Loose<T> = { [K in keyof T]?: T[K] | undefined };
const defined = <T extends object>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;

/**
 * Whether a breakdown was given as the whole. The reference marks partial ones; besides those, a
 * single named group smaller than the total ("of them, 140 civilians") is a detail, not a whole.
 */
function complete(raw: RawClaim): boolean {
  if (raw.breakdownPartial === true || !raw.breakdown) return false;
  const values = Object.values(raw.breakdown);
  const total = raw.value.exact ?? raw.value.approx ?? raw.value.atLeast;
  return !(values.length === 1 && total !== undefined && (values[0] ?? 0) < total);
}

function claimFrom(raw: RawClaim, id: string, subject: Subject, extra: Loose<Claim> = {}): Claim {
  const parts = breakdown(raw, extra.exchange ?? undefined);
  const claim = defined({
    id,
    subject,
    value: value(raw.value),
    source: sourceOf(raw),
    ...(raw.statedOn ? { statedOn: raw.statedOn as PartialDate } : {}),
    ...(raw.asOf ? { asOf: raw.asOf as PartialDate } : {}),
    ...extra,
    citations: [citation(raw)],
    ...(parts ? { breakdown: parts, breakdownComplete: complete(raw) } : {}),
    ...(raw.valueDerived ? { derived: true } : {}),
  }) as Claim;
  return claim;
}

function exchangeSubject(e: RawExchange, q: string): Subject {
  const x = e.id;
  switch (q) {
    case 'returned-to-UA':
      return { type: 'transferred', exchange: x, to: 'UA' };
    case 'returned-to-RU':
      return { type: 'transferred', exchange: x, to: 'RU' };
    case 'returned-to-UA-military':
      return { type: 'transferred', exchange: x, to: 'UA', category: 'military' };
    case 'returned-to-RU-military':
      return { type: 'transferred', exchange: x, to: 'RU', category: 'military' };
    case 'returned-to-UA-civilians':
      return { type: 'transferred', exchange: x, to: 'UA', category: 'civilian' };
    case 'returned-to-RU-civilians':
      return { type: 'transferred', exchange: x, to: 'RU', category: 'civilian' };
    case 'bodies-returned-to-UA':
      return { type: 'transferred', exchange: x, to: 'UA', category: 'remains' };
    case 'bodies-returned-to-RU':
      return { type: 'transferred', exchange: x, to: 'RU', category: 'remains' };
    case 'bodies-returned-to-UA-Azov-members':
      return {
        type: 'transferred',
        exchange: x,
        to: 'UA',
        category: 'military-remains',
        cohort: 'azov-regiment',
      };
    case 'children-returned-to-UA':
      return { type: 'transferred', exchange: x, to: 'UA', category: 'child' };
    case 'returned-foreign-nationals':
      return { type: 'transferred', exchange: x, to: 'UA', category: 'foreign-national' };
    case 'exchanged-direction-unspecified':
      return { type: 'transferred', exchange: x };
    case 'total-persons-exchanged':
      return { type: 'exchanged', exchange: x };
    case 'servicemen-exchanged-both-directions':
      return { type: 'exchanged', exchange: x, category: 'military' };
    case 'exchange-ordinal':
      return { type: 'exchange-count', parties: ['UA', 'RU'] };
    case 'handed-to-RU-outside-exchange':
      return {
        type: 'transferred',
        exchange: 'ua-ru-2023-03-wounded',
        to: 'RU',
        category: 'seriously-wounded',
      };
    case 'returned-to-RU-last-96-hours':
      return { type: 'returned-total', to: 'RU', from: 'UA', since: '2022-11-22' };
    case 'agreed-formula':
      return { type: 'agreed', agreement: `${x}-terms`, to: 'UA' };
    default:
      throw new Error(`no subject for ${q}`);
  }
}

/** The recorded count of a transfer: the receiving side's own figure first, then the other side's, then the press. */
function recordedCount(candidates: readonly Claim[], receiver: string): Count {
  const bySide = (side: string | null) =>
    candidates.find(
      (c) => sources.find((s) => s.id === c.source)?.affiliation === side && 'low' in c.value,
    );
  const pick =
    bySide(receiver) ??
    bySide(receiver === 'UA' ? 'RU' : 'UA') ??
    bySide('DPR') ??
    candidates.find((c) => 'low' in c.value) ??
    candidates[0];
  if (!pick) return { status: 'unknown' };
  if (!('low' in pick.value)) return pick.value;
  const { low, high, best } = pick.value;
  return best === undefined ? { low, high } : { low, high, best };
}

for (const e of reference.exchanges) {
  const stages = e.dates.map((on) =>
    e.datesConfidence === 'unverified'
      ? {
          on: on as Exchange['stages'][number]['on'],
          note: 'The cited pages do not confirm this date.',
        }
      : { on: on as Exchange['stages'][number]['on'] },
  );
  const own: Claim[] = e.claims.map((raw, i) => {
    let subject = exchangeSubject(e, raw.quantity ?? '');
    // A figure given for one named group only ("19 sailors of the Sapfir") is about that group.
    const parts = raw.breakdown ? Object.keys(raw.breakdown) : [];
    const only =
      parts.length === 1 && !raw.breakdownPartial ? BREAKDOWN[parts[0] as string] : undefined;
    if (subject.type === 'transferred' && only?.[1] !== undefined && subject.cohort === undefined) {
      subject = { ...subject, cohort: only[1] };
    }
    const extra: Loose<Claim> = { exchange: e.id };
    if (subject.type === 'exchange-count') extra.asOf = e.dates[e.dates.length - 1] as PartialDate;
    if (subject.type === 'returned-total') extra.asOf = raw.statedOn as PartialDate;
    return claimFrom(raw, `${e.id}/${i + 1}`, subject, extra);
  });
  claims.push(...own);

  // One transfer per direction for people and for remains, recorded from the claims about the
  // whole; where only claims about separate groups exist, one transfer per group.
  const transfers: Transfer[] = [];
  for (const to of ['UA', 'RU']) {
    for (const root of ['people', 'remains']) {
      const about = own.filter(
        (c): c is Claim & { subject: Extract<Subject, { type: 'transferred' }> } =>
          c.subject.type === 'transferred' &&
          c.subject.exchange === e.id &&
          c.subject.to === to &&
          (c.subject.category ?? 'people').includes('remains') === (root === 'remains'),
      );
      if (about.length === 0) continue;
      const from = to === 'UA' ? 'RU' : 'UA';
      const legalBasis = root === 'remains' ? 'return-of-remains' : 'exchange';
      const whole = about.filter(
        (c) => (c.subject.category ?? 'people') === root && c.subject.cohort === undefined,
      );
      if (whole.length > 0) {
        transfers.push({
          id: `${root}-to-${to}`,
          from,
          to,
          category: root,
          count: recordedCount(whole, to),
          legalBasis,
        });
        continue;
      }
      const groups = new Map<string, typeof about>();
      for (const c of about) {
        const key = [c.subject.category ?? root, c.subject.cohort].filter(Boolean).join('-');
        groups.set(key, [...(groups.get(key) ?? []), c]);
      }
      for (const [key, group] of groups) {
        const first = group[0]?.subject;
        const category = first?.category ?? root;
        const cohort = first?.cohort;
        transfers.push({
          id: `${key}-to-${to}`,
          from,
          to,
          category,
          count: recordedCount(group, to),
          legalBasis,
          ...(cohort ? { cohorts: [{ cohort }] } : {}),
        });
      }
    }
  }
  const exchange: Exchange = {
    id: e.id,
    parties: ['UA', 'RU'],
    ...(e.mediator ? { mediators: MEDIATORS[e.mediator] ?? [] } : {}),
    ...(e.id === 'ua-ru-2022-09-21' ? { custodians: ['TR'] } : {}),
    ...(e.id === 'ua-ru-2022-10-17' ? { agreement: `${e.id}-terms` } : {}),
    status: 'completed',
    stages,
    transfers,
  };
  exchanges.push(exchange);
  if (e.id === 'ua-ru-2022-10-17') {
    agreements.push({
      id: `${e.id}-terms`,
      parties: ['UA', 'RU'],
      terms: [],
      note: 'Known only from a claim about how many were agreed for the Ukrainian side.',
    });
  }
}

// The handover of seriously wounded Russians in late March 2023 happened apart from any exchange.
exchanges.push({
  id: 'ua-ru-2023-03-wounded',
  parties: ['UA', 'RU'],
  status: 'completed',
  stages: [{ on: '2023-03' }],
  transfers: [
    {
      id: 'wounded-to-RU',
      from: 'UA',
      to: 'RU',
      category: 'seriously-wounded',
      count: exact(5),
      legalBasis: 'repatriation-of-wounded',
    },
  ],
  note: 'A handover of seriously wounded prisoners reported by Russia alongside the exchange of 10 April 2023.',
});

// Running totals.
function cumulativeSubject(q: string): Subject {
  switch (q) {
    case 'freed-from-RU-captivity-total':
      return { type: 'returned-total', to: 'UA', from: 'RU', since: WAR_START };
    case 'military-freed-from-RU-captivity-total':
    case 'defenders-freed-from-RU-captivity-total':
    case 'POWs-freed-total':
      return {
        type: 'returned-total',
        to: 'UA',
        from: 'RU',
        since: WAR_START,
        category: 'military',
      };
    case 'bodies-returned-to-UA-Mariupol-defenders-total':
      return {
        type: 'returned-total',
        to: 'UA',
        from: 'RU',
        since: WAR_START,
        category: 'military-remains',
        cohort: 'mariupol-defenders',
      };
    case 'RU-returned-from-UA-captivity-with-ombudsman-involvement':
      return { type: 'returned-total', to: 'RU', from: 'UA', through: 'ru-ombudsman' };
    case 'freed-from-captivity-since-2014-registered':
      return { type: 'returned-total', to: 'UA', from: 'RU', since: '2014' };
    default:
      throw new Error(`no subject for ${q}`);
  }
}
reference.cumulativeClaims.forEach((raw, i) => {
  const id = `total/${String(i + 1).padStart(2, '0')}`;
  claims.push(claimFrom(raw, id, cumulativeSubject(raw.quantity ?? '')));
  if (raw.exchangeCount !== undefined) {
    claims.push({
      id: `${id}/exchanges`,
      subject: { type: 'exchange-count', parties: ['UA', 'RU'] },
      value: exact(raw.exchangeCount),
      source: sourceOf(raw),
      ...(raw.statedOn ? { statedOn: raw.statedOn as PartialDate } : {}),
      ...(raw.asOf ? { asOf: raw.asOf as PartialDate } : {}),
      citations: [citation(raw)],
      links: [{ type: 'is-part-of', claim: id }],
    });
  }
});

// Who holds how many.
function holdingsSubject(raw: RawClaim): Subject {
  const of = raw.holder === 'UA' ? 'RU' : 'UA';
  const holder = raw.holder ?? '';
  switch (raw.category) {
    case 'Russian POWs':
      return { type: 'held', holder, of, category: 'military' };
    case 'Ukrainian civilians held hostage':
    case 'Ukrainian civilian hostages':
      return { type: 'held', holder, of, category: 'civilian' };
    case 'Ukrainian servicemen':
      return { type: 'held', holder, of, category: 'military' };
    case 'Ukrainian troops captured or surrendered (cumulative)':
      return { type: 'captured-total', captor: holder, of, since: WAR_START, category: 'military' };
    case 'Russians captured in the Kharkiv counteroffensive':
      return { type: 'captured-total', captor: holder, of, since: '2022-09' };
    case 'Ukrainian military missing, mostly believed captive':
      return { type: 'missing', of, believedHeldBy: holder, category: 'military' };
    case 'Ukrainians missing under special circumstances (civilian hostages and captives)':
      return { type: 'missing', of, believedHeldBy: holder };
    case 'Ukrainians confirmed captive since 2014 (registered cases)':
      return { type: 'captured-total', captor: holder, of, since: '2014' };
    default:
      throw new Error(`no subject for holdings category ${raw.category}`);
  }
}
let verbytska: string | undefined;
reference.holdingsClaims.forEach((raw, i) => {
  const id = `holdings/${String(i + 1).padStart(2, '0')}`;
  const extra: Loose<Claim> = {};
  if (raw.source.startsWith('Alyona Verbytska (Ukrainian')) verbytska = id;
  if (raw.sourceError) {
    extra.rank = {
      level: 'deprecated',
      reason: 'A misprint: the figure is a thousand times the one it repeats.',
    };
    if (verbytska) extra.links = [{ type: 'copies', claim: verbytska }];
  }
  claims.push(claimFrom(raw, id, holdingsSubject(raw), extra));
});

const dataset: Dataset = {
  format: 'swapledger/1',
  title: 'Russia–Ukraine prisoner exchanges, 2022–2023: figures as reported',
  description:
    'Every figure that officials, mediators and the press gave for 38 exchanges, 25 running totals and 12 estimates of who held whom, each with its source and the address where it was read. Conflicting figures are kept side by side. A transfer records the receiving side’s own figure where it gave one.',
  license: 'MIT',
  parties,
  sources,
  cohorts,
  agreements,
  exchanges,
  claims,
};

// Refuse to write a dataset that does not validate.
const checked = parseDataset(dataset);
writeFileSync(OUT, `${JSON.stringify(checked, null, 1)}\n`);
console.log(
  `wrote ${OUT}: ${checked.exchanges.length} exchanges, ${checked.claims.length} claims, ${checked.sources.length} sources`,
);
