import { describe, expect, it } from 'vitest';
import { readDmarcReport } from '../../../src/bounce/extract/dmarc-report.js';
import { diagnoseBounce, readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/** A DMARC aggregate report pasted or shared as a file: read as the report it is, in words. */

const record = (ip: string, count: number, dkim: string, spf: string, auth: string) => `
  <record>
    <row>
      <source_ip>${ip}</source_ip>
      <count>${count}</count>
      <policy_evaluated><disposition>none</disposition><dkim>${dkim}</dkim><spf>${spf}</spf></policy_evaluated>
    </row>
    <identifiers><header_from>example.com</header_from></identifiers>
    <auth_results>${auth}</auth_results>
  </record>`;

const report = (records: string, open = '<feedback>', close = '</feedback>', policy = 'none') =>
  `<?xml version="1.0" encoding="UTF-8" ?>
${open}
  <report_metadata>
    <org_name>Google.com</org_name>
    <report_id>1234567890123456789</report_id>
    <date_range><begin>1796342400</begin><end>1796428799</end></date_range>
  </report_metadata>
  <policy_published><domain>example.com</domain><adkim>r</adkim><aspf>r</aspf><p>${policy}</p><sp>${policy}</sp><pct>100</pct></policy_published>
  ${records}
${close}`;

const OWN = record(
  '192.0.2.25',
  1180,
  'pass',
  'pass',
  '<dkim><domain>example.com</domain><result>pass</result><selector>s1</selector></dkim><spf><domain>example.com</domain><result>pass</result></spf>',
);
const ESP = record(
  '198.51.100.40',
  52,
  'fail',
  'fail',
  '<dkim><domain>sendgrid.net</domain><result>pass</result></dkim><spf><domain>bounces.sendgrid.net</domain><result>pass</result></spf>',
);
const FORGED = record(
  '203.0.113.99',
  3,
  'fail',
  'fail',
  '<spf><domain>example.com</domain><result>softfail</result></spf>',
);

describe('DMARC aggregate reports', () => {
  it('says how much passed, which sources failed and why, and what to do', async () => {
    const text = report(OWN + ESP + FORGED);
    expect(await readBounceRecords(text)).toEqual([]);
    const answer = await diagnoseBounce(text);
    expect(answer.kind).toBe('not-a-bounce');
    expect(answer.headline).toBe(
      'Not a bounce: a DMARC aggregate report from Google.com for example.com (2026-12-04): 1235 messages from 3 sources, 55 (4.5 %) failed DMARC.',
    );
    const notes = answer.notes.join('\n');
    expect(notes).toContain('p=none, sp=none: monitoring only, so the failing mail was delivered anyway');
    // Largest failing source first; an ESP's own domain passing is not alignment.
    expect(answer.notes[2]).toMatch(
      /^Failed: 198\.51\.100\.40, 52 messages .*passed for sendgrid\.net, not for example\.com/,
    );
    expect(answer.notes[3]).toMatch(/^Failed: 203\.0\.113\.99, 3 messages \(no DKIM signature; SPF softfail/);
    expect(notes).toContain('`/auth example.com ip=198.51.100.40`');
  });

  it('reads the namespaced DMARCbis form and prefixed elements alike', async () => {
    const bis = await readDmarcReport(report(OWN, '<feedback xmlns="urn:ietf:params:xml:ns:dmarc-2.0">'));
    const prefixed = await readDmarcReport(
      report(OWN, '<dmarc:feedback xmlns:dmarc="urn:ietf:params:xml:ns:dmarc-2.0">', '</dmarc:feedback>'),
    );
    for (const r of [bis, prefixed]) {
      expect(r?.domain).toBe('example.com');
      expect(r?.rows.map((row) => [row.sourceIp, row.count])).toEqual([['192.0.2.25', 1180]]);
    }
  });

  it('a report where everything passed says so', async () => {
    const answer = await diagnoseBounce(report(OWN, '<feedback>', '</feedback>', 'reject'));
    expect(answer.headline).toMatch(/1180 messages from 1 source, all passed DMARC\.$/);
    expect(answer.notes[0]).toBe('Policy published: p=reject, sp=reject: receivers refuse mail that fails.');
  });

  it('broken XML, or XML that is no report, is not read as one', async () => {
    expect(await readDmarcReport(report(OWN).slice(0, 400))).toBeUndefined();
    expect(await readDmarcReport('<feedback><note>hello</note></feedback>')).toBeUndefined();
    expect(
      await readDmarcReport('<!DOCTYPE feedback [<!ENTITY a "aaaa">]><feedback>&a;<record/></feedback>'),
    ).toBeUndefined();
  });
});
