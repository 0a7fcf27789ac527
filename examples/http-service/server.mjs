// A small HTTP service that accepts posted exchange records, built on Node's own http module:
// POST /exchanges with a JSON body answers 201 with the record for a valid exchange, and 400 with
// the package's list of problems (path, code, message) for a bad one.
//
// What one client can make it hold or send is capped:
// - a body over 1 MB is answered 413 with `connection: close` at once; the rest of the body is
//   read and dropped (up to 16 MB more, then the connection is cut) and the connection closed
//   only after it, so that the client sees the 413 rather than a reset connection;
// - a 400 lists at most the first 100 problems, within 64 kB of JSON, each path segment and
//   message cut to 200 characters, and says how many there were in all: `{ errors, total }`;
// - each connection is answered one request at a time, the next once the previous reply has been
//   handed to the operating system, so a client that sends requests without reading the replies
//   holds at most one reply in the server's memory; the requests it sends meanwhile wait in line,
//   and a connection with more than 32 of them waiting is closed.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { safeCreateExchange } from 'swapledger';

/** The caps above; `exchangeService(options)` may lower them (the tests do). */
export const LIMITS = Object.freeze({
  bodyBytes: 1024 * 1024,
  discardBytes: 16 * 1024 * 1024,
  issues: 100,
  replyBytes: 64 * 1024,
  chars: 200,
  waiting: 32,
});

function send(response, status, body, headers = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

const clip = (text, chars) => (text.length > chars ? `${text.slice(0, chars)}…` : text);

/** The first problems that fit the caps, and how many there were in all. */
export function listProblems(issues, limits = LIMITS) {
  const errors = [];
  let bytes = 0;
  for (const issue of issues.slice(0, limits.issues)) {
    const listed = {
      path: issue.path.map((key) => (typeof key === 'string' ? clip(key, limits.chars) : key)),
      code: issue.code,
      message: clip(issue.message, limits.chars),
    };
    bytes += Buffer.byteLength(JSON.stringify(listed)) + 1;
    if (bytes > limits.replyBytes) break;
    errors.push(listed);
  }
  return { errors, total: issues.length };
}

/**
 * The 413 for a body over the limit, sent at once and complete (its length is given) but ended only
 * once the client has sent the rest, which is read and dropped: Node closes a `connection: close`
 * socket as soon as the reply ends, and closing it while the client still sends resets it, often
 * before the client has read the 413.
 */
function refuse(response, limits) {
  const text = JSON.stringify({ error: `the body is larger than ${limits.bodyBytes} bytes` });
  response.writeHead(413, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    connection: 'close',
  });
  response.write(text);
}

function answer(request, response, limits) {
  if (request.method !== 'POST' || request.url !== '/exchanges')
    return send(response, 404, { error: 'POST /exchanges' });
  const chunks = [];
  let size = 0;
  let refused = false;
  request.on('data', (chunk) => {
    size += chunk.length;
    if (refused) {
      if (size > limits.bodyBytes + limits.discardBytes) request.socket.destroy();
    } else if (size <= limits.bodyBytes) chunks.push(chunk);
    else {
      refused = true;
      chunks.length = 0;
      refuse(response, limits);
    }
  });
  request.on('end', () => {
    if (refused) return response.end();
    let payload;
    try {
      payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(response, 400, {
        errors: [{ path: [], code: 'invalid-json', message: 'the body is not valid JSON' }],
        total: 1,
      });
    }
    const result = safeCreateExchange(payload);
    if (result.success) send(response, 201, result.data);
    else send(response, 400, listProblems(result.error, limits));
  });
}

/**
 * The service, not yet listening. Requests on one connection are answered one at a time, each once
 * the reply before it has been handed to the operating system; Node parses pipelined requests
 * ahead, and they wait in line. A connection with more than `limits.waiting` requests in line is
 * closed: its client sends requests and does not read the replies.
 */
export function exchangeService(options = {}) {
  const limits = { ...LIMITS, ...options };
  const lines = new WeakMap();
  const next = (line) => {
    const waiting = line.busy ? undefined : line.waiting.shift();
    if (!waiting) return;
    const [request, response] = waiting;
    line.busy = true;
    // 'close' follows 'finish' (the reply handed to the operating system), or a closed connection.
    response.once('close', () => {
      line.busy = false;
      next(line);
    });
    answer(request, response, limits);
  };
  return createServer((request, response) => {
    const socket = request.socket;
    let line = lines.get(socket);
    if (!line) lines.set(socket, (line = { busy: false, waiting: [] }));
    if (socket.destroyed) return;
    if (line.waiting.length >= limits.waiting) {
      line.waiting.length = 0;
      return socket.destroy();
    }
    line.waiting.push([request, response]);
    next(line);
  });
}

// Run directly: node examples/http-service/server.mjs [port]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? 8080);
  exchangeService().listen(port, '127.0.0.1', () =>
    console.log(`listening on http://127.0.0.1:${port}/exchanges`),
  );
}
