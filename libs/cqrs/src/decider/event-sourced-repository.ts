import type { AnyEvent, EventStore } from '@aftersales/event-store';
import { fold, type Decider } from './decider';
import { handleCommand, type CommandResult, type HandleCommandOptions } from './handle-command';

/** One aggregate type over the event store: streams `<category>-<id>`, one decider. */
export class EventSourcedRepository<Command, Event extends AnyEvent, State> {
  constructor(
    private readonly store: EventStore,
    readonly category: string,
    private readonly decider: Decider<Command, Event, State>,
    private readonly defaults: HandleCommandOptions<Event> = {},
  ) {
    if (category.includes('-')) throw new TypeError(`stream category ${category} must be dash-free`);
  }

  streamId(id: string): string {
    return `${this.category}-${id}`;
  }

  async load(id: string): Promise<{ state: State; version: number }> {
    const history = await this.store.readStream(this.streamId(id));
    return {
      state: fold(
        this.decider,
        history.map((e) => ({ type: e.type, data: e.data }) as Event),
      ),
      version: history.at(-1)?.streamVersion ?? 0,
    };
  }

  handle(
    id: string,
    command: Command,
    options: HandleCommandOptions<Event> = {},
  ): Promise<CommandResult<Event, State>> {
    return handleCommand(this.store, this.streamId(id), this.decider, command, {
      ...this.defaults,
      ...options,
    });
  }
}
