import { parseArgs } from 'node:util';
import { MARKUP_HINT } from './hostile-strings';
import { startMockApi } from './server';
import { VERDICT_HINT } from './verdict';

// `npm run mock-api [-- --port 8787 --scan-duration 3000 --plan free --submit-interval 10000]`: a local stand-in for the
// URL Scanner, for trying the extension by hand without a Cloudflare account.
const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'scan-duration': { type: 'string' },
    plan: { type: 'string' },
    'submit-interval': { type: 'string' },
  },
});

const port = Number(values.port ?? process.env.MOCK_API_PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`Invalid port: ${values.port ?? process.env.MOCK_API_PORT}`);
  process.exit(2);
}
const plan = values.plan ?? 'paid';
if (plan !== 'free' && plan !== 'paid') {
  console.error(`--plan must be "free" or "paid", got "${plan}"`);
  process.exit(2);
}
const scanDurationMs = Number(values['scan-duration'] ?? 3000);
// Off unless asked for: the real account's one scan per 10 s, answered with 429 when a submit comes sooner.
const submitInterval = values['submit-interval'];
const rateLimits = submitInterval === undefined ? {} : { submitIntervalMs: Number(submitInterval) };

const api = await startMockApi({ port, plan, scanDurationMs, rateLimits });
const pace = submitInterval === undefined ? 'no rate limit' : `one scan per ${submitInterval} ms`;
console.log(`Mock URL Scanner v2 listening (plan: ${plan}, scans take ${scanDurationMs} ms, ${pace})

  API base URL   ${api.baseUrl}
  Account ID     ${api.accountId}
  API token      ${api.token}
  or legacy auth ${api.email} + global key ${api.globalKey}

  Verdicts: ${VERDICT_HINT}.
  Hostile report strings: ${MARKUP_HINT}.
  Press Ctrl+C to stop.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    api.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
