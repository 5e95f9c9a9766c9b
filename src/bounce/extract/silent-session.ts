/**
 * A telnet session to a mail server that the server closed without a word: "Connected to mx.example.org."
 * (and telnet's escape-character line), then straight away "Connection closed by foreign host.", with no
 * greeting, no command typed and no reply anywhere in the text. The server took the TCP connection and
 * dropped it before its greeting: the same failure an MTA logs as a lost connection while receiving the
 * initial server greeting (a mail service down behind its address, or a firewall or filter that drops this
 * client). Returns the host and the telnet lines that say so, or undefined.
 */
export function silentSession(text: string): { host: string; ip?: string; words: string } | undefined {
  if (!text.includes(CLOSED)) return undefined;
  const m = SILENT.exec(text);
  if (!m?.[1] || ANY_REPLY.test(text)) return undefined;
  const host = m[1].replace(/\.$/, '');
  const ip = TRYING.exec(text)?.[1];
  return { host, ip, words: `Connected to ${host}. ${CLOSED}.` };
}

const CLOSED = 'Connection closed by foreign host';
// telnet's own lines, nothing between them: the connection, its escape-character note, the close.
const SILENT =
  /^[ \t]*Connected to ([a-z0-9][\w.-]{0,253})[ \t]*\r?\n(?:[ \t]*Escape character is '\^\]'\.[ \t]*\r?\n)?[ \t]*Connection closed by foreign host\.?[ \t]*$/im;
// A reply line anywhere (a greeting, a refusal): then the text says more than the silence.
const ANY_REPLY = /^[ \t]*[2-5]\d\d(?:[ -]|$)/m;
const TRYING = /^[ \t]*Trying ([0-9a-f:.]{3,45}?)\.{3}/im;
