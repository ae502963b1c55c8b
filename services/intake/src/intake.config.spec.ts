import { ConfigError, loadConfig } from '@aftersales/platform';
import { IntakeConfig } from './intake.config';

describe('intake configuration', () => {
  const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/intake', AUTH_DEV_KEY: 'true' };

  it('relays with 0.25 ms of gathering per event, at most 50 ms, unless told otherwise', () => {
    const config = loadConfig(IntakeConfig, base);
    expect([config.RELAY_GATHER_MS, config.RELAY_GATHER_PER_EVENT_MS]).toEqual([50, 0.25]);
    const now = loadConfig(IntakeConfig, { ...base, RELAY_GATHER_MS: '0', RELAY_GATHER_PER_EVENT_MS: '0' });
    expect([now.RELAY_GATHER_MS, now.RELAY_GATHER_PER_EVENT_MS]).toEqual([0, 0]);
  });

  it('refuses a negative or non-numeric gathering, naming each variable', () => {
    let error: unknown;
    try {
      loadConfig(IntakeConfig, { ...base, RELAY_GATHER_MS: '-5', RELAY_GATHER_PER_EVENT_MS: 'soon' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect([...(error as ConfigError).problems].sort()).toEqual([
      expect.stringMatching(/^RELAY_GATHER_MS is invalid: /),
      expect.stringMatching(/^RELAY_GATHER_PER_EVENT_MS is invalid: /),
    ]);
  });

  it('keeps the state of 5,000 written cases unless told otherwise; 0 keeps none; a negative count stops start-up', () => {
    expect(loadConfig(IntakeConfig, base).STATE_CACHE_SIZE).toBe(5_000);
    expect(loadConfig(IntakeConfig, { ...base, STATE_CACHE_SIZE: '0' }).STATE_CACHE_SIZE).toBe(0);
    expect(() => loadConfig(IntakeConfig, { ...base, STATE_CACHE_SIZE: '-1' })).toThrow(
      /STATE_CACHE_SIZE is invalid/,
    );
  });
});
