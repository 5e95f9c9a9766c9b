import { once } from 'node:events';

/**
 * One buffered writer for all CLI output: many small lines become few large writes, and a full pipe
 * pauses the producer (back-pressure) instead of filling memory. A closed pipe (`| head`) stops output.
 */
export class BufferedOutput {
  private pending: string[] = [];
  private pendingLength = 0;
  private broken = false;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly highWater = 64 * 1024,
  ) {
    stream.on('error', () => {
      this.broken = true;
    });
  }

  /** True once the reader went away; callers may stop producing. */
  get closed(): boolean {
    return this.broken;
  }

  /** Queues text; a promise only when the buffer was full and is being written (await it), else nothing. */
  write(text: string): Promise<void> | undefined {
    if (this.broken) return undefined;
    this.pending.push(text);
    this.pendingLength += text.length;
    return this.pendingLength >= this.highWater ? this.flush() : undefined;
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0 || this.broken) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    if (this.stream.write(text)) return;
    // Wait for drain, or for the pipe to close; abort the losers so no listeners pile up.
    const ac = new AbortController();
    try {
      await Promise.race([once(this.stream, 'drain', ac), once(this.stream, 'close', ac)]);
    } catch {
      this.broken = true;
    } finally {
      ac.abort();
    }
  }
}
