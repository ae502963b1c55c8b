// npm run check:deploy: every kustomization rendered and validated against the Kubernetes
// schemas, the Dockerfile linted, the Compose file validated (deploy-checks.ts), the plain
// Prometheus rule file checked against the PrometheusRule (prometheus-rules.ts). Exit 1 on any problem.
import { checkManifests, lintDockerfile, validateCompose } from './deploy-checks';
import { checkPlainRules, RULES_FILE } from './prometheus-rules';

let failed = false;
const report = (what: string, problems: readonly string[], note = '') => {
  failed ||= problems.length > 0;
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${what}${note}`);
  for (const problem of problems) console.log(`       ${problem}`);
};
for (const { dir, manifests, problems } of checkManifests())
  report(`infra/k8s/${dir}`, problems, ` (${manifests.length} manifests)`);
report('Dockerfile', lintDockerfile());
report('docker-compose.yml', validateCompose());
report(RULES_FILE, checkPlainRules());
process.exit(failed ? 1 : 0);
