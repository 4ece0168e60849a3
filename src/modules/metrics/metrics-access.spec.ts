import { describe, expect, it } from '@jest/globals';
import { metricsAccess, routeLabel, statusLabel } from './metrics-access.js';

describe('metrics access', () => {
  const token = 'scrape-token-0123456789';

  it('is off without a token setting, whatever the caller sends', () => {
    expect(metricsAccess(null, `Bearer ${token}`)).toBe('off');
    expect(metricsAccess(null, undefined)).toBe('off');
  });

  it('grants the bearer of the token only', () => {
    expect(metricsAccess(token, `Bearer ${token}`)).toBe('granted');
    expect(metricsAccess(token, `bearer ${token}`)).toBe('granted');
    expect(metricsAccess(token, undefined)).toBe('refused');
    expect(metricsAccess(token, token)).toBe('refused');
    expect(metricsAccess(token, `Bearer ${token}x`)).toBe('refused');
    expect(metricsAccess(token, `Bearer ${token.slice(0, -1)}`)).toBe('refused');
    expect(metricsAccess(token, `Bearer ${token} ${token}`)).toBe('refused');
    expect(metricsAccess(token, 'Bearer ')).toBe('refused');
  });
});

describe('metric labels', () => {
  it('labels a request by its route pattern, the client files as static and unknown paths as unmatched', () => {
    expect(routeLabel('/api/plans/:planId/progress')).toBe('/api/plans/:planId/progress');
    expect(routeLabel('/api')).toBe('/api');
    expect(routeLabel('/assets/index-abc123.js')).toBe('static');
    expect(routeLabel('/')).toBe('static');
    expect(routeLabel(undefined)).toBe('unmatched');
    expect(routeLabel('*')).toBe('unmatched');
  });

  it('labels a status by its code', () => {
    expect([200, 304, 404, 503].map(statusLabel)).toEqual(['200', '304', '404', '503']);
    expect(statusLabel(0)).toBe('other');
  });
});
