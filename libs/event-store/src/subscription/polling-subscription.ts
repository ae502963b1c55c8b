import type { RecordedEvent, SubscribeOptions, Subscription } from '../event-store.port';

export interface PollingConfig {
  /** Longest wait between polls when no wake-up arrives. */
  readonly pollMs: number;
  readonly onStop?: (subscription: PollingSubscription) => void;
}

/**
 * Follows the log page by page from a checkpoint. Handler calls are sequential and in global
 * order; a wake-up (append in process, or NOTIFY) cuts the wait short.
 */
export class PollingSubscription implements Subscription {
  private current: number;
  private stopped = false;
  private woken = false;
  private wakeUp?: () => void;
  private done: Promise<void> = Promise.resolve();

  constructor(
    private readonly read: (fromPosition: number, maxCount: number) => Promise<RecordedEvent[]>,
    private readonly options: SubscribeOptions,
    private readonly config: PollingConfig,
  ) {
    this.current = options.fromPosition ?? 0;
  }

  get position(): number {
    return this.current;
  }

  start(): void {
    this.done = this.run();
  }

  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    await this.done;
  }

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? 500;
    try {
      while (!this.stopped) {
        this.woken = false;
        const page = await this.read(this.current, batchSize);
        for (const event of page) {
          if (this.stopped) return;
          await this.options.handler(event);
          this.current = event.globalPosition;
        }
        if (page.length < batchSize) await this.idle();
      }
    } catch (error) {
      this.stopped = true;
      if (this.options.onError) this.options.onError(error);
      else console.error('event store subscription stopped: handler failed', error);
    } finally {
      this.config.onStop?.(this);
    }
  }

  private idle(): Promise<void> {
    if (this.woken || this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(finish, this.config.pollMs);
      function finish() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = () => {
        this.wakeUp = undefined;
        finish();
      };
    });
  }
}
