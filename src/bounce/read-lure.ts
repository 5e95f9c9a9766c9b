import { looksLikeEmail } from './email/header-block.js';
import { decodeBytes, type EmailView, readEmail } from './email/read-email.js';
import { type Lure, lureIn } from './lure.js';

/**
 * What the phishing check (lure.ts) reads of an input: an email's subject and text, with its raw form for the
 * links of its HTML (quoted-printable and base64 parts), and the reader's own domains; or a pasted text.
 */

/** The lure an email is, read from its subject and text, and its raw form for the links of its HTML. */
export function lureOfEmail(email: EmailView, raw: string | Uint8Array): Lure | undefined {
  const own = () => ['to', 'cc', 'delivered-to'].flatMap((h) => domainsIn(email.headers.get(h) ?? ''));
  // Links are also read from the raw form: quoted-printable's soft breaks joined, base64 parts decoded.
  const links = () => {
    const head = typeof raw === 'string' ? raw.slice(0, 65536) : decodeBytes(raw.subarray(0, 65536));
    return `${head.replace(/=\r?\n/g, '')}\n${base64Parts(head)}`;
  };
  return lureIn(`${email.headers.get('subject') ?? ''}\n${email.body}`, own, links);
}

const BASE64_PART = /^content-transfer-encoding:[ \t]*base64[ \t]*\r?$/gim;
const BLANK_LINE = /\r?\n\r?\n/g;
const BASE64_LINE = /^[A-Za-z0-9+/]{1,200}={0,2}$/;
const MAX_BASE64_PARTS = 8;

/** The base64 parts of an email's head, decoded (an HTML-only lure's links are in them). */
function base64Parts(head: string): string {
  const out: string[] = [];
  BASE64_PART.lastIndex = 0;
  for (let m = BASE64_PART.exec(head); m && out.length < MAX_BASE64_PARTS; m = BASE64_PART.exec(head)) {
    BLANK_LINE.lastIndex = m.index;
    const blank = BLANK_LINE.exec(head);
    if (!blank) break;
    const lines: string[] = [];
    for (const line of head.slice(blank.index + blank[0].length).split('\n', 2000)) {
      const l = line.trim();
      if (!BASE64_LINE.test(l)) break;
      lines.push(l);
    }
    out.push(Buffer.from(lines.join(''), 'base64').toString('utf8'));
  }
  return out.join('\n');
}

/** The lure a pasted text is; the reader's domains are those of its addresses but a From line's. */
export function lureOfText(text: string): Lure | undefined {
  return lureIn(text, () => domainsIn(text.replace(/^[ \t>]*from:.*$/gim, '')));
}

/** Whether the input (an email or a pasted text) is phishing dressed as a bounce, and what gives it away. */
export async function readLure(input: string | Uint8Array): Promise<Lure | undefined> {
  const text = typeof input === 'string' ? input : decodeBytes(input);
  return looksLikeEmail(text.slice(0, 8192)) ? lureOfEmail(await readEmail(input), input) : lureOfText(text);
}

function domainsIn(text: string): string[] {
  return Array.from(text.slice(0, 65536).matchAll(/@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})\b/gi), (m) =>
    (m[1] as string).toLowerCase(),
  );
}
