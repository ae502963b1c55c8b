import { ticketDecider } from '../../test/ticket.decider';
import { given } from './given-when-then';

const now = new Date('2026-03-02T09:00:00.000Z');
const opened = {
  type: 'TicketOpened',
  data: { ticketId: 't1', openedAt: '2026-03-01T00:00:00.000Z' },
} as const;

describe('given / when / then', () => {
  it('passes when the decided events are the expected ones', () => {
    given(ticketDecider, [opened], { now })
      .when({ type: 'AcceptTicket', ticketId: 't1' })
      .then([{ type: 'TicketAccepted', data: { ticketId: 't1', acceptedAt: now.toISOString() } }]);
  });

  it('fails when they differ', () => {
    expect(() =>
      given(ticketDecider, [opened], { now }).when({ type: 'AcceptTicket', ticketId: 't1' }).then([]),
    ).toThrow(/Expected values to be strictly deep-equal/);
  });

  it('thenThrows passes on a RuleViolation of the rule named, and fails on another rule or on no error', () => {
    given(ticketDecider, []).when({ type: 'AcceptTicket', ticketId: 't1' }).thenThrows('T-2', /open/);
    expect(() =>
      given(ticketDecider, []).when({ type: 'AcceptTicket', ticketId: 't1' }).thenThrows('T-1'),
    ).toThrow(/refused by rule T-2, expected T-1/);
    expect(() =>
      given(ticketDecider, [opened]).when({ type: 'AcceptTicket', ticketId: 't1' }).thenThrows('T-2'),
    ).toThrow(/expected the command to be refused/);
  });
});
