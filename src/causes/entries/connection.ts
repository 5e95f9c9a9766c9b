import type { Cause } from '../types.js';

/** Refusals of the sending host itself, when no blocklist or other reason is named. */
export const CONNECTION_CAUSES: readonly Cause[] = [
  {
    id: 'connection-rejected',
    title: 'Refused: the receiving server would not accept mail from your server',
    reason: 'blocked',
    side: 'sender',
    permanent: false,
    explanation:
      'The receiving server refused the connection or the session before looking at this message: it does ' +
      'not want mail from your sending IP or host name right now. It did not say why, which usually means a ' +
      'local block, a reputation system or a connection policy.',
    steps: [
      'Check whether {ip} is on a public blocklist: `/blacklist {ip}`.',
      'Check that {ip} has a reverse DNS name that resolves back to it: `dig -x {ip} +short`, then look the ' +
        'name up with `dig +short A <name>`.',
      'Make sure your server greets with a real, resolvable host name (Postfix: `postconf smtp_helo_name`).',
      'Try the conversation yourself to see the full refusal: ' +
        '`swaks --to {recipient} --server {remoteHost} --quit-after RCPT`.',
      "If it persists, contact the recipient's mail administrator (postmaster@{domain}) with the exact reply.",
    ],
    checks: ['blacklist', 'ptr', 'probe'],
  },
];
