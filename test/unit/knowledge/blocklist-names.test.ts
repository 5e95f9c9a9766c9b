import { describe, expect, it } from 'vitest';
import { findBlocklists } from '../../../src/bounce/detect-provider.js';
import { BLOCKLIST_NAMES, findBlocklist } from '../../../src/knowledge/blocklist-names.js';

describe('blocklist names', () => {
  it('has unique ids, lower-case markers and https removal pages', () => {
    const ids = BLOCKLIST_NAMES.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const list of BLOCKLIST_NAMES) {
      expect(list.markers.length, list.id).toBeGreaterThan(0);
      for (const m of [...list.markers, ...(list.broadMarkers ?? [])]) expect(m).toBe(m.toLowerCase());
      if (list.delist) expect(list.delist).toMatch(/^https:\/\//);
      expect(
        Boolean(list.delist) ||
          Boolean(list.retired) ||
          ['invaluement', 'invaluement-uri', 'hostkarma', 'senderscore'].includes(list.id),
      ).toBe(true);
    }
  });

  it('knows the lists the reference names, and that SORBS is gone', () => {
    for (const id of [
      'spamhaus',
      'spamhaus-dbl',
      'spamcop',
      'barracuda',
      'uceprotect',
      'psbl',
      'mailspike',
      'spamrats',
      's5h',
      'surbl',
      'uribl',
      'cbl',
    ]) {
      expect(findBlocklist(id)?.id, id).toBe(id);
    }
    expect(findBlocklist('sorbs')?.retired).toMatch(/2024/);
    expect(findBlocklist('cbl')?.delist).toBe('https://check.spamhaus.org/');
    expect(findBlocklist('nope')).toBeUndefined();
  });
});

describe('findBlocklists in real-looking replies', () => {
  it('finds Spamhaus', () => {
    expect(
      findBlocklists(
        '550-5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7',
      ),
    ).toEqual(['spamhaus']);
    expect(
      findBlocklists(
        'smtp;550 5.7.1 Service unavailable, Client host [x.xx.xx.xx] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/0.0.0.0 (AS16012611)',
      ),
    ).toEqual(['spamhaus']);
  });

  it('finds SpamCop', () => {
    expect(
      findBlocklists(
        '554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7',
      ),
    ).toEqual(['spamcop']);
  });

  it('finds Barracuda', () => {
    expect(
      findBlocklists(
        '554 Service unavailable; Client host [203.0.113.7] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.7',
      ),
    ).toEqual(['barracuda']);
    expect(
      findBlocklists('550 permanent failure for one or more recipients (a@example.com:blocked)'),
    ).toEqual([]);
  });

  it('tells a domain listing from an IP listing', () => {
    expect(
      findBlocklists(
        '554 5.7.1 Service unavailable; Sender address [a@example.com] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/dbl?domain=example.com',
      ),
    ).toEqual(['spamhaus-dbl']);
    expect(
      findBlocklists('550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL'),
    ).toEqual(['spamhaus-dbl']);
  });

  it('lists several in order of appearance', () => {
    expect(
      findBlocklists(
        'Client host [203.0.113.7] blocked using bl.spamcop.net, psbl.surriel.com and zen.spamhaus.org',
      ),
    ).toEqual(['spamcop', 'psbl', 'spamhaus']);
  });

  it('names providers’ own lists', () => {
    expect(
      findBlocklists(
        "550 5.7.1 Unfortunately, messages from [203.0.113.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
      ),
    ).toEqual(['outlook-com']);
    expect(
      findBlocklists(
        '550 5.7.606 Access denied, banned sending IP [203.0.113.7]. Visit https://sender.office.com/',
      ),
    ).toEqual(['microsoft-365']);
    expect(findBlocklists('554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.7')).toEqual([
      'proofpoint',
    ]);
  });

  it('does not see lists inside other words', () => {
    expect(findBlocklists('notspamcopy xs5h psblx uriblz antispamhaus')).toEqual([]);
    expect(
      findBlocklists('550 5.1.1 <nosuchuser@example.com>: Recipient address rejected: User unknown'),
    ).toEqual([]);
  });
});
