import { describe, expect, it } from 'vitest';
import {
  collapseSpace,
  findReplyCode,
  findStatus,
  parseReply,
  stripReplyPrefixes,
  withoutReplyMarker,
} from '../../../../src/bounce/extract/smtp-reply.js';
import { randomTexts, realTexts } from './sample-texts.js';

// parseReply as it was before its one-line fast path: every reply split into lines.
const SES_QUOTED_REPLY =
  /^([245]\.\d{1,3}\.\d{1,3}) [-–] [^'‘\n]{1,100}?\b([245]\d\d)-['‘]([^'’\n]{1,2000})['’]/;
const PREFIX_RE = /^[ \t]*(?:(?:<<<|<\*\*|<~\*|<~|<-)[ \t]+)?[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ \t]+)?/;
function splitEveryLine(raw: string): { code?: number; status?: string; text: string } {
  const quoted = SES_QUOTED_REPLY.exec(raw);
  if (quoted) {
    const reply = splitEveryLine(`${quoted[2]} ${quoted[3]}`);
    return { ...reply, status: reply.status ?? quoted[1] };
  }
  const lines = raw.split(/\r?\n/);
  // The transcript and log markers are the module's own (they change as logs are learnt).
  const unmarked = withoutReplyMarker(lines[0] ?? '');
  if (unmarked !== lines[0]) return splitEveryLine(unmarked + raw.slice((lines[0] ?? '').length));
  const first = lines[0] ?? '';
  const code = findReplyCode(first) ?? findReplyCode(raw);
  const found = findStatus(raw);
  const status = code && code >= 400 && found?.startsWith('2.') ? undefined : found;
  const joined = lines.map((line, i) => (i === 0 ? line : line.replace(PREFIX_RE, ''))).join(' ');
  return { code, status, text: withoutRepeatedPrefix(collapseSpace(joined)) };
}

function withoutRepeatedPrefix(text: string): string {
  const lead = /^([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})\s/.exec(text);
  if (!lead) return text;
  const repeat = ` ${lead[1]} ${lead[2]} `;
  const rest = text.slice(lead[0].length).split(repeat).join(' ').split(` ${lead[1]}-${lead[2]} `).join(' ');
  return `${lead[0]}${rest}`;
}

const PIECES = [
  '550',
  '550-',
  '5.1.1 ',
  '2.1.1',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '  550-5.7.1 ',
  'user unknown',
  '#',
  'error_code :421',
  "5.1.0 - Unknown address error 550-'5.7.1 <a@b.example> Access denied'",
  '.',
  '<** ',
  '<~* ',
  '<-  ',
  '2026-12-04 10:15:03 SERVER -> CLIENT: ',
  '[2026-12-04 10:15:03] DEBUG [smtp/a1b2] S: ',
];

describe('parseReply', () => {
  it("reads the code and status after a transcript's reply marker, on every line of the reply", () => {
    expect(parseReply('<~* 535 5.7.8 Error: authentication failed: authentication failure')).toEqual({
      code: 535,
      status: '5.7.8',
      text: '535 5.7.8 Error: authentication failed: authentication failure',
    });
    expect(parseReply('<** 521 5.3.2 mx.example.org does not accept mail')).toMatchObject({
      code: 521,
      status: '5.3.2',
    });
    const folded = parseReply(
      [
        '<** 550-5.7.1 Service unavailable; client host [192.0.2.1] blocked',
        '<** 550-5.7.1 using zen.spamhaus.org; see',
        '<** 550 5.7.1 https://www.spamhaus.org/query/ip/192.0.2.1',
      ].join('\n'),
    );
    expect(folded).toEqual({
      code: 550,
      status: '5.7.1',
      text: '550-5.7.1 Service unavailable; client host [192.0.2.1] blocked using zen.spamhaus.org; see https://www.spamhaus.org/query/ip/192.0.2.1',
    });
    expect(parseReply('<<< 550 5.1.1 <bob@example.org>... User unknown').text).toBe(
      '550 5.1.1 <bob@example.org>... User unknown',
    );
  });

  it('reads what splitting every reply into lines read, on real bounces and their lines', () => {
    for (const text of realTexts()) {
      expect(parseReply(text), text).toEqual(splitEveryLine(text));
      expect(stripReplyPrefixes(text)).toBe(
        collapseSpace(
          text
            .split(/\r?\n/)
            .map((line, i) => (i === 0 ? line : line.replace(PREFIX_RE, '')))
            .join(' '),
        ),
      );
    }
  });

  it('reads what splitting every reply into lines read, on random replies', () => {
    for (const text of randomTexts(PIECES, 10000, 8))
      expect(parseReply(text), JSON.stringify(text)).toEqual(splitEveryLine(text));
  });
});

describe('an HTTP status is no reply code', () => {
  it.each([
    'TooManyRequestsError: HTTP Error 429: Too Many Requests',
    'urllib.error.HTTPError: HTTP Error 401: Unauthorized',
    'HTTP/1.1 429 Too Many Requests',
    '429 Too Many Requests',
  ])('%s', (text) => {
    expect(findReplyCode(text)).toBeUndefined();
  });

  it('still reads a reply whose code a colon follows', () => {
    expect(findReplyCode("554: delivery error: dd This user doesn't have a yahoo.com account")).toBe(554);
  });
});
