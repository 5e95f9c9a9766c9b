import { afterAll, afterEach, beforeAll } from 'vitest';
import { PROBE_DEFAULTS, type ProbeSettings } from '../../../../src/checks/probe/types.js';
import { createDnsClient, type DnsClient } from '../../../../src/dns/resolver.js';
import { startDnsServer, type TestDnsServer, type Zone } from '../../helpers/dns-server.js';

/** Probe settings for peers on loopback: private targets allowed, timeouts short but not tight. */
export const settings = (over: Partial<ProbeSettings> = {}): ProbeSettings => ({
  ...PROBE_DEFAULTS,
  allowPrivate: true,
  from: 'probe@mailmedic.test',
  helo: 'probe.mailmedic.test',
  connectTimeoutMs: 2000,
  stepTimeoutMs: 2000,
  deadlineMs: 10_000,
  ...over,
});

export interface ProbeLoopback {
  /** A client of the test DNS server (set in beforeAll). */
  readonly dns: DnsClient;
  /** The DNS server serving `zone`; tests may add names to `server.zone`. */
  readonly server: TestDnsServer;
  /** Closes `peer` after the current test. */
  keep<T extends { close(): Promise<void> }>(peer: T): T;
  /** Takes back `peer` closed by the test itself. */
  forget(peer: { close(): Promise<void> }): void;
}

/**
 * The vitest hooks of a probe test file: a DNS server on loopback serving `zone` and a client of it for
 * the whole file, and the peers each test started closed after it.
 */
export function probeLoopback(zone: Zone = {}): ProbeLoopback {
  let server: TestDnsServer | undefined;
  let dns: DnsClient | undefined;
  const peers: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    server = await startDnsServer(zone);
    dns = createDnsClient({ servers: [server.address], timeoutMs: 2000, tries: 1 });
  });
  afterAll(async () => {
    dns?.close();
    await server?.close();
  });
  afterEach(async () => {
    await Promise.all(peers.splice(0).map((p) => p.close()));
  });
  const ready = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('probeLoopback is used before its beforeAll ran');
    return x;
  };
  return {
    get dns() {
      return ready(dns);
    },
    get server() {
      return ready(server);
    },
    keep(peer) {
      peers.push(peer);
      return peer;
    },
    forget(peer) {
      const i = peers.indexOf(peer);
      if (i >= 0) peers.splice(i, 1);
    },
  };
}
