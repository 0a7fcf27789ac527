// Hostile clients against the example HTTP service, started on a loopback port: a body that makes
// tens of thousands of issues gets a capped reply, a body over the limit gets its 413 even when the
// client reads only after sending everything, and a client that sends requests on one keep-alive
// connection without reading the replies cannot make the server hold more than one reply.
import { Buffer } from 'node:buffer';
import type { Server, ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error the example is plain JavaScript
import { exchangeService } from '../../examples/http-service/server.mjs';

const server = exchangeService() as Server;
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A raw POST /exchanges, as bytes. */
const post = (body: string | Buffer): Buffer =>
  Buffer.concat([
    Buffer.from(
      `POST /exchanges HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\n\r\n`,
    ),
    Buffer.from(body),
  ]);

const open = async (): Promise<Socket> => {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return socket;
};

/** Waits until `read` stops changing for a while (bounded), polling. */
async function settle(read: () => number, quietMs = 400, maxMs = 10_000): Promise<void> {
  let last = read();
  let quietSince = Date.now();
  const start = Date.now();
  while (Date.now() - start < maxMs && Date.now() - quietSince < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const now = read();
    if (now !== last) [last, quietSince] = [now, Date.now()];
  }
}

// 100 transfers of 200 empty breakdown parts: 61 kB that make 40,500 issues (4.8 MB uncapped).
const transfer = `{"breakdown":[${Array(200).fill('{}').join(',')}]}`;
const MANY_ISSUES = `{"id":"x","parties":["UA","RU"],"status":"completed","stages":[{"on":"2023-04-26"}],"transfers":[${Array(100).fill(transfer).join(',')}]}`;

describe('the example HTTP service against hostile clients', () => {
  it('caps the issues listed in a 400, and says how many there were', async () => {
    expect(MANY_ISSUES.length).toBeLessThan(64 * 1024);
    const response = await fetch(`http://127.0.0.1:${port}/exchanges`, {
      method: 'POST',
      body: MANY_ISSUES,
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(64 * 1024 + 64);
    const reply = JSON.parse(text) as {
      errors: { path: unknown[]; code: string }[];
      total: number;
    };
    expect(reply.total).toBe(40_500);
    expect(reply.errors.length).toBeGreaterThan(0);
    expect(reply.errors.length).toBeLessThanOrEqual(100);
    expect(reply.errors[0]).toMatchObject({ path: ['transfers', 0, 'id'], code: 'missing-field' });
  });

  it('cuts long paths and messages in a 400', async () => {
    const key = 'k'.repeat(100_000);
    const response = await fetch(`http://127.0.0.1:${port}/exchanges`, {
      method: 'POST',
      body: JSON.stringify({ [key]: 1 }),
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text.length).toBeLessThan(8 * 1024);
    expect((JSON.parse(text) as { total: number }).total).toBeGreaterThan(1);
  });

  it('answers 413 to a 5 MB body, seen by a client that reads only after sending it all', async () => {
    const body = Buffer.from(JSON.stringify({ pad: 'x'.repeat(5 * 1024 * 1024) }));
    for (let round = 0; round < 3; round++) {
      const socket = await open();
      socket.pause();
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
      const outcome = await new Promise<string>((resolve) => {
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(`error ${error.code}`));
        socket.once('end', () => resolve(received));
        socket.write(post(body), (error) => {
          if (!error) socket.resume();
        });
      });
      socket.destroy();
      expect(outcome.split('\r\n')[0]).toBe('HTTP/1.1 413 Payload Too Large');
      expect(outcome.toLowerCase()).toContain('connection: close');
    }
    const viaFetch = await fetch(`http://127.0.0.1:${port}/exchanges`, {
      method: 'POST',
      body,
    });
    expect(viaFetch.status).toBe(413);
    await viaFetch.text();
  });

  it('holds at most one reply for a client that sends on one connection and never reads', async () => {
    // Every reply the server has ended but not yet handed to the operating system.
    let seen = 0;
    let unflushed = 0;
    let mostUnflushed = 0;
    const watch = (_request: unknown, response: ServerResponse) => {
      seen++;
      const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
      let ended = false;
      response.end = ((...args: unknown[]) => {
        if (!ended) {
          ended = true;
          unflushed++;
          mostUnflushed = Math.max(mostUnflushed, unflushed);
        }
        return end(...args);
      }) as ServerResponse['end'];
      response.once('close', () => {
        if (ended) unflushed--;
      });
    };
    server.prependListener('request', watch);
    try {
      // 150 unknown fields: a 1.4 kB request and a reply of 100 issues.
      const body = JSON.stringify(
        Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${i}`, 0])),
      );
      const request = post(body);
      const socket = await open();
      socket.pause();
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      socket.on('error', () => undefined);
      const N = 3000;
      for (let i = 0; i < N && !socket.destroyed; i++) socket.write(request);
      await settle(() => seen);
      expect(mostUnflushed).toBeLessThanOrEqual(1);
      // The server stopped taking requests from it, rather than keeping them all.
      expect(seen).toBeLessThan(N);
      socket.destroy();
      await closed;
    } finally {
      server.off('request', watch);
    }
  });
});
