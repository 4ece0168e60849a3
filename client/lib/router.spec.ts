import { describe, expect, it } from '@jest/globals';
import { href, matchRoute, parseHash, type Route } from './router.js';

const view = () => Promise.resolve({ render: () => undefined });
const routes: Route[] = [
  { path: '/login', public: true, load: view },
  { path: '/', load: view },
  { path: '/plans/:planId', load: view },
  { path: '/plans/:planId/indicators/:code', load: view },
];

describe('hash routes', () => {
  it('matches a path with parameters and keeps the query', () => {
    const match = matchRoute(routes, '#/plans/42?period=2025-H1');
    expect(match?.route.path).toBe('/plans/:planId');
    expect(match?.params).toEqual({ planId: '42' });
    expect(match?.query.get('period')).toBe('2025-H1');
  });

  it('decodes encoded segments (indicator codes with dots)', () => {
    expect(matchRoute(routes, '#/plans/7/indicators/PG1.1.1')?.params).toEqual({
      planId: '7',
      code: 'PG1.1.1',
    });
    expect(matchRoute(routes, `#/plans/7/indicators/${encodeURIComponent('SH 1/2')}`)?.params.code).toBe(
      'SH 1/2',
    );
  });

  it('treats an empty hash as the home route and an unknown path as no match', () => {
    expect(matchRoute(routes, '')?.route.path).toBe('/');
    expect(matchRoute(routes, '#/nowhere')).toBeNull();
    expect(parseHash('#plans/1').path).toBe('/plans/1');
  });

  it('builds hrefs that match back', () => {
    const link = href('/plans/:planId', { planId: 'a b' }, { period: '2025', empty: '' });
    expect(link).toBe('#/plans/a%20b?period=2025');
    expect(matchRoute(routes, link)?.params.planId).toBe('a b');
  });
});
