import type { PlanSummaryResponse } from '../../../src/contracts/resources.js';
import { h, replaceChildren } from '../../lib/dom.js';
import { formatNumber } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, type RouteContext } from '../../lib/router.js';
import { currentUser, getInstitutionId, hasRole, loadDirectory } from '../../lib/session.js';
import { planStatusLabel } from '../../lib/labels.js';
import { getTasks } from '../../api/calendar.js';
import { tasksSections } from '../tasks/index.js';

/** #/ : the plans the user can open, grouped by institution (the chosen one first). */
export async function render(context: RouteContext): Promise<void> {
  context.setTitle(t('home.title'));
  // A unit manager lands on their tasks (issue 16): what is due and what was returned, then the plans.
  const unitManager =
    currentUser()?.memberships.some((membership) => membership.role === 'unit_manager') ?? false;
  const [{ institutions, plans }, tasks] = await Promise.all([
    loadDirectory(),
    unitManager ? getTasks(context.signal) : Promise.resolve(null),
  ]);
  if (context.signal.aborted) return;
  const chosen = getInstitutionId();
  const ordered = [...institutions].sort((a, b) => Number(b.id === chosen) - Number(a.id === chosen));
  const groups = ordered
    .map((institution) => ({
      institution,
      plans: plans.filter((plan) => plan.institution.id === institution.id),
    }))
    .filter((group) => group.plans.length > 0);
  // A union's members plan on their own; its users compare the plans they see side by side.
  const union =
    currentUser()?.isSuperadmin || institutions.some((institution) => institution.kind === 'birlik');
  // Planners and administrators start a plan here ("Yeni plan", screens/new-plan).
  const mayStart = institutions.some((institution) => hasRole(institution.id, 'planner', 'admin'));
  // A city council's users open its working groups (planning-cycle.md 7).
  const councils = institutions.filter((institution) => institution.kind === 'kent-konseyi');
  if (tasks) context.setTitle(t('tasks.title'));
  replaceChildren(
    context.outlet,
    tasks ? h('h1', { tabindex: -1 }, t('tasks.title')) : null,
    tasks ? tasksSections(tasks) : null,
    tasks ? h('h2', {}, t('tasks.plansHeading')) : h('h1', { tabindex: -1 }, t('home.title')),
    councils.map((council) =>
      h(
        'p',
        { class: 'union-link council-link' },
        h(
          'a',
          { href: href('/councils/:institutionId', { institutionId: council.id }) },
          `${t('councils.homeLink')}: ${council.name}`,
        ),
      ),
    ),
    mayStart
      ? h(
          'p',
          { class: 'union-link new-plan-link' },
          h('a', { href: href('/plans/new') }, t('newPlan.title')),
        )
      : null,
    union ? h('p', { class: 'union-link' }, h('a', { href: href('/union') }, t('union.homeLink'))) : null,
    groups.length === 0
      ? h('p', {}, t('home.empty'))
      : groups.map((group) =>
          h(
            'section',
            { class: 'plan-group', 'aria-label': group.institution.name },
            h('h2', {}, group.institution.name),
            h('ul', { class: 'plan-list' }, group.plans.map(planCard)),
          ),
        ),
  );
}

function planCard(plan: PlanSummaryResponse): HTMLElement {
  return h(
    'li',
    { class: 'card plan-card' },
    h('h3', {}, h('a', { href: href('/plans/:planId', { planId: plan.id }) }, plan.title)),
    h(
      'p',
      { class: 'muted' },
      `${plan.startYear}–${plan.endYear} · ${planStatusLabel(plan)} · `,
      t('home.counts', {
        aims: formatNumber(plan.counts.aims),
        targets: formatNumber(plan.counts.targets),
        indicators: formatNumber(plan.counts.indicators),
      }),
    ),
  );
}
