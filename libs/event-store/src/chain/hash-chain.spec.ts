import { createHash } from 'node:crypto';
import { GENESIS_HASH, linkHash, type ChainedContent } from './hash-chain';

/** The AUD-3 link as first defined: SHA-256 over the previous hash and the JSON array of the content. */
function reference(previous: string, c: ChainedContent): string {
  return createHash('sha256')
    .update(previous)
    .update(
      JSON.stringify([
        c.position,
        c.streamId,
        c.streamVersion,
        c.eventId,
        c.type,
        c.dataText,
        c.metadataText,
      ]),
    )
    .digest('hex');
}

describe('AUD-3 hash links', () => {
  const contents: ChainedContent[] = [
    {
      position: 1,
      streamId: 'case-1',
      streamVersion: 1,
      eventId: '0190b7c4-0000-7000-8000-000000000001',
      type: 'CaseRegistered',
      dataText: JSON.stringify({ customer: { name: '张三 "老王"', note: 'a\\b\nc\t\u0001' } }),
      metadataText: JSON.stringify({ recordedAt: '2026-12-01T08:00:00.000Z', emoji: '🔧', quote: "'" }),
    },
    {
      position: 9_007_199_254_740_991,
      streamId: 'recurrence-M "1"-S\\2',
      streamVersion: 2_147_483_647,
      eventId: 'ffffffff-ffff-7fff-bfff-ffffffffffff',
      type: 't\u2028y\u2029pe',
      dataText: 'null',
      metadataText: '{}',
    },
  ];

  it.each(contents.map((c) => [c.streamId, c] as const))(
    'links %s exactly as the chain always has (stored logs keep verifying)',
    (_id, content) => {
      expect(linkHash(GENESIS_HASH, content)).toBe(reference(GENESIS_HASH, content));
      const next = linkHash(GENESIS_HASH, content);
      expect(linkHash(next, { ...content, position: 2 })).toBe(reference(next, { ...content, position: 2 }));
    },
  );
});
