import { setTimeout as sleep } from 'node:timers/promises';
import { type Logger as BoltLogger, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from 'pino';

/** Waits between failed reconnection attempts: 1 s, 2 s, … up to 30 s. */
const RETRY_STEP_MS = 1000;
const RETRY_MAX_MS = 30_000;

export interface SocketReceiverOptions {
  appToken: string;
  boltLogger: BoltLogger;
  logger: Logger;
  /** The Web API options (URL, fetch, timeout) apps.connections.open goes through. */
  clientOptions: Record<string, unknown>;
}

export interface SocketReceiver {
  readonly receiver: SocketModeReceiver;
  /** Ends reconnecting; call before App.stop(). */
  stopping(): void;
}

/**
 * Socket Mode that reconnects at once. @slack/socket-mode 3.1 waits its clientPingTimeout (5 s)
 * before every reconnect, also after Slack's own `disconnect` message (reason `warning` or
 * `refresh_requested`), so events of that gap wait for Slack's retry. Shortening clientPingTimeout
 * would also shorten the pong deadline (pings every timeout/3) and drop healthy but slow links, so
 * the library's reconnect is turned off and done here: at once, then with a growing wait on failure.
 */
export function socketReceiver(options: SocketReceiverOptions): SocketReceiver {
  const receiver = new SocketModeReceiver({
    appToken: options.appToken,
    logger: options.boltLogger,
    logLevel: options.boltLogger.getLevel(),
    autoReconnectEnabled: false,
    installerOptions: { clientOptions: options.clientOptions },
  });
  const client = receiver.client;
  const stop = new AbortController();
  let connectedOnce = false;
  let reconnecting = false;

  async function reconnect(): Promise<void> {
    reconnecting = true;
    try {
      for (let attempt = 1; !stop.signal.aborted; attempt++) {
        try {
          await client.start();
          options.logger.info({ attempt }, 'slack socket mode reconnected');
          // stop() may have come while the new connection opened.
          if (stop.signal.aborted) await client.disconnect();
          return;
        } catch (err) {
          const waitMs = Math.min(RETRY_STEP_MS * attempt, RETRY_MAX_MS);
          options.logger.warn({ err, attempt, waitMs }, 'slack socket mode reconnect failed');
          await sleep(waitMs, undefined, { signal: stop.signal }).catch(() => {});
        }
      }
    } finally {
      reconnecting = false;
    }
  }

  client.on('connected', () => {
    connectedOnce = true;
  });
  // Emitted once the old socket is closed, whatever the cause: Slack's disconnect message, a missed
  // ping, a dropped link. A failed first start is left to start(), which reports it.
  client.on('disconnected', () => {
    if (!connectedOnce || reconnecting || stop.signal.aborted) return;
    void reconnect();
  });

  return {
    receiver,
    stopping() {
      stop.abort();
    },
  };
}
