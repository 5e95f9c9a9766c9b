/**
 * Round 51's builders of whole bounce emails (headers and MIME body, as they arrive): a DSN report, a single-part
 * notice, an ARF feedback report, an RFC 3834 auto-reply. Bodies go through round 37's and round 20's encoders
 * (checked there against the runtime's own decoders).
 */
import { encodeJa, type JaCharset } from './real-world-cases-20.js';
import { base64Lines, type Charset, encode, qpLines } from './real-world-cases-37.js';

export type Cs = Charset | JaCharset;
export type Te = 'base64' | 'quoted-printable' | '8bit' | '7bit';

const JA = new Set<Cs>(['ISO-2022-JP', 'Shift_JIS', 'UTF-8']);
const bytesOf = (text: string, charset: Cs): Buffer =>
  JA.has(charset) ? encodeJa(text, charset as JaCharset) : encode(text, charset as Charset);

export const ls = (...l: string[]) => l.join('\n');
export const DATE = 'Date: Thu, 3 Dec 2026 09:41:07 +0000';
export const SENT = 'Thu, 3 Dec 2026 09:40:51 +0000';

/** A text part: its headers, a blank line, the text in the charset and transfer encoding. */
export function textPart(
  text: string,
  charset: Cs = 'utf-8',
  te: Te = '7bit',
  type = 'text/plain',
): string[] {
  const bytes = bytesOf(text, charset);
  const body =
    te === 'base64'
      ? base64Lines(bytes)
      : te === 'quoted-printable'
        ? qpLines(bytes)
        : te === '7bit'
          ? bytes.toString('latin1').split('\n')
          : text.split('\n');
  const label = charset === 'utf-8' ? 'UTF-8' : charset.toLowerCase();
  return [`Content-Type: ${type}; charset="${label}"`, `Content-Transfer-Encoding: ${te}`, '', ...body];
}

/** The HTML a provider writes beside its text: each line a paragraph. */
export const htmlOf = (text: string): string =>
  `<html><body>\n${text
    .split('\n')
    .map((l) => (l ? `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>` : ''))
    .join('\n')}\n</body></html>`;

/** A whole message: header lines, then the body lines, which begin with the blank line that ends the headers. */
export function mail(headers: string[], body: string[]): string {
  return [...headers, 'MIME-Version: 1.0', ...body, ''].join('\n');
}

/** Parts under one boundary, closed. */
export function multipart(boundary: string, parts: string[][]): string[] {
  const out: string[] = ['This is a multi-part message in MIME format.', ''];
  for (const p of parts) out.push(`--${boundary}`, ...p, '');
  out.push(`--${boundary}--`, '');
  return out;
}

export interface Dsn {
  recipient: string;
  status: string;
  diag?: string;
  action?: string;
  reporting?: string;
  remote?: string;
  /** The diagnostic type (smtp, X-Postfix, X-Unix...). */
  diagType?: string;
  extra?: string[];
  original?: string;
}

export function dsnPart(d: Dsn): string[] {
  return [
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${d.reporting ?? 'mail.example.com'}`,
    `Arrival-Date: ${SENT}`,
    '',
    ...(d.original ? [`Original-Recipient: rfc822; ${d.original}`] : []),
    `Final-Recipient: rfc822; ${d.recipient}`,
    `Action: ${d.action ?? 'failed'}`,
    `Status: ${d.status}`,
    ...(d.remote ? [`Remote-MTA: dns; ${d.remote}`] : []),
    ...(d.diag ? [`Diagnostic-Code: ${d.diagType ?? 'smtp'}; ${d.diag}`] : []),
    `Last-Attempt-Date: ${SENT}`,
    ...(d.extra ?? []),
  ];
}

export function returnedHeaders(to: string, subject = 'Order 4471 confirmation'): string[] {
  return [
    'Content-Type: text/rfc822-headers',
    '',
    'From: Alice Example <alice@example.com>',
    `To: <${to}>`,
    `Subject: ${subject}`,
    `Date: ${SENT}`,
    'Message-ID: <51.a9f3c2@mail.example.com>',
  ];
}

export function returnedMessage(to: string, subject = 'Order 4471 confirmation'): string[] {
  return [
    'Content-Type: message/rfc822',
    '',
    'From: Alice Example <alice@example.com>',
    `To: <${to}>`,
    `Subject: ${subject}`,
    `Date: ${SENT}`,
    'Message-ID: <51.a9f3c2@mail.example.com>',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Hello, your order is on its way.',
  ];
}

export interface ReportOpts {
  from: string;
  subject: string;
  to?: string;
  text: string;
  charset?: Cs;
  te?: Te;
  /** Text and HTML alternative (Gmail, Microsoft 365). */
  html?: boolean;
  dsn: Dsn | Dsn[];
  headers?: string[];
  /** The returned message: headers only (default), whole, or none. */
  returned?: 'headers' | 'message' | 'none';
}

/** A multipart/report delivery-status notification: the human text, the DSN part, the returned message. */
export function report(o: ReportOpts): string {
  const b = '=_rep51_0c1f';
  const a = '=_alt51_7d2e';
  const human = o.html
    ? [
        `Content-Type: multipart/alternative; boundary="${a}"`,
        '',
        ...multipart(a, [
          textPart(o.text, o.charset, o.te),
          textPart(htmlOf(o.text), o.charset, o.te, 'text/html'),
        ]),
      ]
    : textPart(o.text, o.charset, o.te);
  const dsns = Array.isArray(o.dsn) ? o.dsn : [o.dsn];
  const [first, ...rest] = dsns;
  const dsnLines = [...dsnPart(first as Dsn)];
  for (const d of rest) dsnLines.push('', ...dsnPart(d).slice(5));
  const rcpt = (first as Dsn).recipient;
  const ret =
    o.returned === 'none' ? [] : [o.returned === 'message' ? returnedMessage(rcpt) : returnedHeaders(rcpt)];
  return mail(
    [
      `From: ${o.from}`,
      `To: ${o.to ?? 'alice@example.com'}`,
      `Subject: ${o.subject}`,
      DATE,
      ...(o.headers ?? []),
      `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
    ],
    ['', ...multipart(b, [human, dsnLines, ...ret])],
  );
}

export interface NoticeOpts {
  from: string;
  subject: string;
  to?: string;
  text: string;
  charset?: Cs;
  te?: Te;
  headers?: string[];
  /** Attach the returned message as message/rfc822 (multipart/mixed). */
  attach?: string;
  html?: boolean;
}

/** A notice without a DSN part: single text part, or text plus the returned message. */
export function notice(o: NoticeOpts): string {
  const head = [
    `From: ${o.from}`,
    `To: ${o.to ?? 'alice@example.com'}`,
    `Subject: ${o.subject}`,
    DATE,
    ...(o.headers ?? []),
  ];
  const part = o.html
    ? textPart(htmlOf(o.text), o.charset, o.te, 'text/html')
    : textPart(o.text, o.charset, o.te);
  if (!o.attach) return mail([...head, ...part.slice(0, 2)], part.slice(2));
  const b = '=_mix51_44aa';
  return mail(
    [...head, `Content-Type: multipart/mixed; boundary="${b}"`],
    ['', ...multipart(b, [part, returnedMessage(o.attach)])],
  );
}

export interface ArfOpts {
  from: string;
  to?: string;
  subject: string;
  text: string;
  type: string;
  userAgent: string;
  mailFrom: string;
  rcptTo: string;
  sourceIp: string;
  extra?: string[];
}

/** An RFC 5965 feedback report: human text, message/feedback-report, the reported message's headers. */
export function arf(o: ArfOpts): string {
  const b = '=_arf51_9b1c';
  return mail(
    [
      `From: ${o.from}`,
      `To: ${o.to ?? 'fbl@example.com'}`,
      `Subject: ${o.subject}`,
      DATE,
      `Content-Type: multipart/report; report-type=feedback-report; boundary="${b}"`,
    ],
    [
      '',
      ...multipart(b, [
        textPart(o.text),
        [
          'Content-Type: message/feedback-report',
          '',
          `Feedback-Type: ${o.type}`,
          `User-Agent: ${o.userAgent}`,
          'Version: 1',
          `Original-Mail-From: <${o.mailFrom}>`,
          `Original-Rcpt-To: <${o.rcptTo}>`,
          `Arrival-Date: ${SENT}`,
          `Source-IP: ${o.sourceIp}`,
          ...(o.extra ?? []),
        ],
        [
          'Content-Type: text/rfc822-headers',
          '',
          `Return-Path: <${o.mailFrom}>`,
          `Received: from mail.example.com (mail.example.com [${o.sourceIp}]) by mx.example.net; ${SENT}`,
          `From: Example News <${o.mailFrom}>`,
          `To: ${o.rcptTo}`,
          'Subject: December offers',
          `Date: ${SENT}`,
          'Message-ID: <51.news.5521@mail.example.com>',
        ],
      ]),
    ],
  );
}
