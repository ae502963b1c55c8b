// npm run monitoring:rules: writes infra/monitoring/alerts.rules.yml from the PrometheusRule.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainRules, RULES_FILE } from './prometheus-rules';

const file = join(__dirname, '..', '..', RULES_FILE);
writeFileSync(file, plainRules());
execFileSync(join(__dirname, '..', '..', 'node_modules', '.bin', 'prettier'), ['--write', file], {
  stdio: 'inherit',
});
