import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.(int-|e2e-)?spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('consumers of public events (STYLE.md: services meet only through contracts)', () => {
  it('every service handler of consumed events reads them through the generated contract types, so a field renamed in a contract fails to compile', () => {
    const handlers = readdirSync(join(root, 'services'))
      .flatMap((service) => sources(join(root, 'services', service, 'src')))
      .filter((file) => /\(\s*\w+\s*:\s*ConsumedEvent\b/.test(readFileSync(file, 'utf8')));
    expect(handlers.length).toBeGreaterThan(0);
    const untyped = handlers
      .filter((file) => !readFileSync(file, 'utf8').includes('asContractEvent('))
      .map((file) => relative(root, file));
    expect(untyped).toEqual([]);
  });
});
