import { describe, expect, it } from 'vitest';
import { looksLikeEspEvent, readEspEvents } from '../../../../src/bounce/extract/esp-events.js';

describe('sending services’ webhook events', () => {
  it('keeps a "+" in a Mailchimp form field and reads an abuse clean as a complaint', () => {
    const hard = 'type=cleaned&data[reason]=hard&data[email]=bob+news@example.org';
    expect(looksLikeEspEvent(hard)).toBe(true);
    expect(readEspEvents(hard)).toMatchObject([{ kind: 'bounce', recipient: 'bob+news@example.org' }]);
    const abuse = 'type=cleaned&data[reason]=abuse&data[email]=bob%40example.org';
    expect(readEspEvents(abuse)).toEqual([
      { kind: 'complaint', recipient: 'bob@example.org', feedbackType: 'abuse' },
    ]);
    expect(readEspEvents('type=subscribe&data[email]=bob@example.org')).toEqual([]);
  });

  it('reads every recipient of a Resend event and its complaints', () => {
    const complained =
      '{"type":"email.complained","data":{"from":"Alice <alice@example.com>","to":["bob@example.org","carol@example.org"]}}';
    expect(readEspEvents(complained)).toMatchObject([
      { kind: 'complaint', recipient: 'bob@example.org', sender: 'alice@example.com' },
      { kind: 'complaint', recipient: 'carol@example.org' },
    ]);
    const delivered = '{"type":"email.delivered","data":{"to":["bob@example.org"]}}';
    expect(readEspEvents(delivered)).toEqual([]);
  });

  it('gives a soft Mailjet bounce a 4.x.x status and a blocked one Mailjet’s own words', () => {
    const soft =
      '{"event":"bounce","email":"bob@example.org","mj_contact_id":1,"hard_bounce":false,"error":"quota exceeded"}';
    expect(readEspEvents(soft)).toMatchObject([{ action: 'delayed', status: '4.2.2' }]);
    const blocked = '{"event":"blocked","email":"bob@example.org","mj_contact_id":1,"error":"preblocked"}';
    expect(readEspEvents(blocked)).toMatchObject([
      { action: 'failed', diagnostic: 'Mailjet blocked: preblocked' },
    ]);
  });

  it('reads a Brevo deferred event as a delay and ignores its opens', () => {
    const deferred =
      '{"event":"deferred","email":"bob@example.org","message-id":"<1@x>","reason":"451 4.7.1 try later"}';
    expect(readEspEvents(deferred)).toMatchObject([{ action: 'delayed', diagnostic: '451 4.7.1 try later' }]);
    expect(readEspEvents('{"event":"opened","email":"bob@example.org","message-id":"<1@x>"}')).toEqual([]);
  });
});
