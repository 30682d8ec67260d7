import { forbidden, unauthenticated } from './errors';
import type { MockResponse } from './types';

export interface Credentials {
  accountId: string;
  token: string;
  email: string;
  globalKey: string;
}

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Checks the two schemes the API accepts. Returns the error to send, or undefined when the
 * request may proceed. `pathAccountId` is undefined for paths outside `/accounts/{id}/`.
 */
export function authenticate(
  headers: Headers,
  pathAccountId: string | undefined,
  creds: Credentials,
): MockResponse | undefined {
  const authorization = header(headers, 'authorization');
  const email = header(headers, 'x-auth-email');
  const key = header(headers, 'x-auth-key');

  let valid: boolean;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    valid = match?.[1] === creds.token;
  } else if (email !== undefined && key !== undefined) {
    valid = email.toLowerCase() === creds.email.toLowerCase() && key === creds.globalKey;
  } else {
    return unauthenticated();
  }
  if (!valid) return forbidden();
  // A valid token used against someone else's account is an authorisation failure, not a 404.
  if (pathAccountId !== undefined && pathAccountId !== creds.accountId) return forbidden();
  return undefined;
}
