import { describe, expect, it } from 'vitest';
import { getCause } from '../../../src/causes/catalogue.js';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';
import { explainCodes } from '../../../src/diagnose/explain-codes.js';

const title = (id: string) => getCause(id).title;

describe('explainCodes: what the codes mentioned in chat mean', () => {
  it("uses the named provider's own meaning of a status code, and links its page for senders", () => {
    const lines = explainCodes('anyone know what 5.4.1 from our o365 tenant means?');
    expect(lines[0]).toContain('5.4.1 at Microsoft');
    expect(lines[0]).toContain(title('recipient-not-in-tenant'));
    expect(lines.some((l) => l.includes('sendersupport.olc.protection.outlook.com'))).toBe(true);
  });

  it("uses the standard's meaning when no provider is named", () => {
    const [line] = explainCodes('what does 5.4.1 mean?');
    expect(line).toMatch(/^5\.4\.1: /);
    expect(line).toContain(title('recipient-server-unreachable'));
  });

  it('says a 4.x.x code is temporary and a 5.x.x one permanent', () => {
    expect(explainCodes('seeing 4.2.2 a lot')[0]).toContain('temporary');
    expect(explainCodes('seeing 5.2.2 a lot')[0]).toContain('· permanent ·');
  });

  it('does not name a cause for a catch-all code', () => {
    const [line] = explainCodes('why do we get 5.7.1 from them?');
    expect(line).toContain('too general');
  });

  it("explains a provider's reference code, by its own table, with no provider named", () => {
    const lines = explainCodes('microsoft delisted us, no more S3150 since this morning');
    expect(lines[0]).toMatch(/^S3150 at Microsoft/);
    expect(lines[0]).toContain(title('ip-blocklisted'));
  });

  it('explains a lone reply code only when the words around it say it is one', () => {
    expect(explainCodes('what does 421 mean?')[0]).toMatch(/^421: .*temporary/);
    expect(explainCodes('getting error 554 since Monday')[0]).toMatch(/^554: /);
    expect(explainCodes('we send 500 mails a day and 450 newsletters')).toEqual([]);
    expect(explainCodes('the invoice says $550 for 2 users')).toEqual([]);
  });

  it('explains a status once, and a reply code written with it not apart', () => {
    const lines = explainCodes('is 550 5.2.2 the same as 5.2.2 from gmx?');
    expect(lines.filter((l) => l.startsWith('5.2.2')).length).toBe(1);
    expect(lines.some((l) => l.startsWith('550:'))).toBe(false);
  });

  it('says nothing of text without codes', () => {
    expect(explainCodes('planning to move DMARC from p=none to p=quarantine next week')).toEqual([]);
  });
});

describe('diagnoseBounce on chat that asks about a code', () => {
  it('answers with what the code means, and still diagnoses nothing', async () => {
    const report = await diagnoseBounce('anyone know what 5.7.26 from gmail means? started yesterday');
    expect(report.kind).toBe('not-a-bounce');
    expect(report.records).toEqual([]);
    expect(report.headline).toMatch(/not a bounce/);
    expect(report.notes[0]).toContain('5.7.26 at Google');
    expect(report.notes[0]).toContain(title('auth-failed'));
    expect(report.notes.at(-1)).toMatch(/paste the whole bounce/);
  });

  it('keeps the plain not-a-bounce answer when no code is mentioned', async () => {
    const report = await diagnoseBounce('hello, is the mail server down again?');
    expect(report.kind).toBe('not-a-bounce');
    expect(report.headline).toMatch(/does not look like a bounce/);
  });
});
