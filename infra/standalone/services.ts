import { bootstrapDeclared, type PlatformConfig, type RunningService } from '@aftersales/platform';
import { SERVICES } from '../services/catalogue';

export const BRANCH_TIME_ZONES = 'HZ=Asia/Shanghai,NB=Asia/Shanghai,SH=Asia/Shanghai,MUC=Europe/Berlin';

/**
 * What each service of the standalone runs with: the standalone's defaults, then the user's own
 * environment (policy files, time zones, log level … as for a deployed service), then what only
 * the standalone provides (its database, which holds the log, the in-process bus, the ports).
 */
export function standaloneEnv(
  userEnv: NodeJS.ProcessEnv,
  databaseUrl: string,
  port: number,
): Record<string, string | undefined> {
  return {
    NODE_ENV: 'development',
    AUTH_DEV_KEY: 'true',
    BRANCH_TIME_ZONES,
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    DB_POOL_SIZE: '4',
    DISPATCH_BRANCHES: 'HZ,NB,SH',
    ...userEnv,
    DATABASE_URL: databaseUrl,
    // The log is in that database too, whatever EVENT_STORE a deployment's shell exports.
    EVENT_STORE: 'postgres',
    // Services talk through the in-process bus in place of Kafka.
    KAFKA_BROKERS: 'in-process',
    PORT: String(port),
  };
}

/** Every declared service, each on the next port after `basePort`; stops those started if one fails. */
export async function startStandaloneServices(
  databaseUrl: string,
  basePort: number,
  userEnv: NodeJS.ProcessEnv = process.env,
): Promise<RunningService<PlatformConfig>[]> {
  const running: RunningService<PlatformConfig>[] = [];
  try {
    for (const [index, service] of SERVICES.entries()) {
      running.push(
        await bootstrapDeclared(service, {
          env: standaloneEnv(userEnv, databaseUrl, basePort === 0 ? 0 : basePort + 1 + index),
          handleSignals: false,
        }),
      );
    }
  } catch (error) {
    for (const started of running.reverse()) await started.close();
    throw error;
  }
  return running;
}
