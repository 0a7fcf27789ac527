// docs/examples/seed-article.ts: the facts of one news report, modelled step by step.
import {
  assessAllForAll,
  audit,
  exact,
  parseCount,
  safeParseDataset,
  type Claim,
  type Dataset,
} from 'swapledger';

// Step 1. Who is involved: the two states, and a private military company that holds prisoners of
// its own and fights for one of them.
const parties: Dataset['parties'] = [
  { id: 'UA', name: 'Ukraine', kind: 'state' },
  { id: 'RU', name: 'Russia', kind: 'state' },
  { id: 'wagner', name: 'PMC Wagner', kind: 'private-military-company', alignedWith: 'RU' },
];

// Step 2. Who said what: named officials, a ministry, the outlet, an unnamed source and an activist.
const sources: Dataset['sources'] = [
  {
    id: 'ua-yermak',
    name: 'Andrii Yermak',
    kind: 'official',
    affiliation: 'UA',
    role: 'Head of the Office of the President of Ukraine',
  },
  {
    id: 'ua-zelensky',
    name: 'Volodymyr Zelensky',
    kind: 'official',
    affiliation: 'UA',
    role: 'President of Ukraine',
  },
  {
    id: 'ua-verbytska',
    name: 'Alyona Verbytska',
    kind: 'official',
    affiliation: 'UA',
    role: "Ukrainian presidential commissioner for defenders' rights",
  },
  {
    id: 'ru-mod',
    name: 'Ministry of Defence of the Russian Federation',
    kind: 'ministry',
    affiliation: 'RU',
  },
  { id: 'nge', name: 'Novaya Gazeta Europe', kind: 'outlet', affiliation: null },
  {
    id: 'ru-mod-unnamed',
    name: 'a source in the Russian Defence Ministry',
    kind: 'anonymous',
    affiliation: 'RU',
  },
  {
    id: 'osechkin',
    name: 'Vladimir Osechkin',
    kind: 'ngo',
    affiliation: null,
    role: 'human-rights activist',
  },
];

// Step 3. What was delivered on 26 April 2023: one transfer each way, as each receiving side
// counted it. The two defender groups named among the returnees are cohorts, tracked apart.
const cohorts: Dataset['cohorts'] = [
  { id: 'azovstal-defenders', name: 'defenders of the Azovstal steelworks' },
  { id: 'kherson-fighters', name: 'soldiers who fought in the Kherson region' },
];
const exchanges: Dataset['exchanges'] = [
  {
    id: 'ua-ru-2023-04-26',
    parties: ['UA', 'RU'],
    status: 'completed',
    stages: [{ on: '2023-04-26' }],
    transfers: [
      {
        id: 'to-UA',
        from: 'RU',
        to: 'UA',
        category: 'people',
        count: exact(44),
        legalBasis: 'exchange',
        cohorts: [{ cohort: 'azovstal-defenders' }, { cohort: 'kherson-fighters' }],
      },
      {
        id: 'to-RU',
        from: 'UA',
        to: 'RU',
        category: 'military',
        count: exact(40),
        legalBasis: 'exchange',
      },
    ],
  },
];

// Step 4. The figures, each a claim. Vague wording is read with parseCount and keeps its words.
// The article's own statements get its address as their citation once you have it; until then
// the audit reports them as unsourced, which is the point of that check.
const claims: Claim[] = [
  {
    id: 'yermak-44',
    subject: { type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'UA' },
    value: exact(44),
    source: 'ua-yermak',
    statedOn: '2023-04-26',
    exchange: 'ua-ru-2023-04-26',
    citations: [
      {
        url: 'https://babel.ua/en/news/93202-ukraine-returned-another-44-people-from-russian-captivity',
        medium: 'telegram',
      },
    ],
    breakdown: [
      { category: 'enlisted', count: exact(36), wording: 'soldiers and sergeants' },
      { category: 'officer', count: exact(6), wording: 'officers' },
      { category: 'civilian', count: exact(2), wording: 'civilians' },
    ],
    breakdownComplete: true,
  },
  {
    id: 'ru-mod-40',
    subject: { type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'RU', category: 'military' },
    value: exact(40, { wording: '40 servicemen' }),
    source: 'ru-mod',
    statedOn: '2023-04-26',
    exchange: 'ua-ru-2023-04-26',
    citations: [
      { url: 'https://www.pravda.com.ua/eng/news/2023/04/26/7399533/', medium: 'statement' },
    ],
  },
  {
    id: 'zelensky-2238',
    subject: { type: 'returned-total', to: 'UA', from: 'RU', since: '2022-02-24' },
    value: exact(2238),
    source: 'ua-zelensky',
    statedOn: '2023-04-24',
    asOf: '2023-04-24',
    citations: [
      { url: 'https://www.pravda.com.ua/eng/news/2023/04/24/7399208/', medium: 'press-conference' },
    ],
    breakdown: [{ category: 'civilian', count: exact(140), wording: 'civilians' }],
    breakdownComplete: false,
  },
  {
    id: 'article-over-2200',
    subject: {
      type: 'returned-total',
      to: 'UA',
      from: 'RU',
      since: '2022-02-24',
      category: 'military',
    },
    value: parseCount('over 2,200') as Claim['value'],
    source: 'nge',
    asOf: '2023-04',
    citations: [],
  },
  {
    id: 'basements',
    subject: {
      type: 'captured-total',
      captor: 'RU',
      of: 'UA',
      since: '2022-02-24',
      category: 'civilian',
    },
    value: parseCount('thousands if not tens of thousands') as Claim['value'],
    source: 'ru-mod-unnamed',
    asOf: '2023-04',
    citations: [],
  },
  {
    id: 'wagner-hundreds',
    subject: {
      type: 'held',
      holder: 'wagner',
      of: 'UA',
      category: 'military',
      onOfficialLists: false,
    },
    value: parseCount('hundreds') as Claim['value'],
    source: 'osechkin',
    asOf: '2023-04',
    citations: [],
  },
  {
    // The article gives no total of its own; this estimate from the same months is in the sample.
    id: 'ru-holds',
    subject: { type: 'held', holder: 'RU', of: 'UA', category: 'military' },
    value: parseCount('about 3,400') as Claim['value'],
    source: 'ua-verbytska',
    statedOn: '2022-12-30',
    asOf: '2022-12-30',
    citations: [{ url: 'https://en.interfax.com.ua/news/general/881637.html' }],
  },
];

// Step 5. Put it together and check it: every record, and every reference between them.
const result = safeParseDataset({
  format: 'swapledger/1',
  title: 'One news report',
  parties,
  sources,
  cohorts,
  exchanges,
  claims,
});
if (!result.success) throw new Error(result.error.map((i) => i.message).join('\n'));
const dataset = result.data;

// Step 6. The audit: the uneven exchange, the article's figures without a citation yet.
const findings = audit(dataset).findings;
export const codes = findings.map((f) => f.code);
if (
  !codes.includes('asymmetric-exchange') ||
  codes.filter((c) => c === 'unsourced-claim').length !== 3
) {
  throw new Error(`unexpected findings: ${codes.join(', ')}`);
}

// Step 7. "All for all": Ukraine's holdings are not estimated here, so the answer is open, and
// the people held by Wagner off the official lists are one of the reasons.
const balance = assessAllForAll(dataset, { parties: ['UA', 'RU'] });
export const verdict = balance.verdict;
export const reasons = balance.uncertainties.map((u) => u.code);
if (
  verdict !== 'indeterminate' ||
  !reasons.includes('off-official-lists') ||
  !reasons.includes('held-by-aligned-group')
) {
  throw new Error(`unexpected assessment: ${verdict}, ${reasons.join(', ')}`);
}
