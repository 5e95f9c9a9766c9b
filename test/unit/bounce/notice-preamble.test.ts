import { describe, expect, it } from 'vitest';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';

describe('a notice that gives its reason above its list of recipients', () => {
  it('lends that reason to each recipient whose own line says nothing, at low confidence', async () => {
    const notice = [
      'Your account has been temporarily blocked from sending email.',
      '',
      'Your message to bob@example.org was not sent.',
      'Your message to carol@example.net was not sent.',
    ].join('\n');
    const { records } = await diagnoseBounce(notice);
    expect(records.map((r) => [r.recipient, r.cause, r.confidence])).toEqual([
      ['bob@example.org', 'sender-account-blocked', 'low'],
      ['carol@example.net', 'sender-account-blocked', 'low'],
    ]);
  });

  it("never over a recipient's own reply", async () => {
    const notice = [
      'Your account has been temporarily blocked from sending email.',
      '',
      '<bob@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 <bob@example.org>: User unknown',
    ].join('\n');
    const [record] = (await diagnoseBounce(notice)).records;
    expect(record).toMatchObject({ recipient: 'bob@example.org', cause: 'user-unknown' });
  });
});
