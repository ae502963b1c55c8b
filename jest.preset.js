// Shared by every project's jest.config.js: SWC transform with decorator metadata (NestJS DI).
const path = require('node:path');
const fs = require('node:fs');

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
delete swcrc.$schema;

// NestJS 12, jose and some of their dependencies are ESM only. Node 20 can require() them, but
// jest's module runtime cannot (before Node 24.9), so they are compiled to CommonJS like our TS.
const nodeModules = path.join(__dirname, 'node_modules');
const esmPackages = fs
  .readdirSync(nodeModules)
  .flatMap((name) =>
    name.startsWith('@')
      ? fs.readdirSync(path.join(nodeModules, name)).map((sub) => `${name}/${sub}`)
      : [name],
  )
  .filter((name) => {
    try {
      return (
        JSON.parse(fs.readFileSync(path.join(nodeModules, name, 'package.json'), 'utf8')).type === 'module'
      );
    } catch {
      return false;
    }
  });
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const esmJs = { ...swcrc, swcrc: false, jsc: { ...swcrc.jsc, parser: { syntax: 'ecmascript' } } };

/** @param {string} dir project root  @param {string} displayName */
module.exports = (dir, displayName) => ({
  displayName,
  rootDir: dir,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }],
    'node_modules/.+\\.m?js$': ['@swc/jest', esmJs],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.map(escapeRegExp).join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  // TEST_INFRA=none (npm run test:unit): no servers, so only the unit specs run.
  testMatch:
    process.env.TEST_INFRA === 'none'
      ? ['<rootDir>/**/*.spec.ts']
      : ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.int-spec.ts', '<rootDir>/**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  setupFiles: [path.join(__dirname, 'libs/testing/src/jest/setup-env.js')],
});
