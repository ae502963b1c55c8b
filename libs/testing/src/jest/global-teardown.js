'use strict';
module.exports = async () => {
  const state = globalThis.__TEST_INFRA__;
  for (const stop of state?.stop ?? []) await stop();
};
