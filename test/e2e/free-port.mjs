#!/usr/bin/env node
// Prints a TCP port free on 127.0.0.1 right now (the kernel picks it), for e2e servers that need a
// port of their own, so that two e2e runs on one host do not clash: `node test/e2e/free-port.mjs`.
import { createServer } from 'node:net';

export function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await freeLoopbackPort());
