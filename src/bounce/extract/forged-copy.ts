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

// Only a header block that holds results is read (most returned copies hold none); ARC's copy of a
// receiver's results (Gmail's, Microsoft's) counts as the results themselves.
const RESULT_HEADERS = /^(?:arc-authentication-results|authentication-results|received-spf):/im;
// A hard failure of SPF or DMARC somewhere in it: without one the copy is never forged (checked first, cheaply).
const HARD_FAILURE = /\b(?:spf|dmarc)[ \t]*=[ \t]*fail\b|^received-spf:[ \t]*fail\b/im;
// A hop that took the message from a logged-in user ("with ESMTPSA", Postfix's "(Authenticated sender: …)").
const SUBMITTED = /\bwith e?smtps?a\b|\(authenticated sender:/i;
const BY_HOST = /\bby ([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})/i;
const MAX_RECEIVED = 30;
// An ARC chain the receiver validated ("arc=pass"); a sealer's results (one unfolded header each).
const ARC_VALIDATED = /\barc=pass\b/i;
const ARC_RESULTS = /^arc-authentication-results:([^\n]{0,2000})/gim;
const SPF_OR_DMARC_PASS = /\b(?:spf|dmarc)=pass\b/i;
const DKIM_PASS_DOMAIN = /\bdkim=pass\b[^;]{0,300}?\bheader\.[di]=@?([a-z0-9.-]{1,253})/gi;

/** What a returned copy's headers say of the original's authentication, when they show it forged. */
export function forgedCopyIn(headerBlock: string, senderDomain?: string): ForgedCopy | undefined {
  if (!headerBlock || !HARD_FAILURE.test(headerBlock) || !RESULT_HEADERS.test(headerBlock)) return undefined;
  const read = readFilterHeaders(headerBlock);
  if (!read) return undefined;
  const domain = (senderDomain ?? read.fromDomain)?.toLowerCase();
  if (!domain) return undefined;
  // Results your own server wrote (its authserv-id in your domain) judge your outbound copy, not an arrival.
  if (read.checkedBy && sameOrganisation(read.checkedBy.toLowerCase(), domain)) return undefined;
  if (submittedThroughOwnServer(headerBlock, domain)) return undefined;
  // A forwarder vouched for it (ARC): a hop before the last one saw it pass, the last one only saw the forward.
  if (forwarderVouched(headerBlock, domain)) return undefined;
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

/**
 * Whether a Received hop of the copy is the domain's own server taking it from a logged-in user: your own
 * user's message, whatever your own server stamped on it, and no forgery.
 */
function submittedThroughOwnServer(headerBlock: string, domain: string): boolean {
  const lines = headerBlock.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length && seen < MAX_RECEIVED; i++) {
    if (!/^received:/i.test(lines[i] as string)) continue;
    seen++;
    let hop = lines[i] as string;
    for (let j = i + 1; j < lines.length && /^[ \t]/.test(lines[j] as string); j++) hop += ` ${lines[j]}`;
    const by = BY_HOST.exec(hop)?.[1];
    if (by && SUBMITTED.test(hop) && sameOrganisation(by.toLowerCase(), domain)) return true;
  }
  return false;
}

/**
 * Whether an ARC chain vouches for the copy: its receiver validated the chain, or a sealer saw SPF or DMARC
 * pass, or a DKIM signature of the domain pass (a forward broke them on the last hop, no forgery).
 */
function forwarderVouched(headerBlock: string, domain: string): boolean {
  const unfolded = headerBlock.replace(/\r?\n[ \t]+/g, ' ');
  if (ARC_VALIDATED.test(unfolded)) return true;
  ARC_RESULTS.lastIndex = 0;
  for (let m = ARC_RESULTS.exec(unfolded); m; m = ARC_RESULTS.exec(unfolded)) {
    const results = m[1] as string;
    if (SPF_OR_DMARC_PASS.test(results)) return true;
    DKIM_PASS_DOMAIN.lastIndex = 0;
    for (let d = DKIM_PASS_DOMAIN.exec(results); d; d = DKIM_PASS_DOMAIN.exec(results))
      if (sameOrganisation((d[1] as string).toLowerCase(), domain)) return true;
  }
  return false;
}
