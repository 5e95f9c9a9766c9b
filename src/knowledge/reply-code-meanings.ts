/**
 * What the basic SMTP reply codes mean on their own (RFC 5321 §4.2.3; 530/535 RFC 4954; 521/556 RFC 7504),
 * for chat that asks about a code rather than pasting a bounce. The reply's words usually say more.
 */
export const REPLY_CODE_MEANINGS: Readonly<Record<string, string>> = {
  '421':
    'the server is not taking mail right now (busy, shutting down, or limiting your rate); temporary, the sending server retries',
  '450':
    'the mailbox is not available right now (busy, locked, or greylisting); temporary, the sending server retries',
  '451': 'the receiver had a local error or is greylisting; temporary, the sending server retries',
  '452': 'the receiver is short of storage, or you sent too many recipients at once; temporary',
  '455': 'the server cannot accept the parameters given; temporary',
  '500':
    'the server did not recognise the command (a syntax error, or a firewall rewriting the SMTP dialogue)',
  '501': 'a command had bad arguments, usually a malformed address',
  '502': 'the command is not implemented by that server',
  '503': 'commands came in the wrong order, often a login required before MAIL FROM',
  '504': 'a command parameter is not implemented',
  '521': 'that host does not accept mail at all',
  '530': 'authentication (SMTP login) is required first',
  '535': 'the SMTP login was refused: wrong user name or password, or the account is locked',
  '550':
    'refused permanently: no such mailbox, or refused by policy (spam, blocklist, authentication); the words of the reply decide which',
  '551': 'the recipient is not local to that server',
  '552': 'the mailbox is full or the message is too large',
  '553': 'the address is not allowed: bad syntax, or the sender is not permitted',
  '554':
    'the transaction failed permanently, often a spam or blocklist refusal; the words of the reply decide which',
  '556': 'the recipient domain does not accept mail (null MX)',
};
