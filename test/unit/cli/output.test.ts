import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BufferedOutput } from '../../../src/cli/output.js';

describe('BufferedOutput', () => {
  it('batches small writes and waits for a slow reader', async () => {
    const writes: string[] = [];
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk, _enc, cb) {
        writes.push(String(chunk));
        setTimeout(cb, 2);
      },
    });
    const out = new BufferedOutput(slow, 100);
    for (let i = 0; i < 1000; i++) await out.write(`line ${i}\n`);
    await out.flush();
    await new Promise((r) => slow.end(r));
    expect(writes.join('')).toBe(Array.from({ length: 1000 }, (_, i) => `line ${i}\n`).join(''));
    expect(writes.length).toBeLessThan(200); // ~9 lines per write, not one write per line
    expect(slow.listenerCount('close')).toBeLessThan(3);
  });

  it('stops quietly when the reader goes away', async () => {
    const broken = new Writable({
      write(_chunk, _enc, cb) {
        cb(Object.assign(new Error('EPIPE'), { code: 'EPIPE' }));
      },
    });
    const out = new BufferedOutput(broken, 1);
    await out.write('a\n');
    await new Promise((r) => setImmediate(r));
    expect(out.closed).toBe(true);
    await out.write('b\n');
  });
});
