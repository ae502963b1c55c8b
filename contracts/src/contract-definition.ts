/** One public event type and its JSON Schema (draft 2020-12). */
export interface ContractDefinition {
  /** `<service>.<event-in-kebab-case>.v<N>`, equal to the schema's title. */
  readonly type: string;
  readonly schema: object;
  /** What the Kafka key of its messages is, when not the case id (AsyncAPI). */
  readonly key?: string;
}

/** Reads an older version of an event as the next one (a breaking change is a new version). */
export interface Upcaster {
  readonly from: string;
  readonly to: string;
  upcast(payload: unknown): unknown;
}

export interface EventTypeName {
  readonly service: string;
  readonly event: string;
  readonly version: number;
}

const TYPE = /^([a-z][a-z-]*[a-z])\.([a-z][a-z0-9-]*[a-z0-9])\.v([1-9][0-9]*)$/;

export function parseEventType(type: string): EventTypeName {
  const match = TYPE.exec(type);
  if (!match) throw new TypeError(`event type must read <service>.<event>.v<N>, got ${type}`);
  return { service: match[1], event: match[2], version: Number(match[3]) };
}

/** docs/architecture.md "Kafka": one topic per service for its public events. */
export function topicOf(service: string): string {
  return `aftersales.${service}.events.v1`;
}

export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}
