import { Metrics, type LogPositions } from './metrics';

describe('metrics of the event log', () => {
  it("the head and each follower's lag, read once per scrape", async () => {
    const metrics = new Metrics('svc');
    let reads = 0;
    let now: LogPositions = { head: 10, lag: { 'projection:register': 3, 'relay:svc': 0 } };
    metrics.observeLog(async () => {
      reads++;
      return now;
    });
    let text = await metrics.registry.metrics();
    expect(reads).toBe(1);
    expect(text).toMatch(/^eventstore_head_position\{service="svc"\} 10$/m);
    expect(text).toMatch(/^eventstore_follower_lag_events\{[^}]*follower="projection:register"[^}]*\} 3$/m);
    expect(text).toMatch(/^eventstore_follower_lag_events\{[^}]*follower="relay:svc"[^}]*\} 0$/m);

    now = { head: 12, lag: { 'projection:register': 0 } };
    await new Promise((r) => setImmediate(r));
    text = await metrics.registry.metrics();
    expect(reads).toBe(2);
    expect(text).toMatch(/^eventstore_follower_lag_events\{[^}]*follower="projection:register"[^}]*\} 0$/m);
    expect(text).not.toContain('follower="relay:svc"'); // gone from the tables, gone from the gauge
  });

  it('a failed read leaves the lag out of that scrape instead of failing /metrics', async () => {
    const metrics = new Metrics('svc');
    metrics.observeLog(() => Promise.reject(new Error('connection refused')));
    const text = await metrics.registry.metrics();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).not.toMatch(/^eventstore_follower_lag_events\{/m);
  });

  it('group commits by path, events per commit, and what each append waited', async () => {
    const metrics = new Metrics('svc');
    metrics.observeFlush({
      appends: 3,
      events: 5,
      seconds: 0.004,
      careful: false,
      waited: [0.004, 0.006, 0.009],
    });
    metrics.observeFlush({ appends: 1, events: 1, seconds: 0.02, careful: true, waited: [0.03] });
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^eventstore_flush_seconds_count\{[^}]*path="guessed"[^}]*\} 1$/m);
    expect(text).toMatch(/^eventstore_flush_seconds_bucket\{le="0.025"[^}]*path="careful"[^}]*\} 1$/m);
    expect(text).toMatch(/^eventstore_flush_events_sum\{service="svc"\} 6$/m);
    expect(text).toMatch(/^eventstore_flush_events_bucket\{le="5",service="svc"\} 2$/m);
    expect(text).toMatch(/^eventstore_append_seconds_count\{service="svc"\} 4$/m);
    expect(text).toMatch(/^eventstore_append_seconds_bucket\{le="0.005",service="svc"\} 1$/m);
    expect(text).toMatch(/^eventstore_append_seconds_bucket\{le="0.01",service="svc"\} 3$/m);
  });
});
