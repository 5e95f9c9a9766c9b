import net from 'node:net';

const LOOPBACK_HOSTS = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|localhost)$/i;

/**
 * Watches every TCP (and TLS) connection the process opens, at net.Socket#connect where all of them
 * pass (undici, ws, http): records each target and refuses any outside loopback before a DNS lookup
 * or a packet can leave the machine.
 */
export function guardSockets(): { targets: string[]; refused: string[]; restore(): void } {
  const proto = net.Socket.prototype as unknown as { connect: (...args: unknown[]) => unknown };
  const original = proto.connect;
  const targets: string[] = [];
  const refused: string[] = [];
  proto.connect = function guarded(this: net.Socket, ...args: unknown[]) {
    // net.connect passes its normalised [options, callback] array; direct calls pass (options) or (port, host).
    const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
    const options = typeof first === 'object' && first !== null ? (first as net.NetConnectOpts) : null;
    if (options && 'path' in options && options.path) return original.apply(this, args);
    const host = options
      ? ((options as net.TcpNetConnectOpts).host ?? 'localhost')
      : String(args[1] ?? 'localhost');
    const port = options ? (options as net.TcpNetConnectOpts).port : first;
    targets.push(`${host}:${String(port)}`);
    if (!LOOPBACK_HOSTS.test(host)) {
      refused.push(`${host}:${String(port)}`);
      throw new Error(`test tried to connect outside loopback: ${host}:${String(port)}`);
    }
    return original.apply(this, args);
  };
  return {
    targets,
    refused,
    restore: () => {
      proto.connect = original;
    },
  };
}
