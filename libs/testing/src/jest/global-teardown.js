'use strict';
const fs = require('node:fs');

module.exports = async () => {
  const state = globalThis.__TEST_INFRA__;
  for (const stop of state?.stop ?? []) await stop();
  // After jest's summary, by name: what this run did not test (see notRun in @aftersales/testing).
  const file = process.env.TEST_NOT_RUN_FILE;
  if (!file || !fs.existsSync(file)) return;
  const lines = [...new Set(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean))];
  fs.rmSync(file, { force: true });
  for (const line of lines) process.stderr.write(`[test-infra] ${line}\n`);
};
