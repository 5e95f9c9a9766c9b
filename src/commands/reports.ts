import { asCodedError, ErrorCode } from '../errors.js';
import type { Refused } from '../limits/rate-limiter.js';
import type { Report, ReportKind } from '../report/types.js';
import type { CommandName, HelpRequest, LiveRequest } from './request.js';
import { COMMAND_USAGE } from './usage.js';

function report(kind: ReportKind, headline: string, notes: string[] = []): Report {
  return { kind, headline, records: [], findings: [], notes, attachments: [] };
}

export function helpReport(req: HelpRequest = { kind: 'help' }): Report {
  if (req.topic) {
    const u = COMMAND_USAGE[req.topic];
    return report('help', u.syntax, [u.summary]);
  }
  const lines = (Object.keys(COMMAND_USAGE) as CommandName[]).map(
    (name) => `${COMMAND_USAGE[name].syntax} — ${COMMAND_USAGE[name].summary}`,
  );
  return report('help', 'Paste a bounce, an SMTP reply or a mail log line, or use a command:', [
    ...lines,
    'Also pasted: a delivered message\'s headers (why it went to Junk, where it waited), a DMARC or TLS report (XML, JSON), or a "delivery failure" that may be phishing.',
  ]);
}

export function usageReport(command: CommandName, problem: string): Report {
  const [headline = problem, ...rest] = problem.split('\n');
  return report('usage', headline, rest.length > 0 ? rest : [`usage: ${COMMAND_USAGE[command].syntax}`]);
}

export function unknownCommandReport(command: string): Report {
  const known = (Object.keys(COMMAND_USAGE) as CommandName[]).map((c) => `/${c}`).join(', ');
  return report('usage', `Unknown command "/${command}".`, [`Commands: ${known}. Type "help" for details.`]);
}

export function refusedReport(refusal: Refused): Report {
  return report('refused', refusal.reason, [`retry after ${refusal.retryAfterSeconds} s`]);
}

/** The request as a user would type it, e.g. "/mx example.com": names a check in progress and thread titles. */
export function describeRequest(req: LiveRequest): string {
  switch (req.kind) {
    case 'mx':
      return `/mx ${req.domain}`;
    case 'blacklist':
      return `/blacklist ${req.target}${req.zones ? ` ${req.zones.join(' ')}` : ''}`;
    case 'probe':
      return `/probe ${req.target}${req.host ? ` ${req.host}` : ''}`;
    case 'auth':
      return `/auth ${req.domain}${req.selectors.length ? ` ${req.selectors.join(' ')}` : ''}`;
  }
}

/** "something went wrong" with a next step; coded errors keep their own actionable message. */
export function errorReport(err: unknown): Report {
  const coded = asCodedError(err);
  if (coded.code === ErrorCode.UnknownError) {
    return report('error', `Something went wrong: ${coded.message}`, [
      'Try again; if it keeps failing, paste only the bounce text (headers and delivery report).',
    ]);
  }
  return report('error', coded.message);
}

/** A shared file the bot could not read: said plainly, with what to do (`file`: "attached file"). */
export function unreadableFileReport(problems: readonly string[], file: string, retry: string): Report {
  return report('error', `Could not read the ${file}: ${problems[0] ?? 'unknown problem'}`, [
    ...problems.slice(1),
    `Paste the bounce as text, or ${retry}.`,
  ]);
}
