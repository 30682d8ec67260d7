import { forbidden, malformedAuthorization, missingAuthHeaders, noSuchAccount } from './errors';
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
  path = '',
): MockResponse | undefined {
  const authorization = header(headers, 'authorization');
  const email = header(headers, 'x-auth-email');
  const key = header(headers, 'x-auth-key');

  let valid: boolean;
  if (authorization !== undefined) {
    // A header not in `Bearer <token>` form (another scheme, a token with spaces) is refused before the
    // token is looked at. Unverified: 400 code 6003/6111 as reported by public projects.
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) return malformedAuthorization();
    valid = match[1] === creds.token;
  } else if (email !== undefined && key !== undefined) {
    valid = email.toLowerCase() === creds.email.toLowerCase() && key === creds.globalKey;
  } else {
    // Unverified: 400 code 9106 as reported by public projects (earlier the mock said 401 code 10001).
    return missingAuthHeaders();
  }
  if (!valid) return forbidden();
  // A valid token against an account ID the gateway does not know: it cannot route the path, so it answers
  // 404 in the classic envelope, code 7003. Unverified: publicly reported gateway behaviour.
  if (pathAccountId !== undefined && pathAccountId !== creds.accountId) return noSuchAccount(path);
  return undefined;
}
