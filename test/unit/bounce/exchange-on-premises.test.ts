import { describe, expect, it } from 'vitest';
import { diagnoseBounce } from '../../../src/diagnose/diagnose-bounce.js';

/** An Exchange NDR, its generating server and the reply it quotes. */
function ndr(generating: string, reply: string, heading = 'Generating server'): string {
  return [
    'Delivery has failed to these recipients or groups:',
    '',
    'jsmith@corp.example.com',
    "The email address you entered couldn't be found.",
    '',
    'Diagnostic information for administrators:',
    '',
    `${heading}: ${generating}`,
    '',
    'jsmith@corp.example.com',
    reply,
    '',
    'Original message headers:',
  ].join('\n');
}

const RECIP_NOT_FOUND = '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##';

async function first(text: string) {
  const [record] = (await diagnoseBounce(text)).records;
  return record;
}

describe("an organisation's own Exchange Server is not Microsoft 365", () => {
  it("RecipNotFound from the organisation's own server: no such mailbox there", async () => {
    const record = await first(ndr('EX01.corp.example.com', RECIP_NOT_FOUND));
    expect(record).toMatchObject({
      cause: 'user-unknown',
      provider: 'Microsoft Exchange Server (on-premises)',
    });
  });

  it('the German NDR heading names the generating server the same way', async () => {
    const record = await first(ndr('EX01.firma.example.de', RECIP_NOT_FOUND, 'Generierender Server'));
    expect(record).toMatchObject({
      cause: 'user-unknown',
      provider: 'Microsoft Exchange Server (on-premises)',
    });
  });

  it("Exchange's delivery restrictions read the same on-premises", async () => {
    const reply = "Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'";
    const record = await first(ndr('EX02.corp.example.com', reply));
    expect(record).toMatchObject({
      cause: 'recipient-restricted',
      provider: 'Microsoft Exchange Server (on-premises)',
    });
  });

  it('Exchange Online generating the NDR stays Microsoft 365', async () => {
    const record = await first(ndr('BN6PR11MB1234.namprd11.prod.outlook.com', RECIP_NOT_FOUND));
    expect(record).toMatchObject({
      cause: 'recipient-not-in-tenant',
      provider: 'Microsoft (Outlook.com / Microsoft 365)',
    });
  });

  it("an on-premises server quoting Exchange Online's own refusal is Microsoft 365's", async () => {
    const reply =
      "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) " +
      "[BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]'";
    const record = await first(ndr('EX01.corp.example.com', reply));
    expect(record).toMatchObject({
      cause: 'recipient-not-in-tenant',
      provider: 'Microsoft (Outlook.com / Microsoft 365)',
    });
  });

  it('a bare reply with no generating server keeps the Microsoft reading', async () => {
    const record = await first('550 5.1.1 RESOLVER.ADR.RecipNotFound; not found');
    expect(record?.provider).toBe('Microsoft (Outlook.com / Microsoft 365)');
  });
});
