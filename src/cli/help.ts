import { MAX_BOUNCE_BYTES } from '../diagnose/bounce-limits.js';
import { formatBytes } from '../errors.js';
import type { CliCommand } from './args.js';

const GLOBAL_OPTIONS = `Global options:
  --resolver HOST[:PORT]  DNS server to use; repeatable (IPv6 as [::1]:53). Default: the system's
  --smtp-port N           port the probe connects to (default 25)
  --allow-private         let checks target private and loopback addresses (off by default)
  --json                  print one JSON document
  -h, --help              show help (also after a command: mailmedic diagnose --help)
  --version               print the version`;

const EXIT_CODES = `Exit codes:
  0  done (for diagnose: every input was read, bounce or not)
  1  an input could not be read or was over the size limit (the others were still processed)
  2  usage or configuration error
For mx, auth, blacklist and probe, 0 means the check ran, whatever it found: read the findings (or
"severity" and "verdict" in --json).`;

export const PROGRAM_HELP = `mailmedic: explains mail bounces (cause, whose side must act, fix steps) and checks mail setups

Usage: mailmedic COMMAND [ARGS] [OPTIONS]

Commands:
  diagnose [FILE|DIR|MBOX|-]...  explain bounces; reads stdin without a path or with "-"
  mx DOMAIN                      check a domain's MX records, hosts and reverse DNS
  blacklist IP|DOMAIN            look an IP or domain up on DNS blocklists
  probe ADDRESS|DOMAIN|HOST      talk SMTP to the receiving servers up to RCPT TO (no mail is sent)
  auth DOMAIN [SELECTOR...]      check SPF, DKIM, DMARC, MTA-STS and TLS-RPT
  help [COMMAND]                 show help for a command

${GLOBAL_OPTIONS}

${EXIT_CODES}

Configuration comes from the environment (MAILMEDIC_RESOLVERS, MAILMEDIC_SMTP_PORT, ...; see the
README); the options above override it.
`;

export const COMMAND_HELP: Record<CliCommand, string> = {
  diagnose: `Usage: mailmedic diagnose [FILE|DIR|MBOX|-]... [--json | --jsonl] [--offline] [--jobs N]

Explains bounces: a whole bounce email, the readable part of one, an SMTP reply, MTA log lines or an
SMTP transcript. Without a path, or with "-", reads stdin.
  FILE   one message (UTF-8, Latin-1 or UTF-16 text; gzipped too: mail.log.1.gz; an Outlook .msg, read
         as the email it holds); a pipe works too
  DIR    every file below it, recursively, in sorted order; a Maildir's cur/ and new/ and its
         Maildir++ folders (.Sent/...) are read, its tmp/ is not. Skipped: dotfiles, editor backups
         (name~, #name#), and mail-store files (dovecot.*, Thunderbird's .msf, Apple Mail's Info.plist)
  MBOX   a file whose first line starts with "From " (mboxo, mboxrd, mboxcl2, Thunderbird, Apple Mail's
         Name.mbox/mbox): split at envelope lines ("From SENDER DATE"), each message diagnosed (streamed)
  LOG    an MTA log over 256 KiB (lines starting with a time stamp: mail.log, journalctl, Exim's
         mainlog, PowerMTA accounting): read in chunks of whole lines, any size (streamed)
  ZIP    a .zip archive: read as the folder it packs (streamed, any size; macOS's __MACOSX/ copies
         skipped), each file labelled ARCHIVE.zip:ENTRY; a .zip of one file is answered as that file
A gzip file is unpacked as it is read; another compressed file or archive (bzip2, xz, zstd, 7z) is not
read: unpack it first (xzcat FILE | mailmedic diagnose). An empty file holds no message.

Output:
  (default)  readable text: the verdict first, whose side must act, steps, evidence; for several
             messages, each headed "==> FILE <==", then the records counted by cause, most first
  --json     one JSON document: the report for one message, or {"reports": [...], "summary": {...}}
             (summary: files, messages, records, notBounce, errors, causes: {cause id: records})
  --jsonl    one JSON line per bounce record, with "file": the path relative to the directory given
             (after the directory when several directories are given), the path as given, "PATH#N" for message N (from 1) of an mbox, "PATH:LINE" for the
             chunk of a log starting at line LINE, or "ARCHIVE.zip:ENTRY" for a file in a .zip. Messages that are not bounces print nothing; a
             summary (files, messages, records, not a bounce, errors) goes to stderr.
  --jobs N   bulk --jsonl: read on N worker threads (default: one per CPU core this process may use
             but one, at most 8; 1 reads in the main thread, the default on 1 or 2 cores). Output order
             and content do not depend on N.
A message over ${formatBytes(MAX_BOUNCE_BYTES)} is skipped with a message on stderr.

Live checks: one bounce (one message from one file, or stdin) also runs the checks its cause calls
for, in parallel within 10 s, and says whether they confirm the diagnosis: /blacklist of the sending
IP, /mx of the recipient's domain, /auth of the sender's domain (SPF for the sending IP), reverse DNS
of the sending IP. --resolver sets the DNS servers; without an answer the report says "live checks
could not run". Many messages (a directory, an mbox, several paths) and --jsonl never run them.
  --offline  do not run the live checks

${GLOBAL_OPTIONS}

${EXIT_CODES}
`,
  mx: `Usage: mailmedic mx DOMAIN [--json] [--resolver HOST[:PORT]]...

Checks the MX records of DOMAIN (IDN allowed): the hosts in preference order, their A/AAAA addresses,
each address's PTR and whether it resolves back (forward-confirmed reverse DNS). Reports a null MX,
an implicit MX (no MX records, the domain's own address), a domain that does not exist (with a typo
suggestion), MX targets that are CNAMEs, IP addresses or have no address, missing or unconfirmed PTRs,
private addresses, and DNS failures (SERVFAIL, REFUSED, timeouts) as such. Only DNS is asked: no
connection is made to the mail hosts.

Output: the verdict, then one finding per line (ok, info, warn, FAIL); --json prints the report with
"findings": [{"code", "severity", "message"}] (codes in the README). Exit code 0 when the check ran.

${GLOBAL_OPTIONS}
`,
  blacklist: `Usage: mailmedic blacklist IP|DOMAIN [--zone ZONE]... [--json] [--resolver HOST[:PORT]]...

Looks an IP address (IPv4, or IPv6 in nibble form) up on DNS blocklists (DNSBLs): Spamhaus ZEN,
SpamCop, Barracuda, UCEPROTECT L1-L3, PSBL, Mailspike, SpamRATS, s5h. A domain is looked up on the
domain lists (Spamhaus DBL, SURBL, URIBL), and its mail hosts' addresses on the IP lists. Every list
is asked at once, under one deadline. Return codes are decoded (SBL, XBL, PBL...; bitmask lists by
bit); a list's error code (e.g. Spamhaus 127.255.255.254: public resolver), an answer outside
127.0.0.0/8, SERVFAIL, REFUSED, a timeout, or a list that answers for its test point 127.0.0.1 or a
random name, is "could not check", never "listed".
  --zone ZONE   ask this zone instead of the curated lists (repeatable); dead lists (SORBS...) are
                named as such and not asked

Output: the verdict, then one finding per line; --json prints the report with "findings" and
"zones": [{"zone", "target", "listed": true|false|null, "status", "answer", "meaning", "reason"}]
(codes in the README). Exit code 0 when the check ran.
Environment: MAILMEDIC_SPAMHAUS_DQS_KEY (Spamhaus Data Query Service key), MAILMEDIC_DNSBL_FILE (a
JSON file of zones that extends or replaces the curated list; see the README).

${GLOBAL_OPTIONS}
`,
  probe: `Usage: mailmedic probe ADDRESS|DOMAIN|HOST[:PORT] [--host HOST[:PORT]] [--json]

Talks SMTP, as swaks would, to the MX hosts of the domain in preference order (the next one on a
connection failure or a 4xx), or to HOST: banner, EHLO (HELO if refused), STARTTLS when offered (the
certificate is inspected: a self-signed or mismatched one is reported, not fatal), MAIL FROM, RCPT TO
the address (postmaster@DOMAIN for a domain), RCPT TO a random address of the same domain (catch-all),
RSET, QUIT. DATA is never sent, so no mail is delivered.
  --host HOST[:PORT]   probe this server instead of the MX hosts (an open-relay test for a
                       foreign domain)
Verdicts: accepted, rejected, catch-all, deferred, unreachable, tls-failed, refused-by-policy. A
refusal is read like a pasted bounce (550 5.1.1: no such user; a 5.7.1 blocklist reply: your probe IP
is blocked). Private, loopback, link-local, CGNAT and reserved addresses are refused unless
--allow-private (MAILMEDIC_ALLOW_PRIVATE) is given.

Output: the verdict, the findings, the refusal's cause and steps, and the SMTP transcript with timings;
--json prints {"target", "host", "verdict", "reason", "reply", "tls", "catchAll", "transcript",
"findings"} (codes in the README). Exit code 0 when the check ran.
Environment: MAILMEDIC_PROBE_FROM (envelope sender, empty for <>), MAILMEDIC_HELO (EHLO name),
MAILMEDIC_SMTP_PORT, MAILMEDIC_PROBE_TIMEOUT (seconds per reply, default 30), MAILMEDIC_PROBE_DEADLINE
(seconds in all, default 60).

${GLOBAL_OPTIONS}
`,
  auth: `Usage: mailmedic auth DOMAIN [SELECTOR...] [--ip IP [--from ADDRESS|DOMAIN]] [--json]

Checks the mail authentication of DOMAIN through DNS: SPF (one record, syntax, the 10-lookup and
2-void-lookup limits, its "all"), DMARC (policy, sp/np, alignment, rua/ruf and the authorisation of
report addresses in other domains), DKIM keys at each SELECTOR given and at common selectors (type,
size, revoked), the MTA-STS and TLS-RPT records (the HTTPS policy is not fetched), BIMI when the
domain publishes it (logo, certificate, DMARC enforcement; neither file fetched), and an MX and
reverse-DNS summary. SPF is evaluated by mailauth, through the same DNS servers.
  --ip IP                  what a receiver decides for mail from IP: pass, fail, softfail, neutral,
                           none, permerror or temperror, and the mechanism that matched
  --from ADDRESS|DOMAIN    the MAIL FROM for --ip (default: postmaster@DOMAIN)

Output: the verdict line, then one finding per line; --json prints the report with
"findings": [{"code", "severity", "message"}] (codes in the README). Exit code 0 when the check ran.

${GLOBAL_OPTIONS}
`,
  help: `Usage: mailmedic help [COMMAND]

Shows help for the program or for one command (same as mailmedic COMMAND --help).
`,
};
