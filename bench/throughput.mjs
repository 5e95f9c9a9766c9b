#!/usr/bin/env node
// Throughput benchmark: npm run bench -- [EMAILS_DIR] [--files N]
// 1. Bulk: links the corpus emails (default ../shared/corpus/sisimai/emails) into a temp tree of
//    ~10,000 files and times `mailmedic diagnose --jsonl TMPDIR > /dev/null` in a child process.
//    Then again pinned to one CPU with taskset (the target is per core: V8's compiler and GC threads
//    then share that core with the reading).
//    Peak memory is the child's max RSS from GNU time (/usr/bin/time); without it, /proc/PID/status
//    VmHWM (the kernel's own high-water mark) is polled every 20 ms.
// 2. Single paste: times diagnoseBounce() in-process on a few corpus emails (median, p95).
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const filesFlag = args.indexOf('--files');
const target = filesFlag >= 0 ? Number(args[filesFlag + 1]) : 10_000;
const positional = args.filter((a, i) => !a.startsWith('--') && (filesFlag < 0 || i !== filesFlag + 1));
// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const source = positional[0]
  ? resolve(process.env.INIT_CWD ?? process.cwd(), positional[0])
  : resolve(root, '../shared/corpus/sisimai/emails');
const CHILD_LIMIT_MS = 15 * 60 * 1000;
const GNU_TIME = '/usr/bin/time';
const TASKSET = '/usr/bin/taskset';

class BenchError extends Error {}
const fail = (message) => {
  throw new BenchError(message);
};

function listEmails(dir) {
  if (!existsSync(dir)) fail(`no emails at ${dir}`);
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.eml'))
    .sort();
  if (names.length === 0) fail(`no .eml files in ${dir}`);
  return names;
}

/** Repeats the corpus under numbered subfolders until there are at least `count` files. */
function buildTree(dir, names, count) {
  const copies = Math.ceil(count / names.length);
  for (let c = 0; c < copies; c++) {
    const sub = join(dir, String(c).padStart(3, '0'));
    mkdirSync(sub);
    for (const name of names) {
      try {
        linkSync(join(source, name), join(sub, name)); // cheap, and the bytes stay in page cache
      } catch {
        copyFileSync(join(source, name), join(sub, name)); // other filesystem, or links refused
      }
    }
  }
  return copies * names.length;
}

function peakFromProc(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // the process has already gone
  }
}

/**
 * The first CPU this process may run on, for pinning the CLI to one core with taskset (undefined when
 * taskset or the kernel's list is missing).
 */
function oneCpu() {
  if (!existsSync(TASKSET)) return undefined;
  try {
    const m = /Cpus_allowed_list:\s*(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? m[1] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the CLI over dir with stdout to /dev/null, on `cpu` alone when given (taskset); resolves wall
 * seconds and peak RSS in KiB.
 */
function runBulk(dir, cpu) {
  const node = [process.execPath, join(root, 'bin/mailmedic.js'), 'diagnose', '--jsonl', dir];
  const command = cpu === undefined ? node : [TASKSET, '-c', cpu, ...node];
  const useTime = existsSync(GNU_TIME);
  const timeFile = join(dir, '..', 'time.txt');
  const [cmd, argv] = useTime
    ? [GNU_TIME, ['-f', '%M %x %U %S', '-o', timeFile, ...command]]
    : [command[0], command.slice(1)];
  return new Promise((done, reject) => {
    const started = process.hrtime.bigint();
    // Own process group, so the time limit can kill GNU time and the node under it together.
    const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
    let polled = 0;
    const poll = useTime
      ? undefined
      : setInterval(() => (polled = Math.max(polled, peakFromProc(child.pid))), 20);
    const limit = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), CHILD_LIMIT_MS);
    const interrupt = () => process.kill(-child.pid, 'SIGKILL'); // Ctrl-C does not reach our group
    process.once('SIGINT', interrupt);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', interrupt);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearTimeout(limit);
      if (poll) clearInterval(poll);
      if (signal)
        return reject(
          new BenchError(`the CLI was stopped by ${signal} (limit ${CHILD_LIMIT_MS / 60000} min)`),
        );
      let peakKiB = polled;
      let exit = code;
      let cpuSeconds = null;
      if (useTime) {
        // GNU time writes "Command exited with non-zero status N" first when it fails.
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
        const [rss, status, user, system] = last.split(' ').map(Number);
        peakKiB = rss ?? 0;
        exit = status ?? code;
        cpuSeconds = (user ?? 0) + (system ?? 0);
      }
      if (exit !== 0) return reject(new BenchError(`\`mailmedic diagnose --jsonl\` exited ${exit}`));
      done({
        seconds,
        peakKiB,
        cpuSeconds,
        method: useTime ? 'GNU time max RSS' : '/proc VmHWM polled every 20 ms',
      });
    });
  });
}

const ms = (ns) => Number(ns) / 1e6;
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function singlePaste(names) {
  const modulePath = join(root, 'dist/src/diagnose/diagnose-bounce.js');
  if (!existsSync(modulePath)) fail('dist/src/diagnose/diagnose-bounce.js is missing: run `npm run build`');
  const { diagnoseBounce } = await import(pathToFileURL(modulePath).href);
  // Five emails spread over the sorted corpus, so several MTA families are in the mix.
  const picks = [0, 1, 2, 3, 4].map((i) => names[Math.floor((i * names.length) / 5)]);
  const texts = picks.map((n) => readFileSync(join(source, n), 'utf8'));
  for (let i = 0; i < 200; i++) await diagnoseBounce(texts[i % texts.length]); // warm up the JIT
  const times = [];
  for (let i = 0; i < 2000; i++) {
    const t0 = process.hrtime.bigint();
    await diagnoseBounce(texts[i % texts.length]);
    times.push(ms(process.hrtime.bigint() - t0));
  }
  times.sort((a, b) => a - b);
  return { picks, median: percentile(times, 50), p95: percentile(times, 95) };
}

let tmp;
try {
  const names = listEmails(source);
  if (!existsSync(join(root, 'dist/src/cli/main.js'))) {
    fail('dist/src/cli/main.js is missing: the CLI is not built (npm run build) or not written yet');
  }
  tmp = mkdtempSync(join(tmpdir(), 'mailmedic-bench-'));
  const tree = join(tmp, 'emails');
  mkdirSync(tree);
  const count = buildTree(tree, names, target);
  console.log(
    `bulk: ${count} files (${names.length} corpus emails repeated) in ${tree}, Node ${process.version}`,
  );
  const bulk = await runBulk(tree);
  console.log(`  wall time    ${bulk.seconds.toFixed(2)} s`);
  console.log(`  throughput   ${(count / bulk.seconds).toFixed(0)} messages/s (all cores)`);
  console.log(`  peak memory  ${(bulk.peakKiB / 1024).toFixed(1)} MiB (${bulk.method})`);
  if (bulk.cpuSeconds !== null) {
    // Less sensitive than wall time to other work on a shared machine; V8's GC and compiler threads
    // run beside the main thread, so it can exceed the wall time.
    console.log(`  cpu time     ${bulk.cpuSeconds.toFixed(2)} s (user + system, all threads)`);
  }
  // The target is for one core: V8's compiler and GC threads then share it with the reading.
  const cpu = oneCpu();
  if (cpu === undefined) console.log('  one core     not measured (no taskset)');
  else {
    const pinned = await runBulk(tree, cpu);
    console.log(
      `  one core     ${(count / pinned.seconds).toFixed(0)} messages/s (taskset -c ${cpu}, ${pinned.seconds.toFixed(2)} s)`,
    );
  }

  const single = await singlePaste(names);
  console.log(`single paste: diagnoseBounce x2000 over ${single.picks.join(', ')}`);
  console.log(`  median ${single.median.toFixed(3)} ms   p95 ${single.p95.toFixed(3)} ms`);
} catch (err) {
  if (!(err instanceof BenchError)) throw err;
  console.error(`bench: ${err.message}`);
  process.exitCode = 1;
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
