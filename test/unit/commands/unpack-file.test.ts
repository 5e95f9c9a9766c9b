import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unpack } from '../../../src/commands/unpack-file.js';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';
import { exchangeNdr, outlookMsgFile } from '../../helpers/outlook-msg-file.js';

/** Compressed report files (.xml.gz, .zip) are unpacked within the size limit; a bomb is refused. */

const REPORT = Buffer.from(
  '<feedback><record><row><source_ip>192.0.2.1</source_ip></row></record></feedback>',
);
const MIB = 1 << 20;

describe('unpack', () => {
  it('passes plain bytes through', async () => {
    expect(await unpack('r.xml', REPORT, MIB)).toEqual({ ok: true, bytes: REPORT, packed: false });
  });

  it('gunzips a .gz', async () => {
    const r = await unpack('r.xml.gz', gzipSync(REPORT), MIB);
    expect(r.ok && Buffer.from(r.bytes).equals(REPORT)).toBe(true);
  });

  it("takes a .zip's one text file, skipping files that are not text", async () => {
    const zip = zipSync({
      'logo.png': new Uint8Array([1, 2, 3]),
      'google.com!example.com!1796342400.xml': REPORT,
    });
    const r = await unpack('report.zip', zip, MIB);
    expect(r.ok && Buffer.from(r.bytes).toString()).toBe(REPORT.toString());
  });

  it('refuses archives that unpack past the limit (a small file, gigabytes inside)', async () => {
    const zeros = new Uint8Array(8 * MIB);
    const gz = gzipSync(zeros);
    const zip = zipSync({ 'big.xml': zeros });
    expect(gz.length).toBeLessThan(64 * 1024);
    expect(await unpack('bomb.xml.gz', gz, MIB)).toEqual({
      ok: false,
      problem: 'bomb.xml.gz unpacks to more than the 1.0 MiB limit',
    });
    expect(await unpack('bomb.zip', zip, MIB)).toEqual({
      ok: false,
      problem: 'bomb.zip unpacks to more than the 1.0 MiB limit',
    });
  });

  it('a .zip of several text files is one mbox of them, each read as the message it is', async () => {
    const bounce = (rcpt: string) =>
      `From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail\n\n<${rcpt}>: host mx.example.net[192.0.2.25] said: 550 5.1.1 <${rcpt}>: User unknown\n`;
    const zip = zipSync({
      'a.eml': Buffer.from(bounce('ada@example.net')),
      '__MACOSX/._a.eml': new Uint8Array([0, 5, 22, 7]),
      'b.eml': Buffer.from(bounce('bo@example.net')),
    });
    const r = await unpack('bounces.zip', zip, MIB);
    if (!r.ok) throw new Error(r.problem);
    const report = await diagnoseBounce(Buffer.from(r.bytes).toString());
    expect(report.records.map((x) => x.recipient)).toEqual(['ada@example.net', 'bo@example.net']);
    // Reports answer alone; log excerpts are one text, as two shared .log files would be.
    expect(await unpack('reports.zip', zipSync({ 'a.xml': REPORT, 'b.xml': REPORT }), MIB)).toEqual({
      ok: false,
      problem: 'reports.zip holds 2 files, reports among them: share the reports one at a time',
    });
    const logs = await unpack(
      'logs.zip',
      zipSync({ 'a.log': Buffer.from('one'), 'b.log': Buffer.from('two') }),
      MIB,
    );
    expect(logs.ok && Buffer.from(logs.bytes).toString()).toBe('one\n\ntwo');
    const many = zipSync(Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`${i}.eml`, REPORT])));
    expect(await unpack('year.zip', many, MIB)).toEqual({
      ok: false,
      problem:
        'year.zip holds more than 20 text files, more than one answer covers: read it with the CLI (mailmedic diagnose year.zip)',
    });
  });

  it('says what is wrong with a broken archive or one without a text file', async () => {
    expect(await unpack('x.gz', Buffer.from([0x1f, 0x8b, 1, 2, 3]), MIB)).toEqual({
      ok: false,
      problem: 'x.gz is not a valid .gz file: paste its text instead',
    });
    expect(await unpack('pics.zip', zipSync({ 'a.png': new Uint8Array([1]) }), MIB)).toEqual({
      ok: false,
      problem:
        "pics.zip holds no text file (.xml, .json, .txt, .eml) or Outlook item (.msg): paste the bounce's text instead",
    });
  });
});

describe('unpack: Outlook items in a .zip', () => {
  it('reads each .msg as the email it holds, beside saved emails', async () => {
    const zip = zipSync({
      'Undeliverable one.msg': outlookMsgFile(
        exchangeNdr('bob@example.org', '550 5.1.1 <bob@example.org>: User unknown'),
      ),
      'Undeliverable two.msg': outlookMsgFile(
        exchangeNdr('carol@example.net', '552 5.2.2 <carol@example.net>: Mailbox full'),
      ),
    });
    const r = await unpack('ndrs.zip', zip, MIB);
    if (!r.ok) throw new Error(r.problem);
    const report = await diagnoseBounce(Buffer.from(r.bytes).toString());
    expect(report.records.map((x) => [x.recipient, x.cause])).toEqual([
      ['bob@example.org', 'user-unknown'],
      ['carol@example.net', 'mailbox-full'],
    ]);
  });

  it('names an Office file in the .zip that holds no message', async () => {
    const zip = zipSync({ 'minutes.msg': outlookMsgFile({ messageClass: '' }) });
    const r = await unpack('files.zip', zip, MIB);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(/^minutes\.msg is .*save it as \.eml/);
  });
});
