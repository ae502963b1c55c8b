import { Injectable, type BeforeApplicationShutdown, type OnApplicationShutdown } from '@nestjs/common';
import { JsonLogger } from '../logging/json-logger';

export type ShutdownHook = () => Promise<void> | void;

/**
 * What a service releases on SIGTERM, in registration order (e.g. stop consuming, commit
 * offsets, close the event store, close the database). Nest runs this after the HTTP server
 * has stopped accepting and finished in-flight requests; a failing hook does not stop the rest.
 */
@Injectable()
export class ShutdownRegistry implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly hooks: { name: string; hook: ShutdownHook }[] = [];
  /** True from the start of shutdown: responses then close their connection (see bootstrap). */
  draining = false;

  constructor(private readonly logger: JsonLogger) {}

  register(name: string, hook: ShutdownHook): void {
    this.hooks.push({ name, hook });
  }

  beforeApplicationShutdown(): void {
    this.draining = true;
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    this.logger.write('info', 'shutting down', { signal, hooks: this.hooks.map((h) => h.name) }, 'Shutdown');
    for (const { name, hook } of this.hooks) {
      try {
        await hook();
      } catch (error) {
        this.logger.write('error', `shutdown hook ${name} failed`, { error: String(error) }, 'Shutdown');
      }
    }
  }
}
