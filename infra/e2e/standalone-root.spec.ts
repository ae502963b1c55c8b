// Issue 22, finding 5: started as root from a private folder, the standalone says in one line
// that the embedded PostgreSQL (run as `postgres`) cannot reach it, instead of a stack from initdb.
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { blockedFolder } from '../standalone/reachable';

describe('the standalone run as root', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'standalone-root-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const other = { uid: 654_321, gid: 654_321 };

  it('names the private folder another user cannot pass through', () => {
    const privateDir = path.join(base, 'private');
    mkdirSync(path.join(privateDir, 'checkout', '.infra'), { recursive: true });
    chmodSync(base, 0o755);
    chmodSync(privateDir, 0o700);
    expect(blockedFolder(path.join(privateDir, 'checkout', '.infra'), other.uid, other.gid)).toBe(privateDir);
  });

  it('finds nothing in the way once others may pass', () => {
    const open = path.join(base, 'open');
    mkdirSync(path.join(open, 'checkout'), { recursive: true });
    chmodSync(base, 0o755);
    chmodSync(open, 0o711);
    expect(blockedFolder(path.join(open, 'checkout'), other.uid, other.gid)).toBeUndefined();
  });
});
