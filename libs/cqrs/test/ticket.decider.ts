import { RuleViolation } from '@aftersales/kernel';
import type { Decider } from '../src';

/** A small aggregate for the library's own tests. */
export type TicketEvent =
  | { type: 'TicketOpened'; data: { ticketId: string; openedAt: string } }
  | { type: 'TicketAccepted'; data: { ticketId: string; acceptedAt: string } }
  | { type: 'NoteAdded'; data: { ticketId: string; note: string } };

export type TicketCommand =
  | { type: 'OpenTicket'; ticketId: string }
  | { type: 'AcceptTicket'; ticketId: string }
  | { type: 'AddNote'; ticketId: string; note: string };

export interface TicketState {
  readonly status: 'none' | 'open' | 'accepted';
  readonly notes: number;
}

export const ticketDecider: Decider<TicketCommand, TicketEvent, TicketState> = {
  initialState: { status: 'none', notes: 0 },
  evolve(state, event) {
    switch (event.type) {
      case 'TicketOpened':
        return { ...state, status: 'open' };
      case 'TicketAccepted':
        return { ...state, status: 'accepted' };
      case 'NoteAdded':
        return { ...state, notes: state.notes + 1 };
    }
  },
  decide(command, state, { now }) {
    switch (command.type) {
      case 'OpenTicket':
        if (state.status !== 'none') throw new RuleViolation('T-1', 'a ticket is opened once');
        return [{ type: 'TicketOpened', data: { ticketId: command.ticketId, openedAt: now.toISOString() } }];
      case 'AcceptTicket':
        if (state.status === 'accepted') return [];
        if (state.status !== 'open') throw new RuleViolation('T-2', 'only an open ticket can be accepted');
        return [
          { type: 'TicketAccepted', data: { ticketId: command.ticketId, acceptedAt: now.toISOString() } },
        ];
      case 'AddNote':
        if (state.status === 'none') throw new RuleViolation('T-3', 'no ticket to add a note to');
        return [{ type: 'NoteAdded', data: { ticketId: command.ticketId, note: command.note } }];
    }
  },
};
