// One jest run over every project: one global infrastructure setup, one summary line.
const fs = require('node:fs');
const path = require('node:path');

const projects = ['libs', 'services', '.']
  .flatMap((dir) =>
    dir === '.'
      ? [
          'contracts',
          'infra/architecture',
          'infra/bench',
          'infra/e2e',
          'infra/console',
          'infra/k8s',
          'infra/services',
          'infra/fuzz',
        ]
      : fs.existsSync(dir)
        ? fs.readdirSync(dir).map((name) => path.join(dir, name))
        : [],
  )
  .filter((dir) => fs.existsSync(path.join(__dirname, dir, 'jest.config.js')))
  .map((dir) => `<rootDir>/${dir}`);

module.exports = {
  projects,
  globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.js',
  globalTeardown: '<rootDir>/libs/testing/src/jest/global-teardown.js',
  testTimeout: 60_000,
  // Integration tests share one broker and one PostgreSQL: keep parallelism at the core count.
  maxWorkers: 2,
};
