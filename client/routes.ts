import type { Route, View } from './lib/router.js';
import type { Role } from '../src/contracts/auth.js';
import type { MessageKey } from './messages/index.js';

/**
 * Every screen, by its hash path. A new screen: add client/screens/<screen>/index.ts exporting
 * `render(context)`, and one line here. Screens load lazily (their own chunk).
 */
export const routes: readonly Route[] = [
  { path: '/login', public: true, load: () => import('./screens/login/index.js') },
  { path: '/', load: () => import('./screens/home/index.js') },
  { path: '/plans/new', load: () => import('./screens/new-plan/index.js') },
  { path: '/plans/:planId', load: () => import('./screens/overview/index.js') },
  { path: '/plans/:planId/review', load: () => import('./screens/council-review/index.js') },
  { path: '/plans/:planId/units', load: () => import('./screens/units-comparison/index.js') },
  { path: '/plans/:planId/questions', load: () => import('./screens/questions/index.js') },
  { path: '/plans/:planId/entry', load: () => import('./screens/entry/index.js') },
  { path: '/plans/:planId/approvals', load: () => import('./screens/approvals/index.js') },
  { path: '/plans/:planId/indicators/:code', load: () => import('./screens/indicator/index.js') },
  { path: '/plans/:planId/targets/:code', load: () => import('./screens/target-card/index.js') },
  { path: '/plans/:planId/targets/:code/edit', load: () => import('./screens/card-editor/index.js') },
  { path: '/plans/:planId/workspace', load: () => import('./screens/workspace/index.js') },
  { path: '/plans/:planId/activity-report', load: () => import('./screens/activity-report/index.js') },
  {
    path: '/plans/:planId/activity-reports/:year/units/:unit',
    load: () => import('./screens/activity-report/unit-report.js'),
  },
  { path: '/plans/:planId/preparation', load: () => import('./screens/preparation/index.js') },
  { path: '/plans/:planId/consultations', load: () => import('./screens/consultations/index.js') },
  {
    path: '/plans/:planId/consultations/:id',
    load: () => import('./screens/consultations/detail.js'),
  },
  { path: '/plans/:planId/analysis', load: () => import('./screens/analysis/index.js') },
  { path: '/plans/:planId/analysis/:part', load: () => import('./screens/analysis/index.js') },
  { path: '/plans/:planId/programmes', load: () => import('./screens/programme/index.js') },
  { path: '/plans/:planId/programmes/:year', load: () => import('./screens/programme/editor.js') },
  { path: '/plans/:planId/versions', load: () => import('./screens/versions/index.js') },
  { path: '/plans/:planId/versions/:number', load: () => import('./screens/versions/diff.js') },
  { path: '/plans/:planId/updates/new', load: () => import('./screens/update-proposal/index.js') },
  { path: '/councils/:institutionId', load: () => import('./screens/working-groups/index.js') },
  {
    path: '/councils/:institutionId/groups/:groupId',
    load: () => import('./screens/working-groups/group.js'),
  },
  { path: '/union', load: () => import('./screens/union/index.js') },
  { path: '/public', public: true, load: () => import('./screens/public/index.js') },
  { path: '/public/plans/:id', public: true, load: () => import('./screens/public-plan/index.js') },
  {
    path: '/public/plans/:id/programmes/:year',
    public: true,
    load: () => import('./screens/public-programme/index.js'),
  },
  {
    path: '/public/councils/:institutionId',
    public: true,
    load: () => import('./screens/public-council/index.js'),
  },
  {
    path: '/public/institutions/:institutionId/consultations',
    public: true,
    load: () => import('./screens/public-consultation/list.js'),
  },
  {
    path: '/public/consultations/:id',
    public: true,
    load: () => import('./screens/public-consultation/index.js'),
  },
  { path: '/users', load: () => import('./screens/users/index.js') },
  { path: '/account', load: () => import('./screens/account/index.js') },
  { path: '/inbox', load: () => import('./screens/inbox/index.js') },
  { path: '/calendar', load: () => import('./screens/calendar/index.js') },
  { path: '/tasks', load: () => import('./screens/tasks/index.js') },
  { path: '/reset-password', public: true, load: () => import('./screens/reset-password/index.js') },
];

export const notFound = (): Promise<View> => import('./screens/not-found/index.js');

/**
 * The plan menu in the header, shown while a plan's screen is open (shell.ts): one line per
 * plan screen, in this order. `roles` limits a link to those roles in the plan's institution.
 */
export const planLinks: ReadonlyArray<{ path: string; label: MessageKey; roles?: Role[] }> = [
  { path: '/plans/:planId', label: 'review.linkOverview' },
  { path: '/plans/:planId/review', label: 'review.linkReview' },
  { path: '/plans/:planId/units', label: 'review.linkUnits' },
  { path: '/plans/:planId/questions', label: 'review.linkQuestions' },
  { path: '/plans/:planId/entry', label: 'entry.nav', roles: ['unit_manager', 'admin'] },
  { path: '/plans/:planId/approvals', label: 'approvals.nav', roles: ['planner', 'admin'] },
  { path: '/plans/:planId/workspace', label: 'workspace.nav', roles: ['planner', 'admin'] },
  { path: '/plans/:planId/activity-report', label: 'report.nav' },
  { path: '/plans/:planId/preparation', label: 'preparation.nav', roles: ['planner', 'admin'] },
  { path: '/plans/:planId/consultations', label: 'consultations.nav' },
  { path: '/plans/:planId/analysis', label: 'analysis.nav' },
  { path: '/plans/:planId/programmes', label: 'programme.nav' },
];
