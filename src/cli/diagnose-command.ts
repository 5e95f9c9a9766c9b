import { availableParallelism } from 'node:os';
import { getCause, hasCause } from '../causes/catalogue.js';
import type { Config } from '../config.js';
import { MAX_BOUNCE_BYTES } from '../diagnose/bounce-limits.js';
import { formatBytes, UsageError } from '../errors.js';
import type { BounceRecord, Report } from '../report/types.js';
import type { CliArgs } from './args.js';
import { asUtf8, fromOutlookMsg, packedProblem, shellWord } from './bulk/input-form.js';
import { type Outcome, ParallelRecords } from './bulk/parallel-records.js';
import { type Loaded, loadInputs, type Message } from './bulk/read-inputs.js';
import { describeFsError, expandInputs, isDirectory } from './bulk/walk.js';
import { WorkerPool } from './bulk/worker-pool.js';
import { type CliIO, EXIT } from './io.js';
import { BufferedOutput } from './output.js';
import { recordLine, withFile } from './record-line.js';

type Mode = 'text' | 'json' | 'jsonl';

interface Summary {
  files: number;
  messages: number;
  records: number;
  notBounce: number;
  errors: number;
}

const EMPTY_REPORT: Report = {
  kind: 'not-a-bounce',
  headline: 'The input is empty: nothing to diagnose.',
  records: [],
  findings: [],
  notes: ['Give a file, a directory or an mbox, or pipe a bounce into "mailmedic diagnose".'],
  attachments: [],
};

type FollowUp = (report: Report) => Promise<Report>;
type RenderText = typeof import('../../adapters/console/render-text.js').renderText;

/** `mailmedic diagnose`: one input answered as a report, or many as a stream (bulk). */
export async function runDiagnose(args: CliArgs, io: CliIO, config?: Config): Promise<number> {
  if (args.json && args.jsonl) throw new UsageError('use either --json or --jsonl, not both');
  const paths = args.positionals.length > 0 ? args.positionals : ['-'];
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('stdin ("-") can be given only once');
  const mode: Mode = args.jsonl ? 'jsonl' : args.json ? 'json' : 'text';
  // One bounce runs its live checks; bulk work never does (speed, and the accuracy bench).
  const followUp = args.offline || mode === 'jsonl' || !config ? null : followUpsWith(config);
  const many = paths.length > 1 || isDirectory(paths[0] as string);
  const jobs = args.jobs ?? defaultJobs();
  return new DiagnoseRun(mode, io, many, followUp, jobs).run(paths);
}

/**
 * The live checks of one bounce, on --resolver / MAILMEDIC_RESOLVERS (or the system's resolvers). Their
 * modules are loaded on use: bulk runs never need them, and loading them would slow every start.
 */
function followUpsWith(config: Config): FollowUp {
  return async (report) => {
    const { needsFollowUps, runFollowUpChecks, untargetedFollowUps } = await import(
      '../diagnose/follow-up-checks.js'
    );
    if (!needsFollowUps(report)) return untargetedFollowUps(report);
    const [{ createDnsClient }, { loadDnsblZones }] = await Promise.all([
      import('../dns/resolver.js'),
      import('../knowledge/dnsbl-zones-file.js'),
    ]);
    return runFollowUpChecks(report, {
      dns: createDnsClient({ servers: config.resolvers.map((r) => r.address) }),
      dnsbl: { zones: loadDnsblZones(config.dnsbl.file), dqsKey: config.dnsbl.dqsKey?.reveal() ?? null },
    });
  };
}

/**
 * Bulk workers: one per core the process may use but one, at most 8. The main thread reads the files and
 * writes the lines, and each worker compiles the reader afresh. Measured on 2 cores: 10,000 messages take
 * as long on 2 workers as on one thread (2.1-2.7 s; V8 already compiles on the other core), 100,000 take
 * 9.2-10.8 s against 13.1-15.8 s: so one thread there, and `--jobs 2` for long runs.
 */
function defaultJobs(): number {
  const cores = availableParallelism();
  return cores >= 3 ? Math.min(cores - 1, 8) : 1;
}

class DiagnoseRun {
  private readonly out: BufferedOutput;
  private readonly summary: Summary = { files: 0, messages: 0, records: 0, notBounce: 0, errors: 0 };
  /** Bulk text and --json: the records' causes, with a title and how many (--jsonl leaves that to jq). */
  private readonly causes = new Map<string, { title: string; count: number }>();
  private single: boolean | null = null;
  /** The path of the input being read, for the commands an error message suggests. */
  private path = '-';
  private jsonItems = 0;
  /** Loaded for text output only: JSON runs never render. */
  private renderText: RenderText | null = null;
  /** Bulk --jsonl reading on worker threads, once the run is big enough (see process). */
  private parallel: ParallelRecords | null = null;
  private parallelTried = false;
  private pool: WorkerPool | null = null;

  constructor(
    private readonly mode: Mode,
    private readonly io: CliIO,
    private readonly many: boolean,
    private readonly followUp: FollowUp | null,
    private readonly jobs: number,
  ) {
    this.out = new BufferedOutput(io.stdout);
  }

  async run(paths: string[]): Promise<number> {
    if (this.mode === 'text')
      this.renderText = (await import('../../adapters/console/render-text.js')).renderText;
    if (this.io.stdin.isTTY === true && paths.includes('-'))
      this.io.stderr.write(
        'mailmedic: reading the bounce from the terminal: paste it, then press Ctrl-D on a new line ' +
          '(or give a file: mailmedic diagnose FILE)\n',
      );
    const inputs = loadInputs(expandInputs(paths), { maxBytes: MAX_BOUNCE_BYTES, stdin: this.io.stdin });
    try {
      for await (const loaded of inputs) {
        await this.input(loaded);
        if (this.out.closed) break;
      }
      await this.parallel?.finish();
    } finally {
      await this.pool?.close();
    }
    await this.finish(paths);
    return this.summary.errors > 0 ? EXIT.failed : EXIT.ok;
  }

  // Its own method, apart from run's loop: the optimising compiler then compiles small pieces once, not
  // run's whole loop (on-stack replacement) each time one of its paths is first taken.
  private async input(loaded: Loaded): Promise<void> {
    if (loaded.kind === 'error') {
      this.fail(loaded.label, loaded.message);
      return;
    }
    this.summary.files++;
    this.path = loaded.path;
    // One message from one non-directory path is a plain answer; anything else is bulk output.
    this.single ??= this.mode !== 'jsonl' && !this.many && !loaded.mbox;
    if (Array.isArray(loaded.messages)) {
      // A file read whole: its messages are at hand, no async iteration needed.
      for (const message of loaded.messages) {
        await this.process(message);
        if (this.out.closed) return;
      }
      return;
    }
    try {
      for await (const message of loaded.messages) {
        await this.process(message);
        if (this.out.closed) return;
      }
    } catch (err) {
      // A stream that breaks mid-way (a corrupt .gz, a read error): that input fails, the others go on.
      this.fail(loaded.label, describeFsError(err));
    }
  }

  private async process(message: Message): Promise<void> {
    const { label } = message;
    let bytes = message.bytes;
    // An empty file (an empty mbox, nothing on stdin) holds no message: nothing to count or print, but
    // one input answered alone still says it was empty.
    if (bytes !== null && isBlank(bytes)) {
      if (this.single)
        await this.out.write(
          this.mode === 'json' ? `${JSON.stringify(EMPTY_REPORT, null, 2)}\n` : this.render(EMPTY_REPORT),
        );
      return;
    }
    this.summary.messages++;
    let problem = bytes === null ? (message.problem ?? tooLarge(message.size, label, this.path)) : null;
    // Compressed or archived (but for gzip and .zip, unpacked as read): say what it is and how to unpack
    // it, never read it as text.
    if (bytes !== null && problem === null) problem = packedProblem(bytes, this.path);
    if (bytes !== null && problem === null) ({ bytes, problem } = fromOutlookMsg(bytes));
    if (bytes !== null && problem === null) bytes = asUtf8(bytes);
    const parallel = this.parallel ?? this.startParallel();
    if (parallel) {
      if (bytes === null || problem !== null) parallel.decided(label, { records: 0, error: problem ?? '' });
      else {
        const full = parallel.add(label, bytes);
        if (full) await full;
      }
      return;
    }
    if (bytes === null || problem !== null) {
      this.fail(label, problem ?? '');
      return;
    }
    try {
      if (this.mode === 'jsonl') await this.writeRecords(label, await this.io.readRecords(bytes));
      else await this.writeReport(label, await this.io.diagnose(bytes));
    } catch (err) {
      this.fail(label, `something went wrong: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /**
   * Bulk --jsonl moves to worker threads after its first PARALLEL_AFTER messages: a short run never pays
   * their start (~0.1 s each, in parallel). Tried once: without the compiled worker it stays here.
   */
  private startParallel(): ParallelRecords | null {
    if (this.mode !== 'jsonl' || this.jobs < 2 || this.summary.messages <= PARALLEL_AFTER) return null;
    if (!this.io.bulkWorkerUrl || this.parallelTried) return null;
    this.parallelTried = true;
    this.pool = WorkerPool.create(this.jobs, this.io.bulkWorkerUrl);
    if (!this.pool) return null;
    const sink = {
      lines: (text: string) => this.out.write(text),
      outcome: (label: string, o: Outcome) => {
        if (o.error !== null) this.fail(label, o.error);
        else this.count(o.records);
      },
    };
    this.parallel = new ParallelRecords(this.pool, sink, this.io.readRecords, 2 * this.jobs);
    return this.parallel;
  }

  private async writeRecords(label: string, records: BounceRecord[]): Promise<void> {
    this.count(records.length);
    for (const record of records) {
      // Most writes only queue: no await (and no promise) per record.
      const full = this.out.write(`${recordLine(record, label)}\n`);
      if (full) await full;
    }
  }

  private async writeReport(label: string, diagnosed: Report): Promise<void> {
    this.count(diagnosed.records.length);
    if (this.single) {
      const report = this.followUp ? await this.followUp(diagnosed) : diagnosed;
      const text = this.mode === 'json' ? `${JSON.stringify(report, null, 2)}\n` : this.render(report);
      await this.out.write(text);
      return;
    }
    const report = diagnosed;
    for (const r of report.records) {
      const seen = this.causes.get(r.cause);
      if (seen) seen.count++;
      // The cause's own title: a record's may name its IP or provider, which the other records do not share.
      else
        this.causes.set(r.cause, { title: hasCause(r.cause) ? getCause(r.cause).title : r.title, count: 1 });
    }
    if (this.mode === 'json') {
      const item = { file: label, ...report, records: report.records.map((r) => withFile(r, label)) };
      await this.out.write(`${this.jsonItems++ === 0 ? '{"reports":[\n' : ',\n'}${JSON.stringify(item)}`);
    } else {
      await this.out.write(`==> ${label} <==\n${this.render(report)}\n`);
    }
  }

  private render(report: Report): string {
    if (!this.renderText) throw new Error('text output without its renderer');
    return this.renderText(report, { color: this.io.stdout.isTTY === true });
  }

  private count(records: number): void {
    this.summary.records += records;
    if (records === 0) this.summary.notBounce++;
  }

  private fail(label: string, message: string): void {
    this.summary.errors++;
    this.io.stderr.write(`mailmedic: ${label}: ${message}\n`);
  }

  private async finish(paths: string[]): Promise<void> {
    const bulk = this.single !== true;
    const tally = [...this.causes].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
    if (this.mode === 'json' && bulk) {
      const head = this.jsonItems === 0 ? '{"reports":[' : '\n';
      const causes = Object.fromEntries(tally.map(([id, c]) => [id, c.count]));
      await this.out.write(`${head}],"summary":${JSON.stringify({ ...this.summary, causes })}}\n`);
    }
    // Many answers in text: what they come to, by cause, most first (the picture of a folder of bounces).
    if (this.mode === 'text' && bulk && tally.length > 0) {
      const width = String(tally[0]?.[1].count ?? 0).length;
      const lines = tally.map(([id, c]) => `  ${String(c.count).padStart(width)}  ${id}: ${c.title}`);
      await this.out.write(`==> ${this.summary.records} records by cause <==\n${lines.join('\n')}\n`);
    }
    await this.out.flush();
    if (bulk || this.mode === 'jsonl') {
      const s = this.summary;
      this.io.stderr.write(
        `mailmedic: ${s.files} files read, ${s.messages} messages, ${s.records} records, ` +
          `${s.notBounce} not a bounce, ${s.errors} errors\n`,
      );
      if (this.many && s.messages === 0 && s.errors === 0)
        this.io.stderr.write(
          `mailmedic: no messages found in ${paths.join(', ')} (hidden files, editor backups and ` +
            'mail-store index files are not read)\n',
        );
    }
  }
}

const PARALLEL_AFTER = 32;

/**
 * Over the cap: skipped, with what to give instead. A whole file (not a message of an mbox) is most
 * often a mail log: its failed deliveries alone are small.
 */
function tooLarge(size: number, label: string, path: string): string {
  const head = `the input is ${formatBytes(size)}, more than the ${formatBytes(MAX_BOUNCE_BYTES)} limit for one message; skipped`;
  if (/#\d+$/.test(label))
    return `${head}: give the bounce alone (its headers and delivery report, not the attachments)`;
  const file = path === '-' ? 'FILE' : shellWord(path);
  return (
    `${head}: give the bounce alone (its headers and delivery report, not the attachments), an mbox or a ` +
    `folder of messages; of a mail log, only the failed deliveries, e.g. grep -E 'status=(bounced|deferred)' ${file} | mailmedic diagnose`
  );
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  return true;
}
