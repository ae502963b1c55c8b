import { Client } from 'pg';

/**
 * One LISTEN connection per store: the append transaction NOTIFYs at commit, and waiting
 * subscriptions poll at once instead of at their next interval. Losing it only slows them down.
 */
export class AppendNotifier {
  private client?: Client;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
  ) {}

  async listen(listener: () => void): Promise<() => void> {
    this.listeners.add(listener);
    if (!this.client) {
      const client = new Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5000 });
      this.client = client;
      client.on('notification', () => this.listeners.forEach((l) => l()));
      client.on('error', (error) => {
        console.warn(
          `event store: LISTEN connection lost, subscriptions fall back to polling: ${error.message}`,
        );
        if (this.client === client) this.client = undefined;
      });
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    }
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.listeners.clear();
    await client?.end().catch(() => undefined);
  }
}
