import { ticketDecider } from '../../test/ticket.decider';
import { givenWhenThen } from './given-when-then';

const now = new Date('2026-03-02T09:00:00.000Z');
const given = givenWhenThen(ticketDecider, (at) => ({ now: at }), now);
const opened = {
  type: 'TicketOpened',
  data: { ticketId: 't1', openedAt: '2026-03-01T00:00:00.000Z' },
} as const;

describe('given / when / then', () => {
  it('decides at the instant given to when, or at the start', () => {
    const later = new Date('2026-03-05T10:00:00.000Z');
    given([])
      .when({ type: 'OpenTicket', ticketId: 't2' }, later)
      .then([{ type: 'TicketOpened', data: { ticketId: 't2', openedAt: later.toISOString() } }]);
    expect(given([]).when({ type: 'OpenTicket', ticketId: 't2' }).events()).toEqual([
      { type: 'TicketOpened', data: { ticketId: 't2', openedAt: now.toISOString() } },
    ]);
    expect(given([opened]).state.status).toBe('open');
  });

  it('passes when the decided events are the expected ones', () => {
    given([opened])
      .when({ type: 'AcceptTicket', ticketId: 't1' })
      .then([{ type: 'TicketAccepted', data: { ticketId: 't1', acceptedAt: now.toISOString() } }]);
  });

  it('fails when they differ', () => {
    expect(() => given([opened]).when({ type: 'AcceptTicket', ticketId: 't1' }).then([])).toThrow(
      /Expected values to be strictly deep-equal/,
    );
  });

  it('thenThrows passes on a RuleViolation of the rule named, and fails on another rule or on no error', () => {
    given([]).when({ type: 'AcceptTicket', ticketId: 't1' }).thenThrows('T-2', /open/);
    expect(() => given([]).when({ type: 'AcceptTicket', ticketId: 't1' }).thenThrows('T-1')).toThrow(
      /refused by rule T-2, expected T-1/,
    );
    expect(() => given([opened]).when({ type: 'AcceptTicket', ticketId: 't1' }).thenThrows('T-2')).toThrow(
      /expected the command to be refused/,
    );
  });
});
