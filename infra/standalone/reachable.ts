import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * The first folder on the way to `target` that a user (not its owner, not in its group) cannot
 * pass through, or undefined. As root, the embedded PostgreSQL runs as `postgres`, which must
 * reach both its binaries under node_modules and its data folder.
 */
export function blockedFolder(target: string, uid: number, gid: number): string | undefined {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const folder = path.sep + parts.slice(0, i).join(path.sep);
    const { mode, uid: owner, gid: group } = statSync(folder);
    const canPass = owner === uid ? mode & 0o100 : group === gid ? mode & 0o010 : mode & 0o001;
    if (!canPass) return folder;
  }
  return undefined;
}
