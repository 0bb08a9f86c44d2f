/**
 * Runs one write at a time and folds bursts together: a request made while a write is in
 * flight joins the next write, and all requests waiting then are answered by that single
 * write. Each write saves everything committed to memory so far, so one write covers them all.
 */
export class CoalescingWriter {
  private waiting: ((failure: unknown) => void)[] = [];
  private running: Promise<void> | null = null;

  constructor(private readonly writeAll: () => Promise<void>) {}

  /**
   * Ask for a write that includes every change committed before this call. Resolves once that
   * write is durable with `null`, or with the error that stopped it (never rejects).
   */
  request(): Promise<unknown> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.running ??= this.drain();
    });
  }

  /** Resolves when no write is in flight or waiting. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    // Let the rest of the current task queue its changes first, so they share this write.
    await Promise.resolve();
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0);
      let failure: unknown = null;
      try {
        await this.writeAll();
      } catch (error) {
        failure = error ?? new Error('The write failed.');
      }
      for (const answer of batch) answer(failure);
    }
    this.running = null;
  }
}
