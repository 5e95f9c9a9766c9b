import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { messageProblems } from './discord-limits-check.js';

/**
 * A loopback Discord: the REST API under /api/v10 and a gateway WebSocket that speaks HELLO, IDENTIFY →
 * READY + GUILD_CREATE, heartbeats, RESUME → RESUMED, then the dispatches a test sends. Every REST call
 * is recorded; message payloads that break Discord's limits are answered 400 like Discord does.
 */
export const IDS = {
  app: '900000000000000001',
  bot: '900000000000000001',
  guild: '900000000000000100',
  channel: '900000000000000200',
  existingThread: '900000000000000300',
  dm: '900000000000000400',
  user: '900000000000000500',
  /** The role Discord makes for the bot when it joins (managed, tags.bot_id), and a team role. */
  botRole: '900000000000000600',
  teamRole: '900000000000000700',
} as const;

export const TOKEN = 'test-token.not-a-real-one';

export interface RestFile {
  name: string;
  size: number;
  text: string;
}

export interface RestCall {
  method: string;
  /** The path after /api/v10, with the interaction token as-is (e.g. %40original stays encoded). */
  path: string;
  body: Record<string, unknown> | null;
  files: RestFile[];
  status: number;
  problems: string[];
  auth: string | undefined;
  /** What the stand-in answered (JSON), e.g. the thread or message it created. */
  response: Record<string, unknown> | null;
}

export interface GatewayOp {
  op: number;
  d: unknown;
}

const user = (id: string, username: string, bot = false) => ({
  id,
  username,
  discriminator: '0',
  global_name: username,
  avatar: null,
  bot,
});
export const BOT_USER = user(IDS.bot, 'mailmedic', true);
export const HUMAN = user(IDS.user, 'postmaster');

let nextId = 910000000000000000n;
export const snowflake = () => String(nextId++);

export class DiscordStandIn extends EventEmitter {
  readonly calls: RestCall[] = [];
  readonly received: GatewayOp[] = [];
  /** Intents this application may not use (privileged ones not enabled in the portal): close 4014. */
  disallowedIntents = 0;
  /** How many IDENTIFY and RESUME the gateway got. */
  identifies = 0;
  resumes = 0;
  private socket: WebSocket | null = null;
  private seq = 0;
  private sessionId = 'session-1';
  private readonly http: Server;
  private readonly wss: WebSocketServer;

  private constructor() {
    super();
    this.http = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        res.writeHead(500).end(String(err));
      });
    });
    this.wss = new WebSocketServer({ server: this.http });
    this.wss.on('connection', (ws) => this.connected(ws));
  }

  static async start(): Promise<DiscordStandIn> {
    const s = new DiscordStandIn();
    await new Promise<void>((resolve) => s.http.listen(0, '127.0.0.1', resolve));
    return s;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  private readonly failures: { method: string; path: RegExp; status: number }[] = [];
  private readonly hosted = new Map<string, string | Buffer>();

  /** Serves `text` as an uploaded file, the way Discord's CDN does; returns the attachment object. */
  hostFile(name: string, text: string | Buffer, contentType = 'text/plain; charset=utf-8') {
    const id = snowflake();
    this.hosted.set(`/attachments/${id}/${name}`, text);
    return {
      id,
      filename: name,
      size: Buffer.byteLength(text),
      content_type: contentType,
      url: `http://127.0.0.1:${this.port}/attachments/${id}/${name}`,
      proxy_url: `http://127.0.0.1:${this.port}/attachments/${id}/${name}`,
    };
  }

  /** Calls whose body broke a Discord limit. */
  get rejected(): RestCall[] {
    return this.calls.filter(
      (c) => c.problems.length > 0 && c.problems[0] !== 'failure injected by the test',
    );
  }

  /** The next call matching `method` and `path` is answered with `status` (a REST error). */
  failNext(method: string, path: RegExp, status: number): void {
    this.failures.push({ method, path, status });
  }

  /** Resolves with the first recorded call (past or future) that matches. */
  waitForCall(match: (c: RestCall) => boolean): Promise<RestCall> {
    const found = this.calls.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const on = (c: RestCall) => {
        if (!match(c)) return;
        this.off('call', on);
        resolve(c);
      };
      this.on('call', on);
    });
  }

  waitForOp(op: number, after = 0): Promise<GatewayOp> {
    const found = this.received.slice(after).find((o) => o.op === op);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const on = (o: GatewayOp) => {
        if (o.op !== op) return;
        this.off('op', on);
        resolve(o);
      };
      this.on('op', on);
    });
  }

  /** Sends a dispatch on the newest connection (or on `to`, the connection that asked). */
  dispatch(t: string, d: unknown, to: WebSocket | null = this.socket): void {
    this.seq += 1;
    to?.send(JSON.stringify({ op: 0, t, s: this.seq, d }));
  }

  /** Drops the connection like a network blip (4000 "unknown error" lets the client resume). */
  dropConnection(code = 4000): void {
    this.socket?.close(code, 'stand-in dropped the connection');
  }

  /** The session expires: the next RESUME gets opcode 9 (not resumable), so the client must IDENTIFY. */
  expireSession(): void {
    this.sessionId = 'expired';
  }

  /** Opcode 7: Discord asks the client to reconnect and resume. */
  requestReconnect(): void {
    this.send({ op: 7, d: null, s: null, t: null });
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // --- gateway ---

  private send(payload: unknown): void {
    this.socket?.send(JSON.stringify(payload));
  }

  private connected(ws: WebSocket): void {
    this.socket = ws;
    ws.on('message', (raw) => this.onOp(ws, JSON.parse(String(raw)) as GatewayOp));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 1000 }, s: null, t: null }));
  }

  private onOp(ws: WebSocket, payload: GatewayOp): void {
    this.received.push(payload);
    // Answered below in the order Discord would; listeners hear of the op once the answer went out.
    queueMicrotask(() => this.emit('op', payload));
    if (payload.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
    if (payload.op === 2) {
      this.identifies += 1;
      const d = payload.d as { token?: string; shard?: [number, number]; intents?: number };
      if (((d.intents ?? 0) & this.disallowedIntents) !== 0) {
        ws.close(4014, 'Disallowed intent(s).');
        return;
      }
      if (d.token !== TOKEN) {
        ws.close(4004, 'Authentication failed.');
        return;
      }
      this.sessionId = `session-${this.identifies}`;
      this.dispatch(
        'READY',
        {
          v: 10,
          user: BOT_USER,
          guilds: [{ id: IDS.guild, unavailable: true }],
          session_id: this.sessionId,
          resume_gateway_url: this.gatewayUrl,
          application: { id: IDS.app, flags: 0 },
          shard: d.shard ?? [0, 1],
        },
        ws,
      );
      this.dispatch('GUILD_CREATE', guildPayload(), ws);
    }
    if (payload.op === 6) {
      const d = payload.d as { session_id?: string };
      this.resumes += 1;
      if (d.session_id !== this.sessionId) {
        ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
        return;
      }
      this.dispatch('RESUMED', {}, ws);
    }
  }

  // --- REST ---

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = this.hosted.get(url.pathname);
    if (req.method === 'GET' && file !== undefined) {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(file);
      return;
    }
    const path = url.pathname.replace(/^\/api\/v10/, '');
    const method = req.method ?? 'GET';
    const { body, files } = await parseBody(raw, req.headers['content-type']);
    const call: RestCall = {
      method,
      path,
      body,
      files,
      status: 200,
      problems: [],
      auth: req.headers.authorization,
      response: null,
    };
    const reply = (status: number, json?: unknown) => {
      call.status = status;
      call.response = (json ?? null) as Record<string, unknown> | null;
      this.calls.push(call);
      this.emit('call', call);
      if (json === undefined) res.writeHead(status).end();
      else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    };
    const failure = this.failures.findIndex((f) => f.method === method && f.path.test(path));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      call.problems = ['failure injected by the test'];
      reply(f?.status ?? 500, { code: 0, message: 'injected failure' });
      return;
    }
    const isMessageWrite =
      (method === 'POST' || method === 'PATCH') &&
      (/^\/channels\/\d+\/messages(\/\d+)?$/.test(path) ||
        /^\/webhooks\/\d+\/[^/]+(\/messages\/[^/]+)?$/.test(path));
    const isCallback = /^\/interactions\/\d+\/[^/]+\/callback$/.test(path);
    const messageBody = isCallback ? ((body?.data ?? null) as Record<string, unknown> | null) : body;
    if ((isMessageWrite || isCallback) && messageBody) {
      call.problems = messageProblems(
        messageBody,
        files.map((f) => f.size),
      );
      if (call.problems.length > 0) {
        reply(400, { code: 50035, message: 'Invalid Form Body', errors: { problems: call.problems } });
        return;
      }
    }
    if (method === 'GET' && path === '/gateway/bot') {
      if (call.auth !== `Bot ${TOKEN}`) {
        reply(401, { code: 0, message: '401: Unauthorized' });
        return;
      }
      reply(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
      return;
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const commands = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
      reply(
        200,
        commands.map((c) => ({ ...c, id: snowflake(), application_id: IDS.app, version: snowflake() })),
      );
      return;
    }
    if (isCallback) {
      reply(204);
      return;
    }
    let m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path);
    if (method === 'POST' && m) {
      const name = String(body?.name ?? '');
      if (name.length < 1 || name.length > 100) {
        call.problems.push(`thread name length ${name.length}`);
        reply(400, { code: 50035, message: 'Invalid Form Body' });
        return;
      }
      reply(201, threadPayload(m[2] as string, m[1] as string, name));
      return;
    }
    m = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path);
    if (m && (method === 'POST' || method === 'PATCH')) {
      reply(200, messagePayload(m[2] ?? snowflake(), m[1] as string, BOT_USER, body, files));
      return;
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path);
    if (m && method === 'DELETE') {
      reply(204);
      return;
    }
    if (m && (method === 'POST' || method === 'PATCH')) {
      reply(200, messagePayload(snowflake(), IDS.channel, BOT_USER, body, files));
      return;
    }
    reply(404, { code: 0, message: '404: Not Found' });
  }
}

async function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): Promise<{ body: Record<string, unknown> | null; files: RestFile[] }> {
  if (raw.length === 0) return { body: null, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: RestFile[] = [];
    let body: Record<string, unknown> | null = null;
    for (const [key, value] of form.entries()) {
      if (key === 'payload_json') body = JSON.parse(String(value)) as Record<string, unknown>;
      else if (typeof value !== 'string')
        files.push({ name: value.name, size: value.size, text: await value.text() });
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')) as Record<string, unknown>, files: [] };
}

const EVERYONE_PERMISSIONS = '2248473465835073';

function guildPayload() {
  const now = new Date().toISOString();
  return {
    id: IDS.guild,
    name: 'Mail admins',
    icon: null,
    owner_id: IDS.user,
    unavailable: false,
    large: false,
    member_count: 2,
    joined_at: now,
    features: [],
    emojis: [],
    stickers: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    premium_tier: 0,
    preferred_locale: 'en-US',
    roles: [
      {
        id: IDS.guild,
        name: '@everyone',
        permissions: EVERYONE_PERMISSIONS,
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
      {
        id: IDS.botRole,
        name: 'mailmedic',
        permissions: EVERYONE_PERMISSIONS,
        position: 1,
        color: 0,
        hoist: false,
        managed: true,
        mentionable: false,
        flags: 0,
        tags: { bot_id: IDS.bot },
      },
      {
        id: IDS.teamRole,
        name: 'postmasters',
        permissions: EVERYONE_PERMISSIONS,
        position: 2,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: true,
        flags: 0,
      },
    ],
    channels: [
      { id: IDS.channel, type: 0, name: 'mail', position: 0, permission_overwrites: [], parent_id: null },
    ],
    threads: [threadPayload(IDS.existingThread, IDS.channel, 'an earlier thread')],
    members: [{ user: BOT_USER, roles: [], joined_at: now, deaf: false, mute: false, flags: 0 }],
  };
}

function threadPayload(id: string, parentId: string, name: string) {
  return {
    id,
    type: 11,
    guild_id: IDS.guild,
    parent_id: parentId,
    name,
    owner_id: IDS.bot,
    message_count: 0,
    member_count: 1,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: new Date().toISOString(),
      locked: false,
    },
  };
}

export function messagePayload(
  id: string,
  channelId: string,
  author: ReturnType<typeof user>,
  body: Record<string, unknown> | null,
  files: RestFile[] = [],
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    channel_id: channelId,
    author,
    content: (body?.content as string | undefined) ?? '',
    embeds: (body?.embeds as unknown[] | undefined) ?? [],
    attachments: files.map((f) => ({
      id: snowflake(),
      filename: f.name,
      size: f.size,
      url: `http://127.0.0.1/attachments/${f.name}`,
      proxy_url: `http://127.0.0.1/attachments/${f.name}`,
    })),
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
    ...extra,
  };
}

/** A MESSAGE_CREATE from a person: in the guild channel (or a thread), or in a DM (no guild_id). */
export function userMessage(
  content: string,
  where: 'channel' | 'thread' | 'dm',
  mentionsBot: boolean,
  attachments: unknown[] = [],
) {
  const channelId = where === 'dm' ? IDS.dm : where === 'thread' ? IDS.existingThread : IDS.channel;
  // Discord adds channel_type to MESSAGE_CREATE; discord.js needs it to build an uncached DM channel.
  const extra: Record<string, unknown> = {
    mentions: mentionsBot ? [BOT_USER] : [],
    attachments,
    channel_type: where === 'dm' ? 1 : where === 'thread' ? 11 : 0,
  };
  if (where !== 'dm') {
    extra.guild_id = IDS.guild;
    extra.member = { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 };
  }
  return messagePayload(snowflake(), channelId, HUMAN, { content }, [], extra);
}

/** An INTERACTION_CREATE for a slash command with string options (and a file), from the guild channel. */
export function slashCommand(
  name: string,
  options: Record<string, string> = {},
  file?: { option: string; attachment: { id: string } & Record<string, unknown> },
  from: ReturnType<typeof user> = HUMAN,
) {
  const id = snowflake();
  return {
    id,
    application_id: IDS.app,
    type: 2,
    token: `interaction-token-${id}`,
    version: 1,
    guild_id: IDS.guild,
    channel_id: IDS.channel,
    channel: { id: IDS.channel, type: 0, name: 'mail', guild_id: IDS.guild },
    member: {
      user: from,
      roles: [],
      joined_at: new Date().toISOString(),
      permissions: EVERYONE_PERMISSIONS,
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: EVERYONE_PERMISSIONS,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': IDS.guild },
    context: 0,
    attachment_size_limit: 10 * 1024 * 1024,
    data: {
      id: snowflake(),
      name,
      type: 1,
      options: [
        ...Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })),
        ...(file ? [{ name: file.option, type: 11, value: file.attachment.id }] : []),
      ],
      ...(file ? { resolved: { attachments: { [file.attachment.id]: file.attachment } } } : {}),
    },
  };
}

/**
 * An INTERACTION_CREATE for the message command ("Diagnose bounce") on `target` (a message payload), from
 * the guild channel: Discord sends the message in data.resolved.messages, content included.
 */
export function messageCommand(name: string, target: ReturnType<typeof messagePayload>) {
  const base = slashCommand(name);
  return {
    ...base,
    data: {
      id: snowflake(),
      name,
      type: 3,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    },
  };
}
