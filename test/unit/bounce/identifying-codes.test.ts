import { describe, expect, it } from 'vitest';
import { findReferenceCodes } from '../../../src/bounce/detect-provider.js';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/**
 * A provider's code that only it writes names the provider by itself, as Microsoft's S3150 or Yahoo's TSS04
 * do, even short or without digits when the data flags it `identifies` (Daum's four capitals, NetEase's
 * "XX:YYY"): the reply need not name the provider's host. A code without a digit counts only as written, in
 * capitals and alone, never inside a word or as an address's local part.
 */

async function only(reply: string) {
  const records = await readBounceRecords(reply);
  expect(records).toHaveLength(1);
  return records[0];
}

describe('a flagged code names its provider without its host', () => {
  it.each([
    [
      'Daum CCRT',
      '421 4.4.5 CCRT 203.0.113.7: Connection refused. Server is busy(RT)',
      /daum/i,
      'ip-reputation',
    ],
    ['Daum RUSR', '550 5.1.1 RUSR 203.0.113.7: No such user', /daum/i, 'user-unknown'],
    [
      'NetEase HL:ICC',
      '421 HL:ICC 126 mx12,PMCowAB7oT0NnYBpKkQBAA--.12345S2 1768212000',
      /netease/i,
      'too-many-connections',
    ],
    ['NetEase HL:IFC', '451 HL:IFC 163 smtp3,DdGowAB.12345S2 1768212000', /netease/i, 'rate-limited'],
  ])('%s', async (_name, reply, provider, cause) => {
    const r = await only(reply);
    expect(r?.provider ?? '').toMatch(provider);
    expect(r?.cause).toBe(cause);
  });
});

describe('the same letters elsewhere name nobody', () => {
  it.each([
    ['the same words without the code', '421 4.4.5 Connection refused. Server is busy'],
    [
      'the letters as an address local part',
      '550 5.1.1 <ccrt@example.org>: Recipient address rejected: User unknown',
    ],
    ['capitals as an address local part', '550 5.1.1 CCRT@example.org: User unknown'],
  ])('%s', async (_name, reply) => {
    const r = await only(reply);
    expect(r?.provider ?? null).toBeNull();
    expect(r?.referenceCodes).toEqual([]);
  });

  it.each([
    ['inside a longer word', '550 ACCRT failure'],
    ['glued to a hyphenated token', '550 CCRT-2 failure'],
    ['in lower case', '550 rusr ccrt'],
  ])('%s is no code', (_name, reply) => {
    expect(findReferenceCodes(reply)).toEqual([]);
  });
});
