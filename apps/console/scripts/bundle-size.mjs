// The production bundle's size as a browser loads it: the initial JavaScript (the entry and the
// chunks it imports statically) gzipped, and every lazily loaded route chunk beside it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(path.join(dist, file))).length;
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const next of manifest[key].imports ?? []) visit(next);
};
visit(entry);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const initialGzip = [...initial].reduce((sum, k) => sum + gz(manifest[k].file), 0);
const lazy = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry);
console.log(
  `console bundle: initial JS ${kb(initialGzip)} gzip (${initial.size} files); ${lazy.length} lazy route chunks:`,
);
for (const k of lazy) console.log(`  ${path.basename(manifest[k].file)} ${kb(gz(manifest[k].file))} gzip`);
