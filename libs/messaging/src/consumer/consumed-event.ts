import type { Actor } from '@aftersales/kernel';
import type { IncomingMessage, MessageHeaders } from '../kafka/message-broker.port';

/** A public event as a handler sees it: validated, upcast to the newest version it knows. */
export interface ConsumedEvent<P = unknown> {
  /** ce_id: the event id in the producer's log. */
  readonly id: string;
  readonly type: string;
  readonly payload: P;
  readonly source?: string;
  readonly time?: string;
  readonly subject?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly actor?: Actor;
  readonly branch?: string;
  readonly key?: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly headers: MessageHeaders;
}

/** A message that can never be handled as it is: no id, no type or no JSON. */
export class MalformedMessage extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedMessage';
  }
}

export interface RawEvent {
  readonly id: string;
  readonly type: string;
  readonly payload: unknown;
}

export function rawEventOf(message: IncomingMessage): RawEvent {
  const id = message.headers.ce_id;
  const type = message.headers.ce_type;
  if (!id) throw new MalformedMessage('no ce_id header');
  if (!type) throw new MalformedMessage('no ce_type header');
  if (message.value === undefined) throw new MalformedMessage('no value');
  try {
    return { id, type, payload: JSON.parse(message.value) as unknown };
  } catch (error) {
    throw new MalformedMessage(`value is not JSON: ${(error as Error).message}`);
  }
}

export function consumedEvent(
  message: IncomingMessage,
  id: string,
  type: string,
  payload: unknown,
): ConsumedEvent {
  const h = message.headers;
  return {
    id,
    type,
    payload,
    source: h.ce_source,
    time: h.ce_time,
    subject: h.ce_subject,
    correlationId: h.ce_correlationid,
    causationId: h.ce_causationid,
    actor: h.ce_actorid ? { userId: h.ce_actorid, role: h.ce_actorrole ?? 'unknown' } : undefined,
    branch: h.ce_branch,
    key: message.key,
    topic: message.topic,
    partition: message.partition,
    offset: message.offset,
    headers: h,
  };
}
