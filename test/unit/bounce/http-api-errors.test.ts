import { describe, expect, it } from 'vitest';
import { findReplyCode } from '../../../src/bounce/extract/smtp-reply.js';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';

/** A sending API's HTTP errors as applications log them: the status is HTTP's, never an SMTP reply code. */
const API_ERRORS: [string, string, string][] = [
  [
    "Guzzle (Laravel's log): Mailgun refused the key",
    '[2026-12-05 10:00:01] production.ERROR: Client error: `POST https://api.mailgun.net/v3/mg.example.com/messages` ' +
      'resulted in a `401 UNAUTHORIZED` response: Forbidden',
    'auth-required',
  ],
  [
    "Python's requests: SendGrid's bare 403",
    'requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.sendgrid.com/v3/mail/send',
    'auth-required',
  ],
  [
    "axios: SendGrid's 429",
    'AxiosError: Request failed with status code 429 (POST https://api.sendgrid.com/v3/mail/send)',
    'rate-limited',
  ],
  [
    "axios: SendGrid's unverified sender, with a stack frame",
    'Error: Request failed with status code 403 at createError (/app/node_modules/axios/lib/core/createError.js:16:15) ' +
      '{"message":"The from address does not match a verified Sender Identity"}',
    'from-not-permitted',
  ],
];

describe("a sending API's HTTP errors", () => {
  for (const [name, text, cause] of API_ERRORS)
    it(`${name}: ${cause}, with no SMTP reply code`, async () => {
      const [record] = (await diagnoseBounce(text)).records;
      expect(record).toMatchObject({ cause, side: 'sender', replyCode: null });
    });

  it('finds no reply code in HTTP framing, and the SMTP ones still', () => {
    for (const text of [
      'Request failed with status code 422',
      'HTTP/1.1 403 Forbidden',
      'HTTP 401 from api.example.com',
      '403 Client Error: Forbidden for url: https://api.example.com/send',
      'resulted in a `401 UNAUTHORIZED` response',
    ]) {
      expect(findReplyCode(text), text).toBeUndefined();
    }
    expect(findReplyCode('550 5.1.1 <bob@example.org>: User unknown')).toBe(550);
    expect(findReplyCode('host mx.example.org said: 451 4.7.1 Try again later')).toBe(451);
  });
});
