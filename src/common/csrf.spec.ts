import { describe, expect, it } from '@jest/globals';
import {
  crossSiteRefusal,
  hasCookie,
  originMatchesHost,
  serializedOrigin,
  trustedOriginSet,
  type CsrfRequest,
} from './csrf.js';

const HOST = 'pusula.example.gov.tr';
const base: CsrfRequest = {
  method: 'POST',
  hasSessionCookie: true,
  authorization: undefined,
  secFetchSite: undefined,
  origin: undefined,
  referer: undefined,
  host: HOST,
};
const none = new Set<string>();
const check = (request: Partial<CsrfRequest>, trusted: ReadonlySet<string> = none): string | null =>
  crossSiteRefusal({ ...base, ...request }, trusted);

describe('crossSiteRefusal', () => {
  it('lets safe methods, Bearer requests and requests without the session cookie through', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(check({ method, origin: 'https://evil.example' })).toBeNull();
    }
    expect(check({ origin: 'https://evil.example', authorization: 'Bearer abc.def' })).toBeNull();
    expect(check({ origin: 'https://evil.example', hasSessionCookie: false })).toBeNull();
  });

  it('checks every other method that carries the cookie, whatever its name', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND']) {
      expect(check({ method, origin: 'https://evil.example' })).toContain('https://evil.example');
    }
    // Not a Bearer token as the auth guard reads it: the cookie is what authenticates.
    expect(check({ origin: 'https://evil.example', authorization: 'Basic YTpi' })).not.toBeNull();
  });

  it('trusts Sec-Fetch-Site same-origin and none, and refuses same-site and cross-site', () => {
    expect(check({ secFetchSite: 'same-origin', origin: 'https://elsewhere.example' })).toBeNull();
    expect(check({ secFetchSite: 'none' })).toBeNull();
    expect(check({ secFetchSite: 'same-site', origin: `https://evil.example.gov.tr` })).toContain(
      'same-site',
    );
    // A page of the same host over plain HTTP is another site for the browser (a downgrade).
    expect(check({ secFetchSite: 'cross-site', origin: `http://${HOST}` })).toContain('cross-site');
  });

  it('takes an Origin of the own host or of PUSULA_CORS_ORIGINS, and nothing else', () => {
    expect(check({ origin: `https://${HOST}` })).toBeNull();
    expect(check({ origin: `http://${HOST}` })).toBeNull();
    expect(check({ origin: 'http://localhost:3000', host: 'localhost:3000' })).toBeNull();
    expect(check({ origin: 'http://localhost:3001', host: 'localhost:3000' })).not.toBeNull();
    expect(check({ origin: 'https://evil.example' })).not.toBeNull();
    expect(check({ origin: `https://${HOST}.evil.example` })).not.toBeNull();
    expect(check({ origin: 'null' })).not.toBeNull();
    expect(check({ origin: '' })).toContain('an empty origin');
    const trusted = trustedOriginSet(['https://panel.example.gov.tr']);
    expect(check({ origin: 'https://panel.example.gov.tr' }, trusted)).toBeNull();
    expect(check({ origin: 'https://PANEL.example.gov.tr:443' }, trusted)).toBeNull();
    expect(check({ secFetchSite: 'cross-site', origin: 'https://panel.example.gov.tr' }, trusted)).toBeNull();
    expect(check({ origin: 'http://panel.example.gov.tr' }, trusted)).not.toBeNull();
  });

  it('falls back to the Referer, then lets a request with none of the three through', () => {
    expect(check({ referer: `https://${HOST}/#/plans` })).toBeNull();
    expect(check({ referer: 'https://evil.example/form.html' })).toContain('https://evil.example (Referer)');
    expect(check({ referer: 'not a url' })).toContain('an unreadable address');
    expect(check({})).toBeNull();
  });

  it('compares with the host the client addressed, which behind a trusted proxy is X-Forwarded-Host', () => {
    expect(check({ origin: 'https://pusula.example', host: '10.0.0.5:3000' })).not.toBeNull();
    expect(check({ origin: 'https://pusula.example', host: 'pusula.example' })).toBeNull();
    expect(check({ origin: 'https://pusula.example', host: undefined })).not.toBeNull();
  });
});

describe('origins', () => {
  it('serializes an origin as browsers do and drops a path', () => {
    expect(serializedOrigin('HTTPS://Pusula.Example:443/x?y')).toBe('https://pusula.example');
    expect(serializedOrigin('http://pusula.example:8080')).toBe('http://pusula.example:8080');
    expect(serializedOrigin('null')).toBeNull();
    expect(serializedOrigin('file:///etc/passwd')).toBeNull();
    expect(serializedOrigin('ftp://pusula.example')).toBeNull();
  });

  it('matches a host with or without the default port of the scheme', () => {
    expect(originMatchesHost('https://a.example', 'a.example:443')).toBe(true);
    expect(originMatchesHost('https://a.example', 'A.EXAMPLE')).toBe(true);
    expect(originMatchesHost('http://a.example', 'a.example:443')).toBe(false);
    expect(originMatchesHost('https://a.example:8443', 'a.example:8443')).toBe(true);
    expect(originMatchesHost('https://a.example:8443', 'a.example')).toBe(false);
  });

  it('keeps only real origins of PUSULA_CORS_ORIGINS', () => {
    expect([...trustedOriginSet(['https://a.example/', 'nonsense', 'http://b.example:80'])]).toEqual([
      'https://a.example',
      'http://b.example',
    ]);
  });

  it('finds the session cookie among others', () => {
    expect(hasCookie('a=1; pusula_session=x.y; b=2', 'pusula_session')).toBe(true);
    expect(hasCookie('pusula_session=', 'pusula_session')).toBe(true);
    expect(hasCookie('not_pusula_session=x', 'pusula_session')).toBe(false);
    expect(hasCookie(undefined, 'pusula_session')).toBe(false);
  });
});
