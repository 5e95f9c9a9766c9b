import { createRequire } from 'node:module';
import type { FieldsData, ParserConfig } from '@kenjiuno/msgreader';
import { htmlToText } from './plain-parts.js';

/*
 * An Outlook item file (.msg): what Outlook's "Save As" and dragging a message out of it make. An NDR saved so
 * is a compound file of MAPI properties, not text: its headers, body and the report's per-recipient
 * diagnostics are read out (@kenjiuno/msgreader) and written back as the email the bounce reader knows.
 */

// The compound file's signature, which every Office file of that age shares (.doc, .xls too).
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

// MAPI tags the library reads only as raw properties: a report's diagnostic per recipient
// (PidTagSupplementaryInfo, "Remote Server returned '550 5.1.1 …'") and its text (PidTagReportText).
const SUPPLEMENTARY_INFO = '0c1b001f';
const REPORT_TEXT = '1001001f';

// The transport headers' MIME fields describe the message as it travelled (a multipart/report and its
// boundary), not the text written here.
const MIME_FIELD = /^(?:content-type|content-transfer-encoding|content-disposition|mime-version)\s*:/i;

// A CommonJS module whose class is its `default` export: required, so that Node and the test runner's
// module interop (which differ on what a default import of it gives) both get the class.
const MsgReader = createRequire(import.meta.url)('@kenjiuno/msgreader').default as new (
  data: DataView,
) => { parserConfig?: ParserConfig; getFileData(): FieldsData };

export function isOutlookMsg(bytes: Uint8Array): boolean {
  return bytes.length >= CFB_MAGIC.length && CFB_MAGIC.every((b, i) => bytes[i] === b);
}

export type OutlookMsgText = { ok: true; text: string } | { ok: false; problem: string };

/** The .msg as an RFC 5322 message in plain text, or why it cannot be read. */
export function outlookMsgAsEmail(bytes: Uint8Array): OutlookMsgText {
  let fields: FieldsData;
  try {
    const reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    reader.parserConfig = { includeRawProps: true };
    fields = reader.getFileData();
  } catch {
    return { ok: false, problem: 'a damaged Outlook .msg file' };
  }
  if (fields.error || !fields.messageClass)
    return { ok: false, problem: 'an Office file (not an Outlook message)' };
  const body = bodyText(fields);
  const diagnostics = reportDiagnostics(fields, body);
  const original = originalHeaders(fields, body);
  const content = [body, diagnostics, original].filter((part) => part !== '').join('\n');
  return { ok: true, text: `${headerBlock(fields)}\n\n${content}\n` };
}

/** The message's own headers as it arrived, else From, To and Subject from its properties. */
function headerBlock(fields: FieldsData): string {
  const kept = fields.headers ? withoutMimeFields(fields.headers) : [];
  const names = new Set(kept.map((line) => line.slice(0, line.indexOf(':')).trim().toLowerCase()));
  const sender = fields.senderSmtpAddress ?? fields.senderEmail;
  const made = [
    !names.has('from') && sender
      ? `From: ${fields.senderName ? `${oneLine(fields.senderName)} ` : ''}<${sender}>`
      : '',
    // A report's recipients are those it reports on, not whom it was sent to.
    !names.has('to') && !isReport(fields) ? toHeader(fields) : '',
    !names.has('subject') && fields.subject ? `Subject: ${oneLine(fields.subject)}` : '',
  ];
  return [
    ...kept,
    ...made.filter((line) => line !== ''),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
  ].join('\n');
}

function withoutMimeFields(headers: string): string[] {
  const kept: string[] = [];
  let skipping = false;
  for (const line of headers.split(/\r?\n/)) {
    if (line.trim() === '') break;
    const folded = line.startsWith(' ') || line.startsWith('\t');
    if (!folded) skipping = MIME_FIELD.test(line) || !line.includes(':');
    if (!skipping) kept.push(line);
  }
  return kept;
}

function toHeader(fields: FieldsData): string {
  const to = (fields.recipients ?? [])
    .map((r) => r.smtpAddress ?? r.email)
    .filter((address): address is string => !!address && address.includes('@'));
  return to.length > 0 ? `To: ${to.join(', ')}` : '';
}

function isReport(fields: FieldsData): boolean {
  return /^report\./i.test(fields.messageClass ?? '');
}

/** The plain body, else the HTML one as text. */
function bodyText(fields: FieldsData): string {
  if (fields.body?.trim()) return normalise(fields.body);
  if (fields.bodyHtml?.trim()) return normalise(htmlToText(fields.bodyHtml));
  if (fields.html && fields.html.length > 0)
    return normalise(htmlToText(new TextDecoder().decode(fields.html)));
  return '';
}

/**
 * A report's per-recipient diagnostics in the form of Exchange's NDR text ("address", then "Remote Server
 * returned '…'"), for each one the body does not already hold (a saved NDR may keep them only there).
 */
function reportDiagnostics(fields: FieldsData, body: string): string {
  if (!isReport(fields)) return '';
  const lines: string[] = [];
  for (const recipient of fields.recipients ?? []) {
    const address = recipient.smtpAddress ?? recipient.email ?? '';
    const said = rawString(recipient, SUPPLEMENTARY_INFO) ?? rawString(recipient, REPORT_TEXT);
    if (!said || body.includes(said.trim())) continue;
    lines.push('', address, oneLine(said));
  }
  return lines.length > 0 ? ['', 'Diagnostic information for administrators:', ...lines].join('\n') : '';
}

/** The headers of the returned message (an attached item), when the body does not quote them. */
function originalHeaders(fields: FieldsData, body: string): string {
  if (/original message headers/i.test(body)) return '';
  const inner = (fields.attachments ?? []).find(
    (a) => a.innerMsgContentFields?.headers,
  )?.innerMsgContentFields;
  return inner?.headers ? ['', 'Original message headers:', '', normalise(inner.headers)].join('\n') : '';
}

function rawString(fields: FieldsData, tag: string): string | undefined {
  const prop = fields.rawProps?.find((p) => p.propertyTag === tag);
  return typeof prop?.value === 'string' && prop.value.trim() !== '' ? prop.value : undefined;
}

const normalise = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/\0+$/, '');
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
