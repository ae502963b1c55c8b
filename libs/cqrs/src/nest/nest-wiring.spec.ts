import 'reflect-metadata';
import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command, CommandBus, CommandHandler, CqrsModule } from '@nestjs/cqrs';
import { InMemoryEventStore } from '@aftersales/event-store';
import { fixedClock, requestContext, RuleViolation } from '@aftersales/kernel';
import type { ConsumedEvent } from '@aftersales/messaging';
import {
  ticketDecider,
  type TicketCommand,
  type TicketEvent,
  type TicketState,
} from '../../test/ticket.decider';
import type { CommandResult } from '../decider/handle-command';
import { DeciderCommandHandler, type CausedCommand } from './decider-command.handler';
import { EventSourcingModule } from './event-sourcing.module';
import { ProcessManager } from './process-manager';

class OpenTicket extends Command<CommandResult<TicketEvent, TicketState>> implements CausedCommand {
  constructor(
    readonly ticketId: string,
    readonly causationKey?: string,
  ) {
    super();
  }
}

@CommandHandler(OpenTicket)
class OpenTicketHandler extends DeciderCommandHandler<OpenTicket, TicketCommand, TicketEvent, TicketState> {
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
class OpenTicketOnCaseRegistered extends ProcessManager {
  readonly reactsTo = ['intake.case-registered.v1'];
  constructor(commandBus: CommandBus) {
    super(commandBus);
  }
  protected commandsFor(event: ConsumedEvent) {
    const { caseId } = event.payload as { caseId: string };
    return [new OpenTicket(caseId, this.causationKey(event))];
  }
}

describe('@nestjs/cqrs wiring', () => {
  const store = new InMemoryEventStore();
  let app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>;

  beforeAll(async () => {
    @Module({
      imports: [
        CqrsModule.forRoot(),
        EventSourcingModule.forRoot({ store, clock: fixedClock('2026-03-02T09:00:00Z') }),
      ],
      providers: [OpenTicketHandler, OpenTicketOnCaseRegistered],
    })
    class AppModule {}
    app = await NestFactory.createApplicationContext(AppModule, { logger: false });
  });

  afterAll(() => app.close());

  it('a CommandBus command is decided and appended with the actor, branch and correlation of the request', async () => {
    const bus = app.get(CommandBus);
    const context = { actor: { userId: 'bob', role: 'dispatcher' }, branch: 'NB', correlationId: 'corr-1' };
    const result = await requestContext.run(context, () => bus.execute(new OpenTicket('a1')));
    expect(result.state.status).toBe('open');
    const [event] = await store.readStream('ticket-a1');
    expect(event.data).toEqual({ ticketId: 'a1', openedAt: '2026-03-02T09:00:00.000Z' });
    expect(event.metadata).toMatchObject({ actor: context.actor, branch: 'NB', correlationId: 'corr-1' });
    await expect(requestContext.run(context, () => bus.execute(new OpenTicket('a1')))).rejects.toThrow(
      RuleViolation,
    );
  });

  it('a process manager turns a consumed event into a command caused by it, in its correlation, once', async () => {
    const manager = app.get(OpenTicketOnCaseRegistered);
    const event: ConsumedEvent = {
      id: '7f1d7c8e-2b44-4f0a-9a53-3d8e5f0b7c99',
      type: 'intake.case-registered.v1',
      payload: { caseId: 'c9' },
      correlationId: 'corr-case-c9',
      branch: 'HZ',
      topic: 'aftersales.intake.events.v1',
      partition: 0,
      offset: '0',
      headers: {},
    };
    await manager.handle(event);
    await manager.handle(event); // a redelivery the inbox did not catch (e.g. crash before its commit)
    await manager.handle({ ...event, type: 'intake.case-closed.v1' });
    const events = await store.readStream('ticket-c9');
    expect(events).toHaveLength(1);
    expect(events[0].metadata).toMatchObject({
      actor: { userId: 'system', role: 'system' },
      branch: 'HZ',
      correlationId: 'corr-case-c9',
      causationId: event.id,
    });
  });
});
