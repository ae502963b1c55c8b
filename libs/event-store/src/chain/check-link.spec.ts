import { GENESIS_HASH, linkHash } from './hash-chain';
import { checkLink, type StoredLink } from './verify';

/** A chain of three stored links, as the log keeps them. */
function chain(): StoredLink[] {
  let previous = GENESIS_HASH;
  return [1, 2, 3].map((position) => {
    const recordedAt = `2026-12-01T08:00:0${position}.000Z`;
    const eventId = `0190b7c4-0000-7000-8000-00000000000${position}`;
    const content = {
      position,
      streamId: 'inspection-1',
      streamVersion: position,
      eventId,
      type: 'AttributionDisputed',
      dataText: JSON.stringify({ reason: `reason ${position}` }),
      metadataText: JSON.stringify({ eventId, type: 'AttributionDisputed', recordedAt }),
      recordedAtMs: Date.parse(recordedAt),
    };
    const hash = linkHash(previous, content);
    previous = hash;
    return { ...content, hash };
  });
}

const around = (links: StoredLink[], i: number, nextChecked = false) => ({
  link: links[i],
  ...(i > 0 ? { previousHash: links[i - 1].hash } : {}),
  ...(links[i + 1] ? { next: links[i + 1] } : {}),
  head: { position: links.at(-1)!.position, hash: links.at(-1)!.hash },
  nextChecked,
});

describe('AUD-3 the link of one shown event', () => {
  it('AUD-3: intact links verify on both sides, the last one against the head', () => {
    const links = chain();
    expect([0, 1, 2].map((i) => checkLink(around(links, i)).ok)).toEqual([true, true, true]);
  });

  it('AUD-3: a modified event breaks its own link', () => {
    const links = chain();
    links[1] = { ...links[1], dataText: JSON.stringify({ reason: 'nothing' }) };
    expect(checkLink(around(links, 1))).toEqual({
      position: 2,
      ok: false,
      reason: 'hash does not match content and previous link: modified or reordered',
    });
  });

  it('AUD-3: an event rewritten with a recomputed hash is caught by the next link, unless the next is shown itself', () => {
    const links = chain();
    const rewritten = { ...links[1], dataText: JSON.stringify({ reason: 'nothing' }) };
    links[1] = { ...rewritten, hash: linkHash(links[0].hash, rewritten) };
    expect(checkLink(around(links, 1))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/position 3/),
    });
    // Shown beside it, the next event reports the mismatch once, as its own link.
    expect(checkLink(around(links, 1, true)).ok).toBe(true);
    expect(checkLink(around(links, 2)).ok).toBe(false);
  });

  it('AUD-3: a deleted previous event, a recorded-at column that differs, and a head beyond the last row are broken links', () => {
    const links = chain();
    expect(checkLink({ ...around(links, 1), previousHash: undefined }).reason).toMatch(
      /position 1 is missing/,
    );
    expect(checkLink(around([links[0], { ...links[1], recordedAtMs: 0 }, links[2]], 1)).reason).toMatch(
      /recorded-at/,
    );
    expect(checkLink({ ...around(links, 2), head: { position: 4, hash: 'f'.repeat(64) } }).reason).toMatch(
      /position 4 is missing/,
    );
  });
});
