/**
 * Requests made while one statement is in flight go together in the next: one round trip per
 * batch instead of one per request. Requests of the same turn of the event loop join a batch.
 */
export class RequestBatcher<I, O> {
  private waiting: { input: I; resolve(output: O): void; reject(error: unknown): void }[] = [];
  private inFlight = false;
  private scheduled = false;

  /** `run` answers the batch's inputs in their order. */
  constructor(private readonly run: (inputs: readonly I[]) => Promise<readonly O[]>) {}

  request(input: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.inFlight || this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.inFlight || this.waiting.length === 0) return;
    this.inFlight = true;
    const batch = this.waiting;
    this.waiting = [];
    try {
      const outputs = await this.run(batch.map((w) => w.input));
      batch.forEach((w, i) => w.resolve(outputs[i]));
    } catch (error) {
      batch.forEach((w) => w.reject(error));
    } finally {
      this.inFlight = false;
      this.pump();
    }
  }
}
