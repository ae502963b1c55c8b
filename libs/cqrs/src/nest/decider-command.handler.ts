import { Inject } from '@nestjs/common';
import type { ICommand } from '@nestjs/cqrs';
import type { AnyEvent, EventStore } from '@aftersales/event-store';
import type { Clock } from '@aftersales/kernel';
import type { Decider } from '../decider/decider';
import { handleCommand, type CommandResult, type HandleCommandOptions } from '../decider/handle-command';
import { CLOCK, EVENT_STORE } from './event-sourcing.module';

/** What a reaction's command carries so that handling its event twice appends once. */
export interface CausedCommand {
  readonly causationKey?: string;
}

export interface Decision<DeciderCommand, Event extends AnyEvent> {
  readonly streamId: string;
  readonly command: DeciderCommand;
  readonly options?: HandleCommandOptions<Event>;
}

/**
 * A @nestjs/cqrs command handler that loads, decides and appends through a decider:
 * subclasses say which stream and which decider command (decorate them with @CommandHandler).
 */
export abstract class DeciderCommandHandler<
  C extends ICommand,
  DeciderCommand,
  Event extends AnyEvent,
  State,
> {
  protected abstract readonly decider: Decider<DeciderCommand, Event, State>;

  constructor(
    @Inject(EVENT_STORE) protected readonly store: EventStore,
    @Inject(CLOCK) protected readonly clock: Clock,
  ) {}

  protected abstract decision(command: C): Decision<DeciderCommand, Event>;

  execute(command: C): Promise<CommandResult<Event, State>> {
    const { streamId, command: decided, options } = this.decision(command);
    const causationKey = (command as CausedCommand).causationKey;
    return handleCommand(this.store, streamId, this.decider, decided, {
      clock: this.clock,
      ...(causationKey ? { causationKey } : {}),
      ...options,
    });
  }
}
