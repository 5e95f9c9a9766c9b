/**
 * Groups terminal lines into chat messages. A paste arrives as a burst of lines, so a message ends
 * when no line has come for `idleMs`; a single-line command is sent at once. After a bare `/bounce`
 * the user types or pastes by hand and ends with an empty line entered after a pause (empty lines
 * inside a fast paste belong to the bounce, which has blank lines of its own).
 */
export interface PasteCollectorOptions {
  idleMs: number;
  /** Whether one line is complete on its own (a command), so it need not wait for the pause. */
  isComplete: (line: string) => boolean;
  onMessage: (text: string) => void;
  /** Called when `/bounce` starts a hand-typed message, to tell the user how to end it. */
  onManualStart?: () => void;
  now?: () => number;
}

export class PasteCollector {
  private lines: string[] = [];
  private manual = false;
  private lastAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly now: () => number;

  constructor(private readonly options: PasteCollectorOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  get pending(): boolean {
    return this.lines.length > 0;
  }

  push(line: string): void {
    const at = this.now();
    const gap = at - this.lastAt;
    this.lastAt = at;
    if (this.manual) {
      if (line.trim() === '' && gap >= this.options.idleMs && this.lines.length > 1) this.flush();
      else this.lines.push(line);
      return;
    }
    if (this.lines.length === 0) {
      if (line.trim() === '') return;
      if (line.trim().toLowerCase() === '/bounce') {
        this.manual = true;
        this.lines.push(line);
        this.options.onManualStart?.();
        return;
      }
      if (this.options.isComplete(line)) {
        this.options.onMessage(line);
        return;
      }
    }
    this.lines.push(line);
    this.arm();
  }

  /** Sends whatever is collected (at the pause, the blank line, or end of input). */
  flush(): void {
    this.disarm();
    const text = this.lines.join('\n');
    this.lines = [];
    this.manual = false;
    if (text.trim() !== '') this.options.onMessage(text);
  }

  /** Stops the idle timer without sending, so nothing keeps the process alive. */
  dispose(): void {
    this.disarm();
    this.lines = [];
  }

  private arm(): void {
    this.disarm();
    this.timer = setTimeout(() => this.flush(), this.options.idleMs);
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
