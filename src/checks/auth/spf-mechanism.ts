import { createRequire } from 'node:module';
import type { MailauthResolver } from './mailauth-resolver.js';

/** What mailauth's internal evaluator returns when a mechanism matched. */
interface Match {
  type?: string;
  val?: string;
  qualifier?: string;
  include?: Match | false;
}

type SpfVerify = (domain: string, opts: Record<string, unknown>) => Promise<Match | false>;

const require = createRequire(import.meta.url);
/** Calls beyond this stop the walk (an include loop); the verdict comes from spf() anyway. */
const MAX_CALLS = 40;

/**
 * The mechanism that decided, as `include:_spf.example.net → ip4:192.0.2.0/24`. mailauth's spf()
 * gives the verdict but not the mechanism, so its evaluator (lib/spf/spf-verify) is run once more on
 * the same, now cached, answers. Best effort: null when it cannot tell.
 */
export async function matchedMechanism(
  domain: string,
  ip: string,
  sender: string,
  resolve: MailauthResolver,
): Promise<string | null> {
  let spfVerify: SpfVerify;
  try {
    spfVerify = (require('mailauth/lib/spf/spf-verify.js') as { spfVerify: SpfVerify }).spfVerify;
  } catch {
    return null;
  }
  let calls = 0;
  // What mailauth's own limiter does around the evaluator: void answers are empty lists.
  const resolver = async (name: string, type: string) => {
    if (++calls > MAX_CALLS) throw Object.assign(new Error('too many lookups'), { code: 'ELIMIT' });
    try {
      return await resolve(name, type);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ENOTFOUND' || code === 'ENODATA') return [];
      throw err;
    }
  };
  try {
    const match = await spfVerify(domain, { sender, ip, mta: 'mailmedic', helo: domain, resolver });
    return match !== false && match.type ? describe(match) : null;
  } catch {
    return null;
  }
}

function describe(m: Match): string {
  const q = m.qualifier && m.qualifier !== '+' ? m.qualifier : '';
  let term = `${q}${m.type}`;
  if (m.type === 'mx' && m.val) term += ` (${m.val})`;
  else if (m.val && m.type !== 'all') term += `${m.val.startsWith('/') ? '' : ':'}${m.val}`;
  const inner = m.include === false ? undefined : m.include;
  return inner?.type ? `${term} → ${describe(inner)}` : term;
}
