/**
 * `npm run sandbox [scenario]`: the sandbox by hand. Port from SANDBOX_PORT (default 8443).
 * Prints what it serves and how to point Chromium at it, then runs until Ctrl-C.
 */
import { CONTROL_HOST } from './core/sandbox-types';
import { scenarios } from './scenarios/index';
import { startSandbox } from './server';

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'shopify-checks';
  const make = scenarios[name];
  if (!make) {
    console.error(`Unknown scenario "${name}". Known: ${Object.keys(scenarios).join(', ')}`);
    process.exit(2);
  }
  const port = Number(process.env.SANDBOX_PORT ?? 8443);
  const sandbox = await startSandbox({ scenario: make(), port });
  const scenario = sandbox.scenario();

  const lines = [
    `import-doctor sandbox — scenario "${scenario.name}": ${scenario.description}`,
    `Listening on https://127.0.0.1:${sandbox.port}`,
    '',
    'Hostnames:',
    ...sandbox.hostnames.map((host) => `  ${host}`),
    '',
    'Chromium flags:',
    ...sandbox.chromiumArgs().map((arg) => `  ${JSON.stringify(arg)}`),
    '',
    'Order pages of this scenario:',
    ...scenario.expectations.map((e) => `  ${e.adminUrl}  → ${e.verdict}${e.failingCheck ? ` (check ${e.failingCheck})` : ''}  ${e.note}`),
    '',
    `Control API (Host: ${CONTROL_HOST}): GET /state, GET /requests, POST /faults, POST /faults/clear,`,
    `  POST /scenario/<name> (${Object.keys(scenarios).join(', ')}), POST /latency, POST /exact/auto-consent`,
    `  e.g. curl -k --resolve ${CONTROL_HOST}:${sandbox.port}:127.0.0.1 https://${CONTROL_HOST}:${sandbox.port}/state`,
    '',
    'Ctrl-C to stop.',
  ];
  console.log(lines.join('\n'));

  const shutdown = (): void => {
    void sandbox.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
