import type { RequestEntry } from './fixture';
import type { Resource } from './resources';
import type { SiteProfile } from './site-profile';

type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
type InnerRequest = Optional<RequestEntry['request'], 'redirectResponse'>;
type InnerResponse = Optional<RequestEntry['response']['response'], 'securityDetails'>;
type ChainItem = RequestEntry['requests'][number];
type LooseChainItem = Omit<ChainItem, 'request'> & {
  request: Omit<ChainItem['request'], 'headers'> & { headers: Record<string, string> };
};
export type LooseEntry = {
  request: InnerRequest;
  response: Omit<RequestEntry['response'], 'response'> & { response: InnerResponse };
  requests: LooseChainItem[];
};

/** One `data.requests[]` entry: the DevTools request, its response, and the redirect chain. */
export function requestFor(profile: SiteProfile, resource: Resource, startedAt: number): LooseEntry {
  const wallTime = (startedAt + resource.startMs) / 1000;
  const isDocument = resource.type === 'Document';
  const headers = {
    'User-Agent':
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    ...(isDocument ? {} : { Referer: `${profile.origin}/` }),
  };
  const request = {
    initialPriority: isDocument ? 'VeryHigh' : 'High',
    isSameSite: resource.host === profile.host,
    method: 'GET',
    mixedContentType: 'none',
    referrerPolicy: 'strict-origin-when-cross-origin',
    url: resource.url,
    headers,
  };
  const frameId = resource.requestId.replace('.', 'F').padEnd(32, '0');
  const initiator = isDocument
    ? { host: '', type: 'other', url: '' }
    : { host: profile.host, type: 'parser', url: profile.url };
  return {
    request: {
      documentURL: profile.url,
      hasUserGesture: false,
      initiator,
      redirectHasExtraInfo: false,
      request,
      requestId: resource.requestId,
      type: resource.type,
      wallTime,
      frameId,
      loaderId: frameId,
      primaryRequest: isDocument,
    },
    response: {
      asn: {
        asn: resource.asn,
        country: resource.country,
        description: resource.asnDescription,
        ip: resource.ip,
        name: resource.asnName,
        org: resource.asnDescription.split(' - ')[1] ?? resource.asnName,
      },
      dataLength: resource.size,
      encodedDataLength: resource.encodedSize,
      geoip: { ...resource.geo, geonameId: resource.country === 'US' ? '5391959' : '2759794' },
      hasExtraInfo: true,
      requestId: resource.requestId,
      response: {
        charset: 'utf-8',
        mimeType: resource.mimeType,
        protocol: resource.protocol,
        remoteIPAddress: resource.ip,
        remotePort: resource.secure ? 443 : 80,
        ...(resource.secure ? { securityDetails: tlsDetails(resource, startedAt) } : {}),
        securityHeaders: resource.secure
          ? [{ name: 'Strict-Transport-Security', value: 'max-age=31536000' }]
          : [],
        securityState: resource.secure ? 'secure' : 'insecure',
        status: resource.status,
        statusText: '',
        url: resource.url,
        headers: { 'content-type': `${resource.mimeType}; charset=utf-8`, server: resource.server },
      },
      size: resource.size,
      type: resource.type,
      contentAvailable: true,
      hash: resource.hash,
    },
    requests: [
      {
        documentURL: profile.url,
        frameId,
        hasUserGesture: false,
        initiator: { type: initiator.type },
        loaderId: frameId,
        redirectHasExtraInfo: false,
        request,
        requestId: resource.requestId,
        type: resource.type,
        wallTime,
      },
    ],
  };
}

function tlsDetails(resource: Resource, startedAt: number) {
  const validFrom = Math.floor(startedAt / 1000) - 30 * 86_400;
  return {
    certificateId: 0,
    certificateTransparencyCompliance: 'compliant',
    cipher: 'AES_128_GCM',
    encryptedClientHello: false,
    issuer: 'WE1',
    keyExchange: '',
    keyExchangeGroup: 'X25519',
    protocol: 'TLS 1.3',
    sanList: [resource.host, `*.${resource.host}`],
    serverSignatureAlgorithm: 1027,
    subjectName: resource.host,
    validFrom,
    validTo: validFrom + 90 * 86_400,
  };
}
