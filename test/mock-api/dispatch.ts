import { setTimeout as sleep } from 'node:timers/promises';
import { authenticate, type Credentials } from './auth';
import { malformedJson, schemaDrift } from './drift';
import { errorForStatus } from './errors';
import type { FaultQueue } from './faults';
import { type Call, type HandlerContext, handle } from './handlers';
import type { MockFault, MockResponse, MockRoute } from './types';

export interface Pipeline {
  creds: Credentials;
  faults: FaultQueue<MockFault, MockRoute>;
  ctx: HandlerContext;
  /** Aborted by close(), so delayed answers do not keep the process alive. */
  signal: AbortSignal;
}

/**
 * Auth first, like the gateway in front of the scanner, and the account-wide limit; then any queued fault. Faults are only
 * consumed by authenticated requests, so a test's fault reaches the client call it was meant for.
 */
export async function dispatch(
  pipeline: Pipeline,
  call: Call,
  headers: Record<string, string | undefined>,
): Promise<MockResponse> {
  const denied = authenticate(headers, call.match.accountId, pipeline.creds, call.path);
  if (denied) return denied;
  // The account-wide limit sits in the gateway: every authenticated call counts, whatever it asks for.
  const overLimit = pipeline.ctx.limits.account(call.now);
  if (overLimit) return overLimit;

  const fault = pipeline.faults.take(call.match.route);
  if (fault?.delayMs) await sleep(fault.delayMs, undefined, { signal: pipeline.signal });
  // Time moves on while a slow answer is held back; the answer reflects the moment it is sent.
  const now = fault?.delayMs ? Date.now() : call.now;
  const current = { ...call, now };

  if (fault?.connection === 'drop') return { status: 0, headers: {}, body: '', drop: true };
  if (fault?.status !== undefined)
    return errorForStatus(fault.status, call.match.route, fault.retryAfterSeconds);
  if (fault?.body === 'malformed-json') return malformedJson(call.match.route);
  if (fault?.body === 'schema-drift') return schemaDrift(pipeline.ctx, current);
  return handle(pipeline.ctx, current);
}
