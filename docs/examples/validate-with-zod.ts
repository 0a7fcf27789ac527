// docs/examples/validate-with-zod.ts
import { ClaimSchema, safeParseDataset } from 'swapledger';

// One record: the zod schema, with zod's own error format.
const claim = ClaimSchema.safeParse({
  id: 'c1',
  subject: { type: 'transferred', exchange: 'ua-ru-2023-04-26', to: 'RU' },
  value: { low: 40, high: 40 },
  source: 'ru-mod',
  statedOn: '2023-04-26',
  citations: [{ url: 'https://www.pravda.com.ua/eng/news/2023/04/26/7399533/' }],
});
if (!claim.success) throw new Error('a valid claim was refused');

// A whole dataset: shapes and every reference between records, with paths, codes and messages.
const result = safeParseDataset({
  format: 'swapledger/1',
  parties: [],
  sources: [],
  exchanges: [],
  claims: [claim.data],
});
if (result.success) throw new Error('a claim with an unknown source was accepted');
export const answer = {
  status: 400,
  errors: result.error.map((i) => ({ path: i.path, code: i.code, message: i.message })),
};
if (answer.errors[0]?.code !== 'unknown-reference') throw new Error('unexpected error list');
