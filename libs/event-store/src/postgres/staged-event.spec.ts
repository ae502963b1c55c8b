import { metadataOf, prepareEvents } from '../envelope/envelope';
import { stageEvent } from './staged-event';

describe('stageEvent', () => {
  it('AUD-3: splicing recorded-at into the pre-built text gives exactly the hashed metadata text', () => {
    const [event] = prepareEvents([{ type: 'a', data: { note: 'say "hi" \\ there' } }], {
      context: { actor: { userId: 'u "1"', role: 'r\\x' }, correlationId: 'c' },
    });
    const staged = stageEvent(event);
    const at = '2026-11-22T08:00:00.000Z';
    expect(staged.metadataParts.join(at)).toBe(JSON.stringify(metadataOf(event, at)));
    expect(staged.dataText).toBe(JSON.stringify(event.data));
  });
});
