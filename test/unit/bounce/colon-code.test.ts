import { describe, expect, it } from 'vitest';
import { findReplyCode } from '../../../src/bounce/extract/smtp-reply.js';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/** A reply code followed by a colon ("554: delivery error: dd …"), as Yahoo and some appliances write it. */
describe('reply codes followed by a colon', () => {
  const yahoo =
    "554: delivery error: dd This user doesn't have a yahoo.com account (bob@yahoo.com) [0] - mta1321.mail.ne1.yahoo.com";

  it.each([
    ['pasted alone', yahoo],
    ['after "Remote host said:"', `Remote host said: ${yahoo}`],
    ['under its recipient in a notice', `<bob@yahoo.com>:\n${yahoo}`],
  ])('reads Yahoo\'s "554:" %s', async (_name, text) => {
    const [r] = await readBounceRecords(text);
    expect(r).toMatchObject({ replyCode: 554, cause: 'user-unknown', recipient: 'bob@yahoo.com' });
  });

  it('takes "Error 550: …" as the reply code, but not a number inside an IPv6 address or a time', () => {
    expect(findReplyCode('Error 550: mailbox unavailable')).toBe(550);
    expect(findReplyCode('from fe80::250: hello')).toBeUndefined();
    expect(findReplyCode('queued at 12:30: 2 left')).toBeUndefined();
    expect(findReplyCode('port 4450: closed')).toBeUndefined();
  });
});

describe('a status with a subject RFC 3463 does not define', () => {
  it('"4.16.50" is Yahoo\'s own code, never the enhanced status', async () => {
    const [r] = await readBounceRecords('451 Message temporarily deferred - 4.16.50');
    expect(r).toMatchObject({ replyCode: 451, status: null, permanent: false });
    const [defined] = await readBounceRecords('451 4.7.1 Message temporarily deferred - 4.16.50');
    expect(defined?.status).toBe('4.7.1');
  });
});
