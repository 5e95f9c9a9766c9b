import { readDmarcReport } from '../bounce/extract/dmarc-report.js';
import { readFilterHeaders } from '../bounce/extract/filter-headers.js';
import { readQueueListing } from '../bounce/extract/queue-listing.js';
import { readRoute } from '../bounce/extract/received-hops.js';
import { readTlsReport } from '../bounce/extract/tls-report.js';
import type { Lure } from '../bounce/lure.js';
import { readLure } from '../bounce/read-lure.js';
import type { Report } from '../report/types.js';
import { dmarcAnswer } from './dmarc-answer.js';
import { explainCodes } from './explain-codes.js';
import { filterAnswer } from './filter-answer.js';
import { routeAnswer } from './route-answer.js';
import { tlsReportAnswer } from './tls-report-answer.js';

/**
 * The answer to text that holds no bounce record: what it is instead, first match wins (an empty queue
 * listing, a TLS or DMARC report, phishing dressed as a bounce, a delivered message's headers and route, a
 * question about codes), else what was noticed in it and what to paste.
 */
export async function notABounce(input: string | Uint8Array, noticed: string[]): Promise<Report> {
  const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
  if (readQueueListing(text.replace(/\r\n?/g, '\n'))?.length === 0) {
    return notice(
      'not-a-bounce',
      'That mail queue listing shows no message waiting for a retry (an empty queue, counts only, or messages being delivered right now): nothing is stuck there.',
      [
        'If a message is still missing, paste its log lines (`grep QUEUEID /var/log/maillog`) or the bounce the sender got.',
      ],
    );
  }
  const tls = readTlsReport(text);
  if (tls) {
    const { headline, notes } = tlsReportAnswer(tls);
    return notice('not-a-bounce', headline, notes);
  }
  const dmarc = await readDmarcReport(text);
  if (dmarc) {
    const { headline, notes } = dmarcAnswer(dmarc);
    return notice('not-a-bounce', headline, notes);
  }
  const lure = await readLure(input);
  if (lure) return notice('not-a-bounce', LURE_HEADLINE, lureNotes(lure));
  const filtered = readFilterHeaders(text);
  const route = readRoute(text);
  const timing = route ? routeAnswer(route) : undefined;
  if (filtered) {
    const { headline, notes } = filterAnswer(filtered);
    return notice('not-a-bounce', headline, timing ? [...notes, ...timing.notes] : notes);
  }
  if (timing) {
    return notice(
      'not-a-bounce',
      `Not a bounce: the headers of a delivered message, which ${timing.summary}.`,
      [
        ...timing.notes,
        'To see whether it passed SPF, DKIM and DMARC, paste the headers with their Authentication-Results (Show original, View source).',
      ],
    );
  }
  const codes = explainCodes(text);
  if (codes.length > 0) {
    return notice('not-a-bounce', 'That is not a bounce, but the codes it mentions mean:', [
      ...codes,
      ...noticed,
      'To diagnose a message, paste the whole bounce or the server reply with its words.',
    ]);
  }
  return notice(
    'not-a-bounce',
    'This does not look like a bounce: no failed delivery, SMTP reply or status code found.',
    [
      ...noticed,
      'Paste the whole bounce email or the server reply (for example "550 5.1.1 <user@example.com>: User unknown"), or use /mx, /probe, /blacklist or /auth.',
    ],
  );
}

/** A report without records: a notice that the text is no bounce, or an error. */
export function notice(kind: Report['kind'], headline: string, notes: string[]): Report {
  return { kind, headline, records: [], findings: [], notes, attachments: [] };
}

const LURE_HEADLINE = 'Not a bounce: this looks like phishing dressed as a delivery or mailbox notice.';

/** Why it looks like phishing, and what to do: never act through it; if someone did, secure the account. */
function lureNotes(lure: Lure): string[] {
  const hosts = lure.foreignHosts.slice(0, 3).join(', ');
  return [
    `What gives it away: ${lure.signs.join('; ')}.`,
    'Do not click its links or sign in through them. If someone did, change that password now, sign out ' +
      'every session, and look for forwarding rules, app passwords and OAuth apps added to the mailbox.',
    'Real bounces come from MAILER-DAEMON or postmaster of the server that tried to deliver the message and ' +
      'quote its reply (for example "550 5.1.1 User unknown"); a quota warning comes from your own mail server. ' +
      'Neither asks for a login or holds mail behind a link.',
    `Block ${hosts ? `${hosts} and ` : ''}the sender's domain at your gateway, and report it (Microsoft 365 and ` +
      'Google Workspace: "Report phishing"; or your filter vendor).',
    'To see whether its sender passed SPF, DKIM and DMARC, paste its full headers (Show original, View source).',
  ];
}
