import { deepFreeze } from '../_lib/deepFreeze.js';
import type { Taxonomy } from './TaxonomySchema.js';

/**
 * The taxonomy every dataset starts from. Two roots that are never summed together, `people` and
 * `remains`; people are split by status (military / civilian), sex, age, condition and
 * citizenship; military people by rank, service, force and speciality. The legal meaning of each
 * category is keyed to the treaty articles: prisoners of war (Geneva Convention III, Art. 4),
 * civilians interned or prosecuted (Convention IV), the seriously wounded and sick repatriated
 * during hostilities (III, Arts. 109–110), and the dead (Additional Protocol I, Art. 34).
 *
 * Frozen, lists and entries too: every dataset without taxonomy additions is read with it, so it
 * cannot be changed in place. To change it, extend it (`extendTaxonomy`) or edit a copy.
 *
 * @example
 * ```ts
 * import { defaultTaxonomy } from 'swapledger';
 * defaultTaxonomy.categories.find((c) => c.id === 'officer')?.parent; // 'military'
 * ```
 */
export const defaultTaxonomy = /* @__PURE__ */ deepFreeze({
  id: 'swapledger',
  version: '1.1.0',
  categories: [
    { id: 'people', label: 'people', parent: null, note: 'Living people, whatever their status.' },
    {
      id: 'military',
      label: 'military personnel',
      parent: 'people',
      legal: [
        {
          instrument: 'GC III',
          articles: ['4'],
          note: 'Members of armed forces and of militias or volunteer corps forming part of them are prisoners of war when captured.',
        },
      ],
    },
    {
      id: 'civilian',
      label: 'civilians',
      parent: 'people',
      legal: [
        {
          instrument: 'GC IV',
          articles: ['4', '42', '43', '68', '78', '132', '133'],
          note: 'Protected persons who are interned or prosecuted; their release and repatriation fall under Convention IV.',
        },
      ],
    },
    { id: 'enlisted', label: 'privates and sergeants', parent: 'military' },
    { id: 'officer', label: 'officers', parent: 'military' },
    { id: 'private', label: 'privates', parent: 'enlisted' },
    { id: 'sergeant', label: 'sergeants and other non-commissioned officers', parent: 'enlisted' },
    { id: 'army', label: 'army and other armed-forces branches', parent: 'military' },
    { id: 'navy', label: 'navy and marines', parent: 'military' },
    { id: 'national-guard', label: 'national guard', parent: 'military' },
    { id: 'border-guard', label: 'border guard', parent: 'military' },
    { id: 'territorial-defence', label: 'territorial defence', parent: 'military' },
    {
      id: 'police',
      label: 'police and interior-ministry staff',
      parent: 'military',
      note: 'Listed among the services because reports list them there; whether a police officer is a combatant depends on incorporation into the armed forces (Additional Protocol I, Art. 43(3)).',
    },
    { id: 'military-police', label: 'military police', parent: 'military' },
    {
      id: 'state-special-transport-service',
      label: 'state special transport service',
      parent: 'military',
    },
    {
      id: 'dpr-forces',
      label: 'forces of the Russia-installed authority in Donetsk',
      parent: 'military',
    },
    {
      id: 'lpr-forces',
      label: 'forces of the Russia-installed authority in Luhansk',
      parent: 'military',
    },
    { id: 'pilot', label: 'pilots', parent: 'military' },
    { id: 'seafarer', label: 'civilian seafarers', parent: 'civilian' },
    { id: 'official', label: 'civilian officials', parent: 'civilian' },
    { id: 'man', label: 'men', parent: 'people' },
    { id: 'woman', label: 'women', parent: 'people' },
    { id: 'child', label: 'children', parent: 'people', note: 'Under 18.' },
    { id: 'adult', label: 'adults', parent: 'people' },
    {
      id: 'seriously-wounded',
      label: 'seriously wounded or sick',
      parent: 'people',
      legal: [
        {
          instrument: 'GC III',
          articles: ['109', '110'],
          note: 'Seriously wounded and sick prisoners are to be repatriated directly, during hostilities.',
        },
      ],
    },
    {
      id: 'national',
      label: 'nationals',
      parent: 'people',
      note: 'Citizens of the party whose people are counted: the complement of foreign nationals.',
    },
    { id: 'foreign-national', label: 'foreign nationals', parent: 'people' },
    {
      id: 'hostage',
      label: 'hostages',
      parent: 'people',
      note: 'Seized and held to compel the other side, whatever their status; reporting names them apart from prisoners.',
      legal: [
        {
          instrument: 'GC IV',
          articles: ['34'],
          note: 'The taking of hostages is prohibited.',
        },
      ],
    },
    {
      id: 'remains',
      label: 'remains',
      parent: null,
      note: 'Bodies of the dead. Never summed with living people.',
      legal: [
        {
          instrument: 'AP I',
          articles: ['34'],
          note: 'The remains of people who died in connection with occupation or hostilities are to be respected and returned.',
        },
      ],
    },
    { id: 'military-remains', label: 'remains of military personnel', parent: 'remains' },
    { id: 'civilian-remains', label: 'remains of civilians', parent: 'remains' },
    { id: 'foreign-remains', label: 'remains of foreign nationals', parent: 'remains' },
  ],
  partitions: [
    {
      id: 'people-status',
      label: 'by status',
      of: 'people',
      parts: ['military', 'civilian'],
      complete: true,
    },
    { id: 'people-sex', label: 'by sex', of: 'people', parts: ['man', 'woman'], complete: true },
    { id: 'people-age', label: 'by age', of: 'people', parts: ['child', 'adult'], complete: true },
    {
      id: 'people-condition',
      label: 'by condition',
      of: 'people',
      parts: ['seriously-wounded'],
      complete: false,
    },
    {
      id: 'people-citizenship',
      label: 'by citizenship',
      of: 'people',
      parts: ['national', 'foreign-national'],
      complete: true,
    },
    {
      id: 'people-hostage',
      label: 'by whether taken hostage',
      of: 'people',
      parts: ['hostage'],
      complete: false,
    },
    {
      id: 'military-rank',
      label: 'by rank',
      of: 'military',
      parts: ['enlisted', 'officer'],
      complete: true,
    },
    {
      id: 'enlisted-grade',
      label: 'by grade',
      of: 'enlisted',
      parts: ['private', 'sergeant'],
      complete: true,
    },
    {
      id: 'military-service',
      label: 'by service',
      of: 'military',
      parts: [
        'army',
        'navy',
        'national-guard',
        'border-guard',
        'territorial-defence',
        'police',
        'military-police',
        'state-special-transport-service',
      ],
      complete: false,
    },
    {
      id: 'military-force',
      label: 'by force',
      of: 'military',
      parts: ['dpr-forces', 'lpr-forces'],
      complete: false,
    },
    {
      id: 'military-speciality',
      label: 'by speciality',
      of: 'military',
      parts: ['pilot'],
      complete: false,
    },
    {
      id: 'civilian-occupation',
      label: 'by occupation',
      of: 'civilian',
      parts: ['seafarer', 'official'],
      complete: false,
    },
    {
      id: 'remains-status',
      label: 'by status',
      of: 'remains',
      parts: ['military-remains', 'civilian-remains'],
      complete: true,
    },
    {
      id: 'remains-citizenship',
      label: 'by citizenship',
      of: 'remains',
      parts: ['foreign-remains'],
      complete: false,
    },
  ],
} as const satisfies Taxonomy);
