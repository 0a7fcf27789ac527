// A small HTTP service that accepts posted exchange records, built on Node's own http module:
// POST /exchanges with a JSON body answers 201 with the record for a valid exchange, and 400 with
// the package's list of problems (path, code, message) for a bad one.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { safeCreateExchange } from 'swapledger';

const LIMIT = 1024 * 1024;

function send(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

export function exchangeService() {
  return createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/exchanges')
      return send(response, 404, { error: 'POST /exchanges' });
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > LIMIT) {
        send(response, 413, { error: 'the body is larger than 1 MB' });
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => {
      if (response.writableEnded) return;
      let payload;
      try {
        payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(response, 400, {
          errors: [{ path: [], code: 'invalid-json', message: 'the body is not valid JSON' }],
        });
      }
      const result = safeCreateExchange(payload);
      if (result.success) send(response, 201, result.data);
      else send(response, 400, { errors: result.error });
    });
  });
}

// Run directly: node examples/http-service/server.mjs [port]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? 8080);
  exchangeService().listen(port, '127.0.0.1', () =>
    console.log(`listening on http://127.0.0.1:${port}/exchanges`),
  );
}
