import { parseEventType, topicOf, type ContractDefinition } from '../contract-definition';
import { pascalCase } from './typescript';

const camelCase = (kebab: string) => pascalCase(kebab).replace(/^./, (c) => c.toLowerCase());
const words = (kebab: string) => kebab.replace(/-/g, ' ');
const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** ARCHITECTURE.md "Kafka": CloudEvents binary mode, one header per attribute. */
const CLOUD_EVENTS_HEADERS = {
  type: 'object',
  required: [
    'ce_id',
    'ce_type',
    'ce_source',
    'ce_time',
    'ce_specversion',
    'ce_correlationid',
    'content-type',
  ],
  properties: {
    ce_id: {
      type: 'string',
      format: 'uuid',
      description: 'event id, unique in the log; consumers deduplicate on it',
    },
    ce_type: { type: 'string', description: '<service>.<event>.v<N>' },
    ce_source: { type: 'string', description: 'urn:aftersales:<service>' },
    ce_time: { type: 'string', format: 'date-time', description: 'when it happened' },
    ce_specversion: { const: '1.0' },
    ce_subject: { type: 'string', description: 'the event store stream the event was appended to' },
    ce_dataschema: { type: 'string', format: 'uri', description: 'the $id of the payload schema' },
    ce_correlationid: { type: 'string', description: 'AUD-1: the originating request or case flow' },
    ce_causationid: { type: 'string', description: 'AUD-1: the event or command that caused this one' },
    ce_actorid: { type: 'string', description: 'AUD-1: who acted (user id, or system)' },
    ce_actorrole: { type: 'string', description: 'AUD-1: in which role' },
    ce_branch: { type: 'string', description: 'ORG-1: on behalf of which branch' },
    'content-type': { const: 'application/json' },
  },
};

/** Where a type's schema file lives, relative to contracts/ (the spec checks the files agree). */
export function schemaFileOf(type: string): string {
  const { service, event, version } = parseEventType(type);
  return `./schemas/${service}/${event}.v${version}.schema.json`;
}

/** Services in the order the registry first names them, each with its types sorted. */
export function byService(definitions: readonly ContractDefinition[]): Map<string, ContractDefinition[]> {
  const services = new Map<string, ContractDefinition[]>();
  for (const definition of definitions) {
    const { service } = parseEventType(definition.type);
    services.set(service, [...(services.get(service) ?? []), definition]);
  }
  for (const list of services.values()) list.sort((a, b) => a.type.localeCompare(b.type));
  return services;
}

/** AsyncAPI 3.0: one channel (topic) per service, one message per registered type. */
export function asyncApiDocument(definitions: readonly ContractDefinition[]): object {
  const channels: Record<string, object> = {};
  const operations: Record<string, object> = {};
  const messages: Record<string, object> = {};
  for (const [service, list] of byService(definitions)) {
    const channel = `${camelCase(service)}Events`;
    channels[channel] = {
      address: topicOf(service),
      title: `${sentenceCase(words(service))} public events`,
      messages: Object.fromEntries(list.map(({ type }) => [type, { $ref: `#/components/messages/${type}` }])),
    };
    operations[`publish${pascalCase(service)}Events`] = {
      action: 'send',
      title: `The ${words(service)} relay publishes every public ${words(service)} event`,
      channel: { $ref: `#/channels/${channel}` },
      messages: list.map(({ type }) => ({ $ref: `#/channels/${channel}/messages/${type}` })),
    };
    for (const { type, schema, key } of list) {
      messages[type] = {
        name: type,
        title: type,
        summary: (schema as { description?: string }).description ?? type,
        contentType: 'application/json',
        headers: { $ref: '#/components/schemas/cloudEventsHeaders' },
        payload: {
          schemaFormat: 'application/schema+json;version=draft-2020-12',
          schema: { $ref: schemaFileOf(type) },
        },
        bindings: {
          kafka: { key: { type: 'string', description: key ?? 'the case id' }, bindingVersion: '0.5.0' },
        },
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'After-sales back office public events',
      version: '1.0.0',
      description:
        'Every Kafka topic the services publish to, and every message on it. Value = JSON payload (schema per event type); envelope = CloudEvents binary-mode headers; key = case id. Each consumer group also owns a dead-letter topic `<topic>.dlq`.',
    },
    defaultContentType: 'application/json',
    servers: { local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'infra/local broker' } },
    channels,
    operations,
    components: { schemas: { cloudEventsHeaders: CLOUD_EVENTS_HEADERS }, messages },
  };
}
