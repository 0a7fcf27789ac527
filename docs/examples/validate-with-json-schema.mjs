// docs/examples/validate-with-json-schema.mjs
// A service that is not written in TypeScript validates with the shipped JSON Schema files and any
// JSON Schema validator (here ajv); the rules JSON Schema cannot state are listed in each file.
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';

const require = createRequire(import.meta.url);
const schema = require('swapledger/schemas/exchange.json');
const validate = new Ajv2020({ allErrors: true }).compile(schema);

const exchange = {
  id: 'ua-ru-2023-04-26',
  parties: ['UA', 'RU'],
  status: 'completed',
  stages: [{ on: '2023-04-26' }],
  transfers: [
    { id: 'to-RU', from: 'UA', to: 'RU', category: 'people', count: { low: 40, high: 40 } },
  ],
};
if (!validate(exchange)) throw new Error(JSON.stringify(validate.errors));
if (validate({ ...exchange, stages: [{ on: '2023-02-30' }] }))
  throw new Error('an impossible date was accepted');
console.log('valid exchange accepted, impossible date refused');
