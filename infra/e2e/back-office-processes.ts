// The six services as separate compiled Node processes, as deployed: each on a database of its
// own, all talking through the real Kafka on topics and consumer groups of their own. The story
// e2e and the back-office bench start, kill and restart them with this.
import { whenLed } from '@aftersales/messaging';
import { createTestDatabase, testKafka, uniqueTopic, type TestDatabase } from '@aftersales/testing';
import { STORY_SERVICES, type ServiceUrls, type StoryService } from '../story/story-client';
import { BRANCH_TIME_ZONES } from '../standalone/services';
import {
  buildServices,
  kill,
  msUntilReady,
  restartablePort,
  spawnService,
  type ServiceProcess,
} from './service-process';

const TOPIC_VARIABLE: Record<StoryService, string> = {
  intake: 'INTAKE_EVENTS_TOPIC',
  dispatch: 'DISPATCH_EVENTS_TOPIC',
  'quality-inspection': 'QUALITY_INSPECTION_EVENTS_TOPIC',
  'warehouse-returns': 'WAREHOUSE_RETURNS_EVENTS_TOPIC',
  claims: 'CLAIMS_EVENTS_TOPIC',
  finance: 'FINANCE_EVENTS_TOPIC',
};

export interface BackOffice {
  readonly urls: ServiceUrls;
  /** Each service's public topic. */
  readonly topics: Readonly<Record<StoryService, string>>;
  readonly processes: Readonly<Record<StoryService, ServiceProcess>>;
  /** Each service's database, its event store log included. */
  readonly databaseUrls: Readonly<Record<StoryService, string>>;
  /** SIGKILLs the service and starts it again on the same port and database; resolves once it is ready. */
  restart(service: StoryService): Promise<{ readyMs: number }>;
  stop(): Promise<void>;
}

export async function startBackOffice(
  options: {
    partitions?: number;
    logLevel?: string;
    extraEnv?: Record<string, string>;
    /** Node/V8 flags for every service (a benchmark's CPU profile). */
    nodeFlags?: readonly string[];
  } = {},
): Promise<BackOffice> {
  buildServices();
  const topics = Object.fromEntries(
    STORY_SERVICES.map((s) => [s, uniqueTopic(`aftersales.${s}.events`)]),
  ) as Record<StoryService, string>;
  const partitions = options.partitions ?? 2;
  // Every topic exists before any consumer subscribes to it.
  const admin = testKafka('back-office').admin();
  await admin.connect();
  await admin.createTopics({
    topics: Object.values(topics).map((topic) => ({
      topic,
      numPartitions: partitions,
      replicationFactor: 1,
    })),
    waitForLeaders: false,
  });
  await whenLed(Object.values(topics), admin);
  await admin.disconnect();

  const databases = {} as Record<StoryService, TestDatabase>;
  for (const s of STORY_SERVICES) databases[s] = await createTestDatabase(`story_${s.replace('-', '_')}`);
  const ports = {} as Record<StoryService, number>;
  for (const s of STORY_SERVICES) ports[s] = await restartablePort();
  const shared = {
    KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
    KAFKA_PARTITIONS: String(partitions),
    LOG_LEVEL: options.logLevel ?? 'warn',
    NODE_ENV: 'test',
    // Six processes on a PostgreSQL shared with other work: a few connections each.
    DB_POOL_SIZE: '3',
    BRANCH_TIME_ZONES,
    CLAIMS_BRANCH_TIME_ZONES: BRANCH_TIME_ZONES,
    DISPATCH_BRANCHES: 'HZ,NB,SH',
    ...Object.fromEntries(STORY_SERVICES.map((s) => [TOPIC_VARIABLE[s], topics[s]])),
    DOWNSTREAM_TOPICS: STORY_SERVICES.filter((s) => s !== 'intake')
      .map((s) => topics[s])
      .join(','),
    DOWNSTREAM_CONSUMER_GROUP: `${topics.intake}.intake`,
    DISPATCH_CONSUMER_GROUP: `${topics.dispatch}.dispatch`,
    QUALITY_INSPECTION_CONSUMER_GROUP: `${topics['quality-inspection']}.qc`,
    WAREHOUSE_RETURNS_CONSUMER_GROUP: `${topics['warehouse-returns']}.wr`,
    CLAIMS_CONSUMER_GROUP: `${topics.claims}.claims`,
    FINANCE_CONSUMER_GROUP: `${topics.finance}.finance`,
    ...options.extraEnv,
  };
  const envOf = (s: StoryService) => ({ ...shared, DATABASE_URL: databases[s].url });
  const portOf = (s: StoryService) => ports[s];
  const processes = {} as Record<StoryService, ServiceProcess>;
  const stop = async () => {
    for (const s of [...STORY_SERVICES].reverse()) if (processes[s]) await kill(processes[s], 'SIGTERM');
    for (const s of STORY_SERVICES) await databases[s]?.drop();
  };
  try {
    // Started together: each applies its own schema and joins its groups meanwhile.
    for (const s of STORY_SERVICES) processes[s] = spawnService(s, portOf(s), envOf(s), options.nodeFlags);
    await Promise.all(STORY_SERVICES.map((s) => msUntilReady(processes[s], 120_000)));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    urls: Object.fromEntries(STORY_SERVICES.map((s) => [s, processes[s].url])) as unknown as ServiceUrls,
    topics,
    processes,
    databaseUrls: Object.fromEntries(STORY_SERVICES.map((s) => [s, databases[s].url])) as Record<
      StoryService,
      string
    >,
    async restart(s) {
      await kill(processes[s], 'SIGKILL');
      processes[s] = spawnService(s, portOf(s), envOf(s), options.nodeFlags);
      return { readyMs: await msUntilReady(processes[s], 120_000) };
    },
    stop,
  };
}
