#!/usr/bin/env node
// Slack benchmark: npm run bench:slack
// 50 slash commands fired at once through the HTTP receiver (signed like Slack signs them), against a
// loopback stand-in for the Slack Web API and a DNS server on loopback (dns2). Prints the ack latency
// (the HTTP answer Slack waits for, due within 3 s) and the time until the final answer is in the
// thread, for /bounce (no network) and /mx (DNS round trips, nothing cached).
// The bot and its stand-ins run in a child process, so the load generator does not share their event
// loop; times across the two processes are absolute (timeOrigin + now). The core's rate limits are off:
// the point is the adapter's own cost. A last round fires the commands while a 4 MiB bounce log shared
// as a file is being diagnosed, to show what a large paste costs the other users' acks.
// Nothing leaves 127.0.0.1.
import { fork } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const N = 50;
const SECRET = 'bench-signing-secret';
const BOUNCE =
  '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table';
const clock = () => performance.timeOrigin + performance.now();

if (process.argv[2] === 'server') await serve();
else await drive();

/** Child: DNS server, Web API stand-in and the bot; reports when each thread got its final answer. */
async function serve() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const load = (path) => import(pathToFileURL(`${root}dist/${path}`).href);
  const { createSlackBot } = await load('adapters/slack/slack-app.js');
  const { loadConfig } = await load('src/config.js');
  const { createLogger } = await load('src/logger.js');
  const { createDnsClient } = await load('src/dns/resolver.js');
  const { createOffThreadDiagnoser } = await load('src/commands/diagnose-off-thread.js');
  // As in src/main.ts; BENCH_IN_THREAD=1 shows the figures without the worker.
  const offThread = createOffThreadDiagnoser({
    minBytes: process.env.BENCH_IN_THREAD ? Infinity : undefined,
  });
  const { createServer: createDnsServer, Packet } = createRequire(import.meta.url)('dns2');

  // Every dN.bench.test has one MX with one address.
  const dns = createDnsServer({
    udp: { type: 'udp4' },
    handle: (request, send) => {
      const q = request.questions[0];
      const response = Packet.createResponseFromRequest(request);
      const name = q.name.toLowerCase();
      const rr = { name, class: Packet.CLASS.IN, ttl: 60 };
      if (q.type === Packet.TYPE.MX && /^d\d+\.bench\.test$/.test(name)) {
        response.answers.push({ ...rr, type: Packet.TYPE.MX, priority: 10, exchange: `mx.${name}` });
      } else if (q.type === Packet.TYPE.A && name.startsWith('mx.')) {
        response.answers.push({ ...rr, type: Packet.TYPE.A, address: '192.0.2.25' });
      }
      send(response);
    },
  });
  const dnsAddress = await dns.listen({ udp: { port: 0, address: '127.0.0.1' } });

  let seq = 0;
  const parents = new Map(); // asking user -> parent ts
  const threadOf = new Map(); // reply ts -> thread ts
  const finals = new Map(); // thread ts -> when the final answer arrived
  // A 4 MiB postfix log of bounced recipients, served like files.slack.com serves a shared file.
  let bigLog = '';
  for (let i = 0; bigLog.length < 4 * 1024 * 1024 - 300; i++) {
    bigLog += `postfix/smtp[1]: A${i}: to=<user${i}@example.com>, relay=mx.example.net[192.0.2.1]:25, dsn=5.1.1, status=bounced (host said: 550 5.1.1 User unknown)\n`;
  }
  const api = createServer(async (req, res) => {
    if (req.url.startsWith('/files-pri/')) {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(bigLog);
      return;
    }
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const args = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString()));
    const method = new URL(req.url, 'http://x').pathname.replace('/api/', '');
    let body = { ok: true };
    if (method === 'auth.test') body = { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' };
    else if (method === 'chat.postMessage') {
      const ts = `1700000000.${String(++seq).padStart(6, '0')}`;
      threadOf.set(ts, args.thread_ts ?? null);
      const asker = /asked by <@(U\w+)>/.exec(args.text ?? '');
      if (!args.thread_ts && asker) parents.set(asker[1], ts);
      if (args.thread_ts && !args.text.startsWith('Checking')) finals.set(args.thread_ts, clock());
      body = { ok: true, channel: args.channel, ts };
    } else if (method === 'chat.update') {
      const thread = threadOf.get(args.ts);
      if (thread && !args.text.startsWith('Checking')) finals.set(thread, clock());
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  api.listen(0, '127.0.0.1');
  await once(api, 'listening');
  const apiUrl = `http://127.0.0.1:${api.address().port}/api/`;

  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: apiUrl,
  });
  const bot = createSlackBot({
    slack: { ...config.slack, port: 0 },
    adapters: config.adapters,
    logger: createLogger({ level: 'silent', pretty: false }),
    context: {
      dns: createDnsClient({ servers: [`127.0.0.1:${dnsAddress.udp.port}`], timeoutMs: 1000, tries: 1 }),
      diagnose: offThread.diagnose,
    },
    retries: 0,
  });
  const { port } = await bot.start();
  process.send({ ready: true, port, apiUrl });
  process.on('message', async (msg) => {
    if (msg.collect) {
      const deadline = Date.now() + 30_000;
      while (finals.size < msg.collect && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      const out = Object.fromEntries([...parents].map(([user, ts]) => [user, finals.get(ts) ?? null]));
      parents.clear();
      finals.clear();
      process.send({ finals: out });
    }
    if (msg.stop) {
      await bot.stop();
      api.close();
      await dns.close();
      process.exit(0);
    }
  });
}

/** Parent: fires the commands and prints the figures. */
async function drive() {
  const child = fork(fileURLToPath(import.meta.url), ['server']);
  const [ready] = await once(child, 'message');
  const ask = async (msg) => {
    child.send(msg);
    const [answer] = await once(child, 'message');
    return answer;
  };

  function signed(payload, json = false) {
    const body = json ? JSON.stringify(payload) : new URLSearchParams(payload).toString();
    const t = Math.floor(Date.now() / 1000);
    const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${t}:${body}`).digest('hex')}`;
    return {
      method: 'POST',
      headers: {
        'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(t),
        'x-slack-signature': sig,
      },
      body,
    };
  }

  async function round(label, command, textOf, before = async () => {}) {
    await before();
    const started = new Map();
    const acks = await Promise.all(
      Array.from({ length: N }, async (_, i) => {
        const user = `U${label}${i}`;
        const payload = {
          team_id: 'T1',
          channel_id: 'C0BENCH',
          user_id: user,
          command,
          text: textOf(i),
          response_url: `${ready.apiUrl}respond`,
          trigger_id: `t${i}`,
        };
        const init = signed(payload);
        const t0 = clock();
        started.set(user, t0);
        const res = await fetch(`http://127.0.0.1:${ready.port}/slack/events`, init);
        await res.text();
        if (res.status !== 200) throw new Error(`ack ${res.status}`);
        return clock() - t0;
      }),
    );
    const { finals } = await ask({ collect: N });
    const answers = [...started].map(([user, t0]) => (finals[user] ?? Number.NaN) - t0);
    return { acks, answers };
  }

  const pct = (xs, p) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  };
  const fmt = (ms) => `${ms.toFixed(1)} ms`;

  console.log(`Slack HTTP receiver: ${N} concurrent slash commands, loopback Web API stand-in`);
  // A first, unmeasured command warms up the JIT and the connection pool.
  await round('W', '/bounce', () => BOUNCE);
  for (const [label, command, textOf] of [
    ['B', '/bounce', () => BOUNCE],
    ['M', '/mx', (i) => `d${i}.bench.test`],
  ]) {
    const { acks, answers } = await round(label, command, textOf);
    const missing = answers.filter((a) => Number.isNaN(a)).length;
    const done = answers.filter((a) => !Number.isNaN(a));
    console.log(
      `${command.padEnd(8)} ack p50 ${fmt(pct(acks, 50))}  p99 ${fmt(pct(acks, 99))}` +
        `  | final answer in thread p50 ${fmt(pct(done, 50))}  p99 ${fmt(pct(done, 99))}` +
        (missing > 0 ? `  (${missing} unanswered)` : ''),
    );
  }
  // The same /bounce round, fired while a 4 MiB log shared as a file is diagnosed (not awaited).
  const shareBigFile = async () => {
    const url = `${ready.apiUrl.replace('/api/', '')}/files-pri/T1-F1/download/mail.log`;
    const event = {
      type: 'event_callback',
      team_id: 'T1',
      api_app_id: 'A1',
      event_id: 'EvBIG',
      event_time: 1_700_000_000,
      event: {
        type: 'message',
        subtype: 'file_share',
        channel: 'C0BIG',
        channel_type: 'channel',
        user: 'UBIG',
        text: '',
        ts: '1700000000.999999',
        files: [
          {
            id: 'F1',
            name: 'mail.log',
            mimetype: 'text/plain',
            filetype: 'text',
            size: 4 * 1024 * 1024,
            url_private_download: url,
          },
        ],
      },
    };
    const res = await fetch(`http://127.0.0.1:${ready.port}/slack/events`, signed(event, true));
    await res.text();
    // Let the download finish and the diagnosis start before the commands arrive.
    await new Promise((r) => setTimeout(r, 150));
  };
  {
    const { acks } = await round('L', '/bounce', () => BOUNCE, shareBigFile);
    console.log(
      `/bounce  ack p50 ${fmt(pct(acks, 50))}  p99 ${fmt(pct(acks, 99))}  | while a 4 MiB log shared as a file is diagnosed`,
    );
  }
  child.send({ stop: true });
  await once(child, 'exit');
}
