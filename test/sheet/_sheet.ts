// The mapping and the header the importer's tests of one small Ukraine–Russia sheet share.
import type { SheetMapping } from '../../src/sheet/index.js';

export const mapping: SheetMapping = {
  parties: [
    { record: { id: 'UA', name: 'Ukraine', kind: 'state' } },
    { record: { id: 'RU', name: 'Russian Federation', kind: 'state' }, aliases: ['Russia'] },
  ],
  sources: [
    {
      record: { id: 'ua-yermak', name: 'Andrii Yermak', kind: 'official', affiliation: 'UA' },
    },
    {
      record: {
        id: 'ru-mod',
        name: 'Ministry of Defence of the Russian Federation',
        kind: 'ministry',
        affiliation: 'RU',
      },
      aliases: ['Russian Ministry of Defence'],
    },
  ],
  media: [
    { wording: 'Telegram', medium: 'telegram' },
    { wording: 'statement', medium: 'statement' },
  ],
  subjects: [
    {
      wording: 'returned to Ukraine',
      subject: { type: 'transferred', exchange: '{exchange}', to: 'UA' },
    },
    {
      wording: 'returned to Russia',
      subject: { type: 'transferred', exchange: '{exchange}', to: 'RU' },
    },
  ],
};

export const HEADER = 'exchange,dates,parties,source,side,stated_on,medium,url,counted,figure';
