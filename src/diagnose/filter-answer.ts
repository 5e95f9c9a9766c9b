import type { AuthResult, FilterHeaders } from '../bounce/extract/filter-headers.js';
import { DMARC_DISPOSITIONS, DMARC_NO_RECORD, knownTest } from '../knowledge/filter-headers.js';
import { addressScope, isSeenByReceivers } from '../net/address-scope.js';

/**
 * The answer to a delivered message's headers ("why did it go to Junk?"): not a bounce, the receiver's
 * verdicts and authentication results in words, and what to fix on the sending side.
 */

const FAILED = new Set(['fail', 'softfail', 'permerror']);
const MAX_TESTS_SHOWN = 12;
const MAX_TESTS_EXPLAINED = 6;

export function filterAnswer(h: FilterHeaders): { headline: string; notes: string[] } {
  const spamBy = h.verdicts.filter((v) => v.spam === true).map((v) => v.filter);
  const failed = h.auth.filter((a) => FAILED.has(a.result));
  const headline =
    spamBy.length > 0
      ? `Not a bounce: the message was delivered, and ${spamBy.join(' and ')} marked it as spam.`
      : failed.length > 0
        ? `Not a bounce: the message was delivered, but ${failed.map(authWords).join(', ')}.`
        : 'Not a bounce: the headers of a delivered message, with no spam verdict and no authentication failure.';
  const notes: string[] = [];
  for (const v of h.verdicts) {
    const shown = v.tests.slice(0, MAX_TESTS_SHOWN).join(', ');
    const more = v.tests.length > MAX_TESTS_SHOWN ? ` and ${v.tests.length - MAX_TESTS_SHOWN} more` : '';
    notes.push(`${v.filter}: ${v.words || 'no score given'}${shown ? `; tests: ${shown}${more}` : ''}.`);
  }
  const meanings = testMeanings(h.verdicts.flatMap((v) => v.tests));
  if (meanings.length > 0) notes.push(`What the tests say: ${meanings.join('; ')}.`);
  if (h.auth.length > 0) {
    notes.push(
      `Authentication${h.checkedBy ? ` (${h.checkedBy})` : ''}: ${h.auth.map(authWords).join(', ')}.`,
    );
  }
  notes.push(...fixes(h, spamBy.length > 0));
  return { headline, notes };
}

function authWords(a: AuthResult): string {
  const name = a.method === 'compauth' ? 'compauth' : a.method.toUpperCase();
  return `${name} ${a.result}${a.subject ? ` (${a.subject})` : ''}`;
}

/** The known tests' meanings, once per meaning. */
function testMeanings(tests: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const test of tests) {
    const known = knownTest(test);
    // A passed check is said in the authentication line.
    if (!known || seen.has(known.words) || known.auth?.result === 'pass') continue;
    seen.add(known.words);
    out.push(`${test}: ${known.words}`);
    if (out.length >= MAX_TESTS_EXPLAINED) break;
  }
  return out;
}

/** What the sender fixes, from the failed checks; then the live checks that confirm it. */
function fixes(h: FilterHeaders, spam: boolean): string[] {
  const out: string[] = [];
  const domain = h.fromDomain;
  const ip = h.sendingIp && isSeenByReceivers(addressScope(h.sendingIp)) ? h.sendingIp : undefined;
  const result = (method: AuthResult['method']) => h.auth.find((a) => a.method === method)?.result;
  const spf = result('spf');
  const dkim = h.auth.filter((a) => a.method === 'dkim').map((a) => a.result);
  const dmarc = result('dmarc');
  if (spf && FAILED.has(spf)) {
    out.push(
      `To fix SPF: ${ip ? `the sending address ${ip}` : 'the sending server'} is not in the SPF record of the envelope sender's domain: add the service that sends for it (an include: or ip4: term) or send through a server it lists.`,
    );
  }
  if (dkim.length > 0 && !dkim.includes('pass')) {
    out.push(
      dkim.includes('none')
        ? `To fix DKIM: the message carried no signature: sign outgoing mail${domain ? ` for ${domain}` : ''} and publish the key in DNS.`
        : 'To fix DKIM: the signature did not verify: a gateway or footer changed the message after signing, or the published key does not match the signing key.',
    );
  }
  if (dmarc && FAILED.has(dmarc)) {
    out.push(
      `To fix DMARC: SPF or DKIM must pass for a domain aligned with the From address${domain ? ` (${domain})` : ''}: sign with DKIM for that domain, or send with an envelope sender under it.`,
    );
  }
  const dmarcResult = h.auth.find((a) => a.method === 'dmarc');
  const disposition = dmarcResult?.disposition ? DMARC_DISPOSITIONS[dmarcResult.disposition] : undefined;
  if (dmarcResult && FAILED.has(dmarcResult.result) && disposition) out.push(`DMARC policy: ${disposition}.`);
  const noRecord = dmarc ? DMARC_NO_RECORD[dmarc] : undefined;
  if (noRecord && domain) {
    out.push(
      `No DMARC record: ${domain} has ${noRecord}. Publish one (TXT at _dmarc.${domain}, "v=DMARC1; p=none; rua=mailto:…"), read the reports, then move to p=quarantine: Gmail, Yahoo and Microsoft expect DMARC from bulk senders.`,
    );
  }
  const authFailed = out.length > 0;
  const mailboxOnly =
    h.verdicts.some((v) => v.filter === "Outlook's Junk Email filter" && v.spam === true) &&
    h.verdicts.some((v) => (v.filter === 'Microsoft 365' || v.filter === 'Exchange') && v.spam === false);
  if (mailboxOnly) {
    out.push(
      "Microsoft 365's spam filter passed it, so the mailbox's own junk settings moved it to Junk Email: the recipient's Blocked Senders list, a \"Safe lists only\" setting, or an inbox rule. The recipient (or their admin) adds the sender to Safe Senders or corrects the rule.",
    );
  }
  const bulk = h.verdicts.some((v) => /CAT:BULK|BCL [5-9]/.test(v.words));
  if (bulk) {
    out.push(
      'Bulk mail: Microsoft rates mail like this as drawing complaints (the BCL). Send only to people who asked for it, make unsubscribing one click (List-Unsubscribe and List-Unsubscribe-Post), and remove addresses that never open.',
    );
  }
  if (spam && !authFailed && !bulk && !mailboxOnly) {
    const tests = h.verdicts.some((v) => v.tests.length > 0);
    const passed = h.auth.length > 0 ? 'Authentication passed, so the verdict' : 'The verdict';
    out.push(
      `${passed} rests on content or reputation: ${tests ? 'look at the tests above and ' : ''}check the sending address on blocklists, and ask the recipient (or their admin) to report it as not junk.`,
    );
  }
  const checks = [domain ? `/auth ${domain}` : '', ip ? `/blacklist ${ip}` : ''].filter(Boolean);
  if (checks.length > 0) out.push(`Check live: ${checks.join(' and ')}.`);
  return out;
}
