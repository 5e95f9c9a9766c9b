import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A loopback stand-in for the Slack Web API (and Socket Mode's WebSocket, and response_url, and the
 * file upload URL). It records every call and, like Slack, refuses messages that break Slack's limits.
 * The limits are written here from Slack's documentation, independently of the bot's own constants.
 */
const LIMITS = {
  text: 4000,
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  fields: 10,
  fieldText: 2000,
  textObject: 3000,
  blockText: 12000,
};

export const BOT_USER_ID = 'UBOT';
export const BOT_ID = 'BBOT';
export const TEAM_ID = 'T0TEAM';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token sent (for asserting which token a method used). */
  token: string | null;
  /** Slack's answer: ok, or the error it gave. */
  error: string | null;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  threadTs: string | null;
  text: string;
  blocks: Block[];
  /** Every version, oldest first (chat.update appends). */
  versions: { text: string; blocks: Block[] }[];
}

interface Block {
  type: string;
  text?: { type: string; text: string };
  elements?: { type: string; text?: string }[];
  fields?: { type: string; text: string }[];
}

export interface StandInOptions {
  botToken: string;
  appToken?: string;
  /** Channels the bot is not a member of: chat.postMessage answers not_in_channel. */
  notInChannel?: string[];
  /** An error Slack should answer a call with (e.g. "ratelimited"), or null to answer normally. */
  refuse?: (method: string, args: Record<string, unknown>) => string | null;
}

export interface SlackStandIn {
  /** The Web API base URL, for SLACK_API_URL. */
  apiUrl: string;
  calls: ApiCall[];
  messages: StoredMessage[];
  uploads: { fileId: string; bytes: number; body: string }[];
  responses: { id: string; body: Record<string, unknown> }[];
  acks: { envelopeId: string; payload: Record<string, unknown> }[];
  responseUrl(id: string): string;
  /** Serves a shared file like files.slack.com (bot token required); returns its url_private_download. */
  hostFile(name: string, content: string | Uint8Array): string;
  /** Downloads of hosted files, with the bearer token each carried. */
  downloads: { path: string; token: string | null }[];
  /** A file object files.info answers for its id (Slack Connect events carry the id alone). */
  fileInfo(file: { id: string } & Record<string, unknown>): void;
  /** Messages conversations.replies answers for a thread (the parent first, as Slack gives them). */
  thread(channel: string, messages: ({ ts: string } & Record<string, unknown>)[]): void;
  /** Resolves once `check` holds (checked after everything the stand-in records). */
  waitFor(check: () => boolean, what?: string): Promise<void>;
  /** Socket Mode: sends one envelope to the connected bot; returns its envelope_id. */
  sendEnvelope(type: 'slash_commands' | 'events_api', payload: object, retryAttempt?: number): string;
  waitForAck(envelopeId: string): Promise<Record<string, unknown>>;
  /** Socket Mode: sends any message on the newest connection (e.g. a `disconnect`). */
  sendRaw(message: object): void;
  readonly connections: number;
  close(): Promise<void>;
}

function textSizeOf(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) {
    n += b.text?.text.length ?? 0;
    for (const e of b.elements ?? []) n += e.text?.length ?? 0;
    for (const f of b.fields ?? []) n += f.text.length;
  }
  return n;
}

/** Slack's verdict on a message's text and blocks, or null when it is fine. */
export function limitError(text: unknown, blocks: unknown): string | null {
  const t = typeof text === 'string' ? text : '';
  if (t.length > LIMITS.text) return 'msg_too_long';
  if (blocks === undefined) return t === '' ? 'no_text' : null;
  if (!Array.isArray(blocks)) return 'invalid_blocks_format';
  if (blocks.length > LIMITS.blocks) return 'invalid_blocks';
  for (const b of blocks as Block[]) {
    if (b.type === 'section') {
      if (!b.text && !b.fields) return 'invalid_blocks';
      if (b.text && (b.text.text.length === 0 || b.text.text.length > LIMITS.sectionText))
        return 'invalid_blocks';
      if (
        b.fields &&
        (b.fields.length > LIMITS.fields || b.fields.some((f) => f.text.length > LIMITS.fieldText))
      )
        return 'invalid_blocks';
    } else if (b.type === 'header') {
      if (b.text?.type !== 'plain_text' || b.text.text.length > LIMITS.headerText) return 'invalid_blocks';
    } else if (b.type === 'context') {
      const els = b.elements ?? [];
      if (els.length === 0 || els.length > LIMITS.contextElements) return 'invalid_blocks';
      if (els.some((e) => (e.text ?? '').length === 0 || (e.text ?? '').length > LIMITS.textObject))
        return 'invalid_blocks';
    } else if (b.type !== 'divider') {
      return 'invalid_blocks';
    }
  }
  if (textSizeOf(blocks as Block[]) > LIMITS.blockText) return 'msg_blocks_too_long';
  return null;
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // The WebClient sends objects and arrays as JSON strings.
    out[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return out;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startSlackStandIn(options: StandInOptions): Promise<SlackStandIn> {
  const calls: ApiCall[] = [];
  const messages: StoredMessage[] = [];
  const uploads: SlackStandIn['uploads'] = [];
  const responses: SlackStandIn['responses'] = [];
  const acks: SlackStandIn['acks'] = [];
  const waiters = new Set<() => void>();
  const notInChannel = new Set(options.notInChannel ?? []);
  const pendingFiles = new Map<string, { filename: string }>();
  const hosted = new Map<string, string | Uint8Array>();
  const downloads: SlackStandIn['downloads'] = [];
  const fileInfos = new Map<string, Record<string, unknown>>();
  const threads = new Map<string, Record<string, unknown>[]>();
  let seq = 0;
  let base = '';
  let socket: WebSocket | null = null;
  let connections = 0;

  const changed = () => {
    for (const w of [...waiters]) w();
  };
  const nextTs = () => `1700000000.${String(++seq).padStart(6, '0')}`;

  function answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: TEAM_ID, user: 'mailmedic' };
      case 'apps.connections.open':
        return { ok: true, url: `${base.replace('http', 'ws')}/link` };
      case 'chat.postMessage': {
        const channel = String(args.channel ?? '');
        if (notInChannel.has(channel)) return { ok: false, error: 'not_in_channel' };
        const problem = limitError(args.text, args.blocks);
        if (problem) return { ok: false, error: problem };
        const ts = nextTs();
        const blocks = (args.blocks as Block[] | undefined) ?? [];
        const text = String(args.text ?? '');
        messages.push({
          channel,
          ts,
          threadTs: typeof args.thread_ts === 'string' ? args.thread_ts : null,
          text,
          blocks,
          versions: [{ text, blocks }],
        });
        return { ok: true, channel, ts, message: { text, ts } };
      }
      case 'chat.update': {
        const m = messages.find((x) => x.channel === args.channel && x.ts === args.ts);
        if (!m) return { ok: false, error: 'message_not_found' };
        const problem = limitError(args.text, args.blocks);
        if (problem) return { ok: false, error: problem };
        m.text = String(args.text ?? '');
        m.blocks = (args.blocks as Block[] | undefined) ?? [];
        m.versions.push({ text: m.text, blocks: m.blocks });
        return { ok: true, channel: m.channel, ts: m.ts };
      }
      case 'chat.postEphemeral': {
        const problem = limitError(args.text, args.blocks);
        if (problem) return { ok: false, error: problem };
        return { ok: true, message_ts: nextTs() };
      }
      case 'files.getUploadURLExternal': {
        if (!args.filename || !args.length) return { ok: false, error: 'invalid_arguments' };
        const fileId = `F${++seq}`;
        pendingFiles.set(fileId, { filename: String(args.filename) });
        return { ok: true, upload_url: `${base}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.completeUploadExternal': {
        const files = (args.files as { id: string; title?: string }[] | undefined) ?? [];
        if (files.some((f) => !uploads.some((u) => u.fileId === f.id)))
          return { ok: false, error: 'file_not_found' };
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
      }
      case 'files.info': {
        const file = fileInfos.get(String(args.file ?? ''));
        return file
          ? { ok: true, file, comments: [], response_metadata: { next_cursor: '' } }
          : { ok: false, error: 'file_not_found' };
      }
      case 'conversations.replies': {
        const messages = threads.get(`${String(args.channel)}/${String(args.ts)}`);
        if (!messages) return { ok: false, error: 'thread_not_found' };
        const limit = Number(args.limit ?? 1000);
        return { ok: true, messages: messages.slice(0, limit), has_more: messages.length > limit };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const raw = await readBody(req);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/upload/')) {
      const fileId = url.pathname.slice('/upload/'.length);
      if (!pendingFiles.has(fileId)) return send(404, { ok: false });
      uploads.push({ fileId, bytes: Buffer.byteLength(raw), body: raw });
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(`OK - ${Buffer.byteLength(raw)}`);
      return changed();
    }
    if (url.pathname.startsWith('/files-pri/')) {
      const auth = req.headers.authorization ?? '';
      const token = auth.startsWith('Bearer ') ? auth.slice(7) : null;
      downloads.push({ path: url.pathname, token });
      const content = hosted.get(url.pathname);
      if (content === undefined) return send(404, { ok: false });
      // Like Slack: a request without a valid token gets the HTML sign-in page, with status 200.
      if (token !== options.botToken) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<!DOCTYPE html><html><body>Sign in to Slack</body></html>');
      } else {
        res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
        res.end(content);
      }
      return changed();
    }
    if (url.pathname.startsWith('/respond/')) {
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      const problem = limitError(body.text, body.blocks);
      if (problem) return send(400, { ok: false, error: problem });
      responses.push({ id: url.pathname.slice('/respond/'.length), body });
      send(200, { ok: true });
      return changed();
    }
    if (!url.pathname.startsWith('/api/')) return send(404, { ok: false, error: 'not_found' });
    const method = url.pathname.slice('/api/'.length);
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : null;
    const args = parseArgs(raw, String(req.headers['content-type'] ?? ''));
    const wanted = method === 'apps.connections.open' ? options.appToken : options.botToken;
    const refused = options.refuse?.(method, args) ?? null;
    const result =
      token !== wanted
        ? { ok: false, error: 'invalid_auth' }
        : refused
          ? { ok: false, error: refused }
          : answer(method, args);
    calls.push({ method, args, token, error: result.ok ? null : String(result.error) });
    send(200, result);
    changed();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  const wss = new WebSocketServer({ server, path: '/link' });
  wss.on('connection', (ws) => {
    socket = ws;
    connections++;
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: Record<string, unknown> };
      if (msg.envelope_id) acks.push({ envelopeId: msg.envelope_id, payload: msg.payload ?? {} });
      changed();
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP' } }));
    changed();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const waitFor = (check: () => boolean, what = 'a condition') =>
    new Promise<void>((resolve, reject) => {
      if (check()) return resolve();
      // Not a timing assertion: a test that would otherwise hang fails with what it waited for.
      const timer = setTimeout(() => {
        waiters.delete(w);
        reject(
          new Error(`stand-in: gave up waiting for ${what}; calls: ${calls.map((c) => c.method).join(', ')}`),
        );
      }, 15_000);
      const w = () => {
        if (!check()) return;
        clearTimeout(timer);
        waiters.delete(w);
        resolve();
      };
      waiters.add(w);
    });

  let envelopeSeq = 0;
  return {
    apiUrl: `${base}/api/`,
    calls,
    messages,
    uploads,
    responses,
    acks,
    responseUrl: (id) => `${base}/respond/${id}`,
    hostFile(name, content) {
      const path = `/files-pri/${TEAM_ID}-F${++seq}/download/${encodeURIComponent(name)}`;
      hosted.set(path, content);
      return `${base}${path}`;
    },
    downloads,
    fileInfo(file) {
      fileInfos.set(file.id, file);
    },
    thread(channel, messages) {
      const parent = messages[0]?.ts ?? '';
      threads.set(`${channel}/${parent}`, messages);
    },
    waitFor,
    sendEnvelope(type, payload, retryAttempt = 0) {
      if (!socket) throw new Error('stand-in: no Socket Mode connection');
      const envelopeId = `env-${++envelopeSeq}`;
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type === 'slash_commands',
          retry_attempt: retryAttempt,
          retry_reason: retryAttempt > 0 ? 'timeout' : '',
        }),
      );
      return envelopeId;
    },
    sendRaw(message) {
      if (!socket) throw new Error('stand-in: no Socket Mode connection');
      socket.send(JSON.stringify(message));
    },
    async waitForAck(envelopeId) {
      await waitFor(() => acks.some((a) => a.envelopeId === envelopeId), `the ack of ${envelopeId}`);
      return (acks.find((a) => a.envelopeId === envelopeId) as { payload: Record<string, unknown> }).payload;
    },
    get connections() {
      return connections;
    },
    async close() {
      for (const c of wss.clients) c.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
