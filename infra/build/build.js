#!/usr/bin/env node
// npm run build: compiles every workspace package's src/ to dist/ with SWC (decorator metadata
// for NestJS), so services run as plain JavaScript: `node --conditions=aftersales-dist <pkg>/dist/main.js`.
// Packages export dist/ under that condition and src/ otherwise (tests, tsc, swc-node).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const ROOT = path.resolve(__dirname, '../..');
const options = JSON.parse(fs.readFileSync(path.join(ROOT, '.swcrc'), 'utf8'));
delete options.$schema;
options.sourceMaps = true;

const packages = ['libs', 'services']
  .flatMap((d) =>
    fs.existsSync(path.join(ROOT, d)) ? fs.readdirSync(path.join(ROOT, d)).map((n) => path.join(d, n)) : [],
  )
  .concat(['contracts'])
  .filter((p) => fs.existsSync(path.join(ROOT, p, 'src')));

const isSource = (f) =>
  f.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(f) && !f.endsWith('.d.ts');

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (isSource(full)) yield full;
  }
}

let files = 0;
const started = Date.now();
for (const pkg of packages) {
  const src = path.join(ROOT, pkg, 'src');
  const dist = path.join(ROOT, pkg, 'dist');
  fs.rmSync(dist, { recursive: true, force: true });
  for (const file of walk(src)) {
    const out = path.join(dist, path.relative(src, file)).replace(/\.ts$/, '.js');
    const { code, map } = swc.transformFileSync(file, {
      ...options,
      swcrc: false,
      filename: file,
      sourceFileName: path.relative(path.dirname(out), file),
    });
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
    if (map) fs.writeFileSync(`${out}.map`, map);
    files++;
  }
}
console.log(`built ${files} files of ${packages.length} packages in ${Date.now() - started} ms`);

// The console: its typed client regenerated from contracts/openapi and type-checked (a contract
// change fails here), then the production bundle with its size. The image's build context has
// no apps/ (.dockerignore: the services serve no console), so there it is not built.
if (fs.existsSync(path.join(ROOT, 'apps/console/package.json'))) {
  const { status } = require('node:child_process').spawnSync(
    'npm',
    ['run', '-s', 'build', '-w', '@aftersales/console'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (status !== 0) process.exit(status ?? 1);
} else console.log('console: apps/console is not here (the image), not built');
