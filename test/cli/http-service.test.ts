// The example HTTP service, started on a loopback port, answers a valid and an invalid payload.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error the example is plain JavaScript
import { exchangeService } from '../../examples/http-service/server.mjs';

const server = exchangeService() as Server;
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const post = (body: string) =>
  fetch(`${base}/exchanges`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
  });

describe('examples/http-service', () => {
  it('answers 201 for a valid exchange', async () => {
    const exchange = {
      id: 'x',
      parties: ['UA', 'RU'],
      status: 'completed',
      stages: [{ on: '2023-04-26' }],
      transfers: [],
    };
    const response = await post(JSON.stringify(exchange));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual(exchange);
  });

  it('answers 400 with the package’s error list for a bad one', async () => {
    const response = await post(
      JSON.stringify({
        id: 'x',
        parties: ['UA'],
        status: 'rumoured',
        stages: [{ on: '2023-02-30' }],
        transfers: [],
      }),
    );
    expect(response.status).toBe(400);
    const { errors, total } = (await response.json()) as {
      errors: { path: unknown[]; code: string }[];
      total: number;
    };
    expect(errors.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['parties', 'too-small'],
      ['status', 'invalid-value'],
      ['stages.0.on', 'impossible-date'],
    ]);
    expect(total).toBe(3);
    expect((await post('{not json')).status).toBe(400);
  });
});
