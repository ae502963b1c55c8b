import type { CommandBus, ICommand } from '@nestjs/cqrs';
import { requestContext, SYSTEM_ACTOR, type Actor } from '@aftersales/kernel';
import { deriveEventId, type ConsumedEvent, type EventHandler } from '@aftersales/messaging';

/**
 * A reaction to other services' public events (a Kafka-driven process manager): each event
 * it reacts to becomes commands, executed through the CommandBus in a request context whose
 * causation is the event and whose correlation is carried over (AUD-1). Plug it into an
 * InboxConsumer with `asHandler()`.
 */
export abstract class ProcessManager {
  /** Public event types it reacts to; any other type is acknowledged and ignored. */
  abstract readonly reactsTo: readonly string[];

  protected readonly actor: Actor = SYSTEM_ACTOR;

  constructor(protected readonly commandBus: CommandBus) {}

  protected abstract commandsFor(event: ConsumedEvent): readonly ICommand[];

  async handle(event: ConsumedEvent): Promise<void> {
    if (!this.reactsTo.includes(event.type)) return;
    const context = {
      actor: this.actor,
      branch: event.branch,
      correlationId: event.correlationId ?? event.id,
      causationId: event.id,
    };
    await requestContext.run(context, async () => {
      for (const command of this.commandsFor(event)) await this.commandBus.execute(command);
    });
  }

  asHandler(): EventHandler {
    return (event) => this.handle(event);
  }

  /**
   * The key a command's event ids derive from: the event's id, refined by a name when one
   * event leads to several commands on the same stream.
   */
  protected causationKey(event: ConsumedEvent, name?: string): string {
    return name ? deriveEventId(event.id, name) : event.id;
  }
}
