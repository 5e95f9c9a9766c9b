import type { CommandName } from './request.js';

/** Chat syntax and one-line purpose of each command: the help answer and usage hints come from here. */
export const COMMAND_USAGE: Record<CommandName, { syntax: string; summary: string }> = {
  bounce: {
    syntax: '/bounce TEXT  (or just paste the bounce)',
    summary: 'explain a bounce: what happened, whose side must act, how to fix it',
  },
  mx: {
    syntax: '/mx DOMAIN',
    summary: "check a domain's MX records, their addresses and reverse DNS",
  },
  blacklist: {
    syntax: '/blacklist IP|DOMAIN [ZONE...]',
    summary: 'look an IP or domain up on DNS blocklists (all known lists, or the zones given)',
  },
  probe: {
    syntax: '/probe ADDRESS|DOMAIN|HOST[:PORT] [HOST[:PORT]]',
    summary:
      'talk SMTP to the MX hosts (or HOST) up to RCPT TO: accepted, rejected and why, catch-all, TLS; no mail is sent',
  },
  auth: {
    syntax: '/auth DOMAIN [SELECTOR...] [ip=IP] [from=ADDRESS]',
    summary: 'check SPF, DKIM (selectors), DMARC and MTA-STS of a domain',
  },
  help: { syntax: 'help [COMMAND]', summary: 'show the commands' },
};

export function usageHint(command: CommandName): string {
  return `usage: ${COMMAND_USAGE[command].syntax}`;
}
