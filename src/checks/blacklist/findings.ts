import type { DnsblZone } from '../../knowledge/dnsbl-zones.js';
import type { ZoneResult } from '../../report/types.js';
import { type BlacklistFinding, finding } from './codes.js';
import type { BlacklistCheck } from './types.js';

const SEVERITY_RANK = { fail: 0, warn: 1, ok: 2, info: 3 } as const;

/** The findings of the lists' answers: listings first, then what could not be told, then the clean. */
export function resultFindings(check: BlacklistCheck, zones: readonly DnsblZone[]): BlacklistFinding[] {
  const zoneOf = new Map(zones.map((z) => [z.zone, z]));
  const who = (target: string) => {
    const host = check.mailHosts.find((a) => a.ip === target);
    return host ? `Mail host ${target} (${host.host})` : target;
  };
  const out: BlacklistFinding[] = [];
  for (const r of check.results) {
    if (r.status === 'listed') {
      const z = zoneOf.get(r.zone);
      const note = z?.note && !z.note.startsWith('Spamhaus does not answer') ? ` ${z.note}` : '';
      const removal = r.delist
        ? ` Find and stop what sent spam first, then ask for removal at ${r.delist}.`
        : ' Find and stop what sent spam first, then ask the list for removal.';
      out.push(
        finding(
          'listed',
          'fail',
          `${who(r.target)} is listed on ${r.list} (${r.zone}): ${r.answer} — ${r.meaning}.${note}${removal}`,
        ),
      );
    } else if (r.status === 'good-reputation') {
      out.push(
        finding(
          'good-reputation',
          'ok',
          `${who(r.target)} has a good reputation on ${r.list} (${r.answer}: ${r.meaning}).`,
        ),
      );
    }
  }
  // Lists that could not tell: one finding per list and kind of failure, naming the targets.
  const groups = new Map<string, ZoneResult[]>();
  for (const r of check.results) {
    if (r.listed !== null || r.status === 'dead') continue;
    const key = `${r.zone} ${r.status}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const rs of groups.values()) {
    const first = rs[0] as ZoneResult;
    const targets = rs.map((r) => r.target).join(', ');
    if (first.status === 'wildcard') {
      out.push(
        finding('wildcard-zone', 'warn', `Not trusted: ${first.zone} (${first.list}) — ${first.reason}`),
      );
    } else {
      out.push(
        finding('could-not-check', 'warn', `Could not check ${targets} on ${first.zone}: ${first.reason}`),
      );
    }
  }
  for (const r of check.results.filter((x) => x.status === 'dead')) {
    out.push(finding('dead-zone', 'info', `${r.zone} (${r.list}) was not asked: ${r.reason}`));
  }
  const targets = [...new Set(check.results.map((r) => r.target))];
  for (const t of targets) {
    const clean = check.results.filter(
      (r) => r.target === t && (r.status === 'not-listed' || r.status === 'neutral-reputation'),
    );
    if (clean.length === 0) continue;
    const names = clean.map((r) => (r.status === 'neutral-reputation' ? `${r.list} (neutral)` : r.list));
    out.push(
      finding(
        'not-listed',
        'ok',
        `${who(t)} is not listed on ${clean.length === 1 ? '1 list' : `${clean.length} lists`}: ${names.join(', ')}`,
      ),
    );
  }
  return out;
}

/** Failures first, then warnings, the clean lists, and details last (stable within a severity). */
export function ordered(findings: BlacklistFinding[]): BlacklistFinding[] {
  return [...findings].sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity]);
}
