/**
 * Files and folders a directory walk passes over, as data: they are not messages, or they copy one.
 * Paths named on the command line are always read (the admin asked for them).
 */

/** Index, state and metadata files that mail stores keep beside the messages. */
const MAIL_STORE_FILES = new Set([
  // Maildir (qmail, Courier, Dovecot)
  'maildirfolder',
  'maildirsize',
  'subscriptions',
  'courierimapuidlist',
  'courierimapacl',
  'courierimapsubscribed',
  'courierpop3dsizelist',
  // Apple Mail's "Export Mailbox…" folder (Name.mbox/mbox beside these)
  'Info.plist',
  'table_of_contents',
  // Thunderbird profile folders
  'msgFilterRules.dat',
  'popstate.dat',
  'filterlog.html',
  'panacea.dat',
]);

/** Folders of the same stores that hold no messages. */
const MAIL_STORE_DIRS = new Set(['courierimapkeywords', 'courierimaphieracl']);

/**
 * Whether a walk skips this file: a dotfile (.DS_Store, vim's .name.swp), an editor backup ("name~",
 * Emacs's "#name#": the same mail counted twice), Dovecot's own files ("dovecot-uidlist",
 * "dovecot.index.log", ...), Thunderbird's summary files ("Inbox.msf"), or a store's metadata file.
 * A few character reads and one Set lookup per file.
 */
export function skipFile(name: string): boolean {
  const first = name.charCodeAt(0);
  if (first === 0x2e /* . */) return true;
  const last = name.charCodeAt(name.length - 1);
  if (last === 0x7e /* ~ */) return true;
  if (first === 0x23 /* # */ && last === 0x23 && name.length > 1) return true;
  if (first === 0x64 /* d */ && name.startsWith('dovecot')) return true;
  if (last === 0x66 /* f */ && name.endsWith('.msf')) return true;
  return MAIL_STORE_FILES.has(name);
}

/**
 * Whether a walk skips this folder. Dot-folders are skipped (.git, .Trash-1000, .cache), except a
 * Maildir++ folder (".Sent", ".Bounces") inside a Maildir: that is the mailbox's own. A Maildir's tmp/
 * holds deliveries still being written: the Maildir rules say readers leave it alone.
 */
export function skipDir(name: string, inMaildir: boolean): boolean {
  if (name.charCodeAt(0) === 0x2e) return !inMaildir;
  if (inMaildir && name === 'tmp') return true;
  return MAIL_STORE_DIRS.has(name);
}
