import type { ForgedCopy } from '../types.js';
import type { AuthResult } from './filter-headers.js';
import { readFilterHeaders } from './filter-headers.js';

/**
 * Backscatter: a bounce of a message the sender's domain never sent. A server that accepts a forged message
 * and bounces it later writes the bounce to the forged sender, with the copy it received returned. That
 * copy's own headers keep what its receiver checked on arrival: when they say the message failed the
 * sender domain's SPF (a hard fail) or DMARC, and no DKIM signature of that domain passed, it was most
 * likely sent by someone else. Genuine mail of the domain either passes DKIM or was only let down by an
 * SPF record missing its sending service, which the answer's steps cover too.
 */

// Only a header block that holds results is read (most returned copies hold none).
const RESULT_HEADERS = /^(?:authentication-results|received-spf):/im;

/** What a returned copy's headers say of the original's authentication, when they show it forged. */
export function forgedCopyIn(headerBlock: string, senderDomain?: string): ForgedCopy | undefined {
  if (!headerBlock || !RESULT_HEADERS.test(headerBlock)) return undefined;
  const read = readFilterHeaders(headerBlock);
  if (!read) return undefined;
  const domain = (senderDomain ?? read.fromDomain)?.toLowerCase();
  if (!domain) return undefined;
  const spf = read.auth.find((a) => a.method === 'spf');
  const dkim = read.auth.find((a) => a.method === 'dkim');
  const dmarc = read.auth.find((a) => a.method === 'dmarc');
  if (dkim?.result === 'pass' && (!dkim.subject || sameOrganisation(domainOf(dkim.subject), domain)))
    return undefined;
  const spfFailed = spf?.result === 'fail' && isAbout(spf, domain);
  const dmarcFailed = dmarc?.result === 'fail' && isAbout(dmarc, domain);
  if (!spfFailed && !dmarcFailed) return undefined;
  const results = [spf, dkim ?? { method: 'dkim', result: 'none' }, dmarc]
    .filter((a): a is AuthResult => a !== undefined)
    .map((a) => `${a.method}=${a.result}`)
    .join(', ');
  return {
    domain,
    results,
    checkedBy: read.checkedBy === "the filter's tests" ? undefined : read.checkedBy,
    sendingIp: read.sendingIp,
  };
}

/** A check about the domain (its identity names it or one of its subdomains), or naming no identity. */
function isAbout(result: AuthResult, domain: string): boolean {
  return !result.subject || sameOrganisation(domainOf(result.subject), domain);
}

function domainOf(identity: string): string {
  return identity.slice(identity.lastIndexOf('@') + 1).toLowerCase();
}

function sameOrganisation(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
