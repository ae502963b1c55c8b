import { Injectable } from '@nestjs/common';
import { Command, CommandBus, CommandHandler } from '@nestjs/cqrs';
import type { ConsumedEvent } from '@aftersales/messaging';
import { DeciderCommandHandler, ProcessManager, type CausedCommand, type CommandResult } from '../src';
import { ticketDecider, type TicketCommand, type TicketEvent, type TicketState } from './ticket.decider';

/** Nest pieces over the test aggregate: a command, its handler, and a reaction issuing it. */
export class OpenTicket extends Command<CommandResult<TicketEvent, TicketState>> implements CausedCommand {
  constructor(
    readonly ticketId: string,
    readonly causationKey?: string,
  ) {
    super();
  }
}

@CommandHandler(OpenTicket)
export class OpenTicketHandler extends DeciderCommandHandler<
  OpenTicket,
  TicketCommand,
  TicketEvent,
  TicketState
> {
  protected readonly decider = ticketDecider;
  protected decision(command: OpenTicket) {
    return {
      streamId: `ticket-${command.ticketId}`,
      command: { type: 'OpenTicket' as const, ticketId: command.ticketId },
    };
  }
}

/** Opens a ticket for every case another service registered. */
@Injectable()
export class OpenTicketOnCaseRegistered extends ProcessManager {
  readonly reactsTo = ['intake.case-registered.v1'];
  constructor(commandBus: CommandBus) {
    super(commandBus);
  }
  protected commandsFor(event: ConsumedEvent) {
    const { caseId } = event.payload as { caseId: string };
    return [new OpenTicket(caseId, this.causationKey(event))];
  }
}
