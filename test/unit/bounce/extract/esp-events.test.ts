import { describe, expect, it } from 'vitest';
import { looksLikeEspEvent, readEspEvents } from '../../../../src/bounce/extract/esp-events.js';
import { readSesNotification } from '../../../../src/bounce/extract/ses-notification.js';

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

  it('reads SparkPost message events: a delay as a retry, class 60 as an auto-reply, opens not at all', () => {
    const event = (fields: string) => `[{"msys":{"message_event":{"rcpt_to":"bob@example.org",${fields}}}}]`;
    expect(readEspEvents(event('"type":"delay","raw_reason":"452 4.2.2 Mailbox full"'))).toEqual([
      {
        kind: 'bounce',
        recipient: 'bob@example.org',
        action: 'delayed',
        diagnostic: '452 4.2.2 Mailbox full',
      },
    ]);
    expect(
      readEspEvents(event('"type":"out_of_band","bounce_class":"60","raw_reason":"Out of office"')),
    ).toMatchObject([{ kind: 'auto-reply' }]);
    expect(readEspEvents('[{"msys":{"track_event":{"type":"open","rcpt_to":"bob@example.org"}}}]')).toEqual(
      [],
    );
  });

  it("reads Postmark's AutoResponder as an auto-reply", () => {
    const auto =
      '{"RecordType":"Bounce","Type":"AutoResponder","Email":"bob@example.org","Details":"I am away"}';
    expect(readEspEvents(auto)).toEqual([
      { kind: 'auto-reply', recipient: 'bob@example.org', diagnostic: 'I am away' },
    ]);
  });

  it('reads a few Mailgun fields copied without their braces, a severity standing for the event', () => {
    const fields =
      '"severity": "temporary",\n"delivery-status": {"code": 452, "message": "4.2.2 full"},\n"recipient": "bob@example.org",';
    expect(looksLikeEspEvent(fields)).toBe(true);
    expect(readEspEvents(fields)).toMatchObject([
      { kind: 'bounce', recipient: 'bob@example.org', action: 'delayed', diagnostic: '452 4.2.2 full' },
    ]);
  });
});

describe('round 47: drops, types and names a service decides itself', () => {
  it('says a SendGrid drop for a reason of its own in that reason, any other drop is a suppression', () => {
    const drop = (reason: string) =>
      readEspEvents(`{"event":"dropped","email":"bob@example.org","reason":"${reason}","sg_event_id":"x"}`);
    expect(drop('Invalid SMTPAPI header')).toMatchObject([
      { diagnostic: 'SendGrid dropped the message: Invalid SMTPAPI header' },
    ]);
    expect(drop('Bounced Address')[0]?.diagnostic).toMatch(/suppressed/);
  });

  it('reads Mandrill events with a bounce_description, HubSpot events and a Mailgun Events API page', () => {
    const mandrill =
      '[{"event":"hard_bounce","msg":{"email":"bob@example.org","bounce_description":"invalid_domain","diag":""}}]';
    expect(looksLikeEspEvent(mandrill)).toBe(true);
    expect(readEspEvents(mandrill)).toMatchObject([
      { recipient: 'bob@example.org', diagnostic: /domain does not exist/ },
    ]);
    const hubSpot =
      '{"type":"DROPPED","recipient":"bob@example.org","portalId":1,"dropReason":"PREVIOUSLY_BOUNCED"}';
    expect(readEspEvents(hubSpot)).toMatchObject([{ diagnostic: /suppressed \(PREVIOUSLY_BOUNCED\)/ }]);
    const page =
      '{"items":[{"event":"failed","recipient":"bob@example.org","delivery-status":{"code":550,"message":"5.1.1 unknown"}}],"paging":{}}';
    expect(readEspEvents(page)).toMatchObject([
      { recipient: 'bob@example.org', diagnostic: '550 5.1.1 unknown' },
    ]);
  });

  it('reads a Postmark type its Description calls temporary as a delay, ChallengeVerification as no failure', () => {
    const bounce = (type: string, description: string) =>
      readEspEvents(
        `{"RecordType":"Bounce","Type":"${type}","Description":"${description}","Email":"bob@example.org"}`,
      );
    expect(bounce('DnsError', 'A temporary DNS error.')).toMatchObject([{ action: 'delayed' }]);
    expect(bounce('ChallengeVerification', 'A challenge.')).toMatchObject([{ kind: 'auto-reply' }]);
  });
});

describe('Amazon SES DeliveryDelay events', () => {
  it('reads the delay type when the receiver gave no reply, the reply when it did', () => {
    const delay = (recipient: string) =>
      `{"eventType":"DeliveryDelay","mail":{"source":"alice@example.com"},"deliveryDelay":{"delayType":"MailboxFull","delayedRecipients":[${recipient}]}}`;
    expect(readSesNotification(delay('{"emailAddress":"bob@example.org"}'))).toMatchObject([
      { recipient: 'bob@example.org', sender: 'alice@example.com', action: 'delayed', status: '4.2.2' },
    ]);
    expect(
      readSesNotification(
        delay('{"emailAddress":"bob@example.org","diagnosticCode":"smtp; 452 4.2.2 Over quota"}'),
      ),
    ).toMatchObject([{ diagnostic: '452 4.2.2 Over quota' }]);
  });
});
