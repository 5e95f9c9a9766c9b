import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

// A 2xx reply is never a failure: it accepted something, or says nothing of a message at all.
describe('2xx replies', () => {
  it.each([
    ['a greeting', '220 mx.example.org ESMTP Postfix'],
    ['an FTP reply after a dash', 'ftp – 226 Transfer complete'],
    ['a goodbye without a status', 'Status: 221 closing connection'],
    ['a login accepted', '235 Authentication successful'],
  ])('%s gives no record', async (_name, text) => {
    expect(await readBounceRecords(text)).toEqual([]);
  });

  it.each([
    ['250 OK', 250],
    ['Reply: 251 User not local; will forward to <b@example.net>', 251],
  ])('"%s" accepted: delivered, not a failure', async (text, code) => {
    const [record] = await readBounceRecords(text);
    expect(record?.cause).toBe('delivered');
    expect(record?.replyCode).toBe(code);
  });

  it('a 551 with the same words is still the refusal', async () => {
    const [record] = await readBounceRecords('551 5.1.6 User not local; please try <b@example.net>');
    expect(record?.cause).toBe('recipient-moved');
    expect(record?.permanent).toBe(true);
  });
});
