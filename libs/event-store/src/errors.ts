import { Conflict } from '@aftersales/kernel';

/** An event id already used by another stream, or only part of a batch repeated: not an idempotent retry. */
export class DuplicateEventId extends Conflict {
  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(`event ${eventId} appended to ${streamId} already exists elsewhere in the log`);
    this.name = 'DuplicateEventId';
  }
}
