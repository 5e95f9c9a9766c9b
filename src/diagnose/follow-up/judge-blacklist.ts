import { listingNames } from '../../checks/blacklist/query-zone.js';
import type { BlacklistCheck } from '../../checks/blacklist/types.js';
import { unicodeName } from '../../dns/names.js';
import { findBlocklist } from '../../knowledge/blocklist-names.js';
import { type DnsblZone, findZone, unknownZone } from '../../knowledge/dnsbl-zones.js';
import type { ZoneResult } from '../../report/types.js';
import { couldNotRun, done, type Judgement, problemFound } from './codes.js';
import type { PlannedCheck } from './plan.js';
import { BLOCKLIST_ALIASES, testsDirectly } from './purposes.js';

const FAILED_STATUSES: ReadonlySet<ZoneResult['status']> = new Set([
  'servfail',
  'refused',
  'timeout',
  'dns-error',
]);

const STATUS_WORDS: Partial<Record<ZoneResult['status'], string>> = {
  servfail: 'SERVFAIL',
  refused: 'REFUSED',
  timeout: 'no answer in time',
  'dns-error': 'DNS error',
};

/** The first word of a list's name, lower case: "spamhaus", "spamcop", "uceprotect"... */
function family(name: string): string {
  const word = (name.toLowerCase().match(/[a-z0-9]+/) ?? [''])[0] as string;
  return BLOCKLIST_ALIASES[word] ?? word;
}

/**
 * `/blacklist` of the sending IP (or the sender's domain) for a bounce: a listing confirms a blocklist
 * diagnosis, naming the sub-list and where to ask for removal (a likely part of why for another); no
 * listing anywhere contradicts it (the
 * listing expired, or the receiver uses a private list); lists that could not tell leave it open.
 */
export function judgeBlacklist(
  c: PlannedCheck,
  check: BlacklistCheck,
  known: readonly DnsblZone[],
): Judgement {
  const subject = check.kind === 'ip' ? check.target : unicodeName(check.target);
  if (!check.public) {
    return done(
      'inconclusive',
      'info',
      `${subject} is not a public address: blocklists do not list it. Look at the public address your mail leaves from.`,
    );
  }
  const own = check.results.filter((r) => r.target === check.target && r.status !== 'dead');
  const listed = own.filter((r) => r.listed === true);
  const unknown = own.filter((r) => r.listed === null);
  const answered = own.length - unknown.length;
  const named = c.named.map((id) => findBlocklist(id)).filter((b) => b !== undefined);
  const namedFamilies = new Set(named.map((b) => family(b.name)));
  if (listed.length > 0) {
    const where = listed.map((r) => {
      // "Spamhaus ZEN (SBL, XBL: ...)": the sub-lists without the brand repeated.
      const brand = `${r.list.split(' ')[0]} `;
      const names = listingNames(findZone(known, r.zone) ?? unknownZone(r.zone, check.kind), r).map((n) =>
        n.startsWith(brand) && n !== r.list ? n.slice(brand.length) : n,
      );
      // A list without sub-lists: its answer and what it means instead ("127.0.1.2: spam domain").
      return names.every((n) => n === r.list)
        ? `${r.list} (${r.answer}: ${r.meaning})`
        : `${r.list} (${names.join(', ')}: ${r.answer})`;
    });
    const delist = [...new Set(listed.map((r) => r.delist).filter((d): d is string => d !== null))];
    const namedHit = namedFamilies.size === 0 || listed.some((r) => namedFamilies.has(family(r.list)));
    const notNamed = namedHit
      ? ''
      : ` It is not listed on ${named.map((b) => b.name).join(', ')}, the list the receiver named: that listing has gone, this one may refuse mail elsewhere.`;
    return problemFound(
      testsDirectly(c),
      `${subject} is listed on ${where.join('; ')}` +
        (delist.length > 0
          ? ` — once what sent the spam is stopped, ask for removal at ${delist.join(', ')}.`
          : ' — once what sent the spam is stopped, ask the list for removal.') +
        notNamed,
    );
  }
  if (answered === 0) {
    const failed = unknown.filter((r) => FAILED_STATUSES.has(r.status));
    const why = (failed[0] ?? unknown[0])?.reason ?? 'no list was asked';
    if (failed.length === unknown.length && failed.length > 0) {
      const statuses = [...new Set(failed.map((r) => STATUS_WORDS[r.status] ?? r.status))].join(', ');
      return couldNotRun(
        `no blocklist answered about ${subject} (${statuses})`,
        `whether it is listed is unknown. Check the network and the DNS servers (--resolver or MAILMEDIC_RESOLVERS)`,
      );
    }
    return done('inconclusive', 'warn', `No blocklist could tell about ${subject}: ${why}`);
  }
  const direct = testsDirectly(c);
  const unanswered =
    unknown.length > 0
      ? `; ${unknown.length === 1 ? '1 list' : `${unknown.length} lists`} could not tell`
      : '';
  const lists = answered === 1 ? 'the 1 list' : `any of the ${answered} lists`;
  const namedUnknown = unknown.filter((r) => namedFamilies.has(family(r.list)));
  if (namedUnknown.length > 0) {
    const first = namedUnknown[0] as ZoneResult;
    return done(
      'inconclusive',
      'warn',
      `${subject} is not listed on ${lists} that answered, but ${first.list}, the list the receiver named, could not tell: ${first.reason}`,
    );
  }
  if (!direct) {
    return done(
      'rules-out',
      'ok',
      `${subject} is not on ${lists} asked${unanswered}: a public blocklist is not what weighs on it here.`,
    );
  }
  const queryable = named.filter((b) => own.some((r) => family(r.list) === family(b.name)));
  const privateList = named.filter((b) => !queryable.includes(b));
  const why =
    privateList.length > 0
      ? `${privateList.map((b) => b.name).join(', ')}, the list the receiver named, cannot be asked from here; ask the receiver's postmaster, or retry`
      : `the listing may have expired or been removed since the bounce${
          check.kind === 'ip' ? ' (SpamCop drops listings about a day after the last report)' : ''
        }, or the receiver uses a list of its own`;
  return done(
    'contradicts',
    'warn',
    `${subject} is not listed on ${lists} asked now${unanswered}: ${why}. Retry the queued mail (\`postqueue -f\`); if it is refused again, ask the receiver's postmaster which list refused it.`,
  );
}
