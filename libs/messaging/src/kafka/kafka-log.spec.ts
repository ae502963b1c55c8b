import { logLevel } from 'kafkajs';
import { kafkaLog } from './kafkajs-broker';

describe("kafkajs's log lines", () => {
  const entry = (
    namespace: string,
    level: logLevel,
    message: string,
    extra: Record<string, unknown> = {},
  ) => ({
    namespace,
    level,
    label: { [logLevel.ERROR]: 'ERROR', [logLevel.WARN]: 'WARN' }[level as number] ?? 'INFO',
    log: { timestamp: '2026-12-02T00:00:00.000Z', message, ...extra },
  });

  it('drop only the connection’s report of topics that already exist; other errors and warnings stay', () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const log = kafkaLog();
      log(
        entry('Connection', logLevel.ERROR, 'Response CreateTopics(key: 19, version: 3)', {
          error: 'Topic creation errors',
        }),
      );
      expect(errors).not.toHaveBeenCalled();
      log(
        entry('Connection', logLevel.ERROR, 'Response Produce(key: 0, version: 7)', { error: 'Not leader' }),
      );
      log(entry('Consumer', logLevel.WARN, 'Rebalancing', { groupId: 'g' }));
      expect(errors).toHaveBeenCalledTimes(1);
      expect(JSON.parse(errors.mock.calls[0][0] as string)).toEqual({
        level: 'ERROR',
        logger: 'kafkajs',
        message: '[Connection] Response Produce(key: 0, version: 7)',
        timestamp: '2026-12-02T00:00:00.000Z',
        error: 'Not leader',
      });
      expect(JSON.parse(warnings.mock.calls[0][0] as string)).toMatchObject({ level: 'WARN', groupId: 'g' });
    } finally {
      errors.mockRestore();
      warnings.mockRestore();
    }
  });
});
