import type { PublicPlanSummary } from '../../../src/contracts/public.js';
import { listPublicPlans } from '../../api/public.js';
import { listPublicCouncils } from '../../api/working-groups.js';
import type { PublicCouncilSummary } from '../../../src/contracts/working-groups.js';
import { h, labelledSection, replaceChildren } from '../../lib/dom.js';
import { formatDateTime } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { planStatusLabel } from '../../lib/labels.js';
import { href, type RouteContext } from '../../lib/router.js';

/** #/public — the published plans, open to anyone (issue 4, screen 7). */
export async function render(context: RouteContext): Promise<void> {
  const [plans, councils] = await Promise.all([
    listPublicPlans(context.signal),
    listPublicCouncils(context.signal),
  ]);
  if (context.signal.aborted) return;
  context.setTitle(t('transparency.title'));
  replaceChildren(
    context.outlet,
    h('h1', { tabindex: -1 }, t('transparency.title')),
    h('p', {}, t('transparency.intro')),
    plans.length === 0
      ? h('p', { class: 'card' }, t('transparency.empty'))
      : h('ul', { class: 'plan-list' }, plans.map(planCard)),
    councils.length === 0 ? null : councilsSection(councils),
  );
}

/** The city councils with an active working group, each opening its public page. */
function councilsSection(councils: PublicCouncilSummary[]): HTMLElement {
  return labelledSection(
    'public-councils',
    'public-councils-heading',
    t('transparency.councilsHeading'),
    h('p', { class: 'muted' }, t('transparency.councilsIntro')),
    h(
      'ul',
      { class: 'plan-list' },
      councils.map((council) =>
        h(
          'li',
          { class: 'card plan-card', 'data-council': council.institutionId },
          h(
            'h3',
            {},
            h(
              'a',
              { href: href('/public/councils/:institutionId', { institutionId: council.institutionId }) },
              council.institution,
            ),
          ),
          h('p', { class: 'muted' }, t('transparency.councilGroups', { count: council.activeGroups })),
        ),
      ),
    ),
  );
}

function planCard(plan: PublicPlanSummary): HTMLElement {
  return h(
    'li',
    { class: 'card plan-card', 'data-plan': plan.id },
    h('p', { class: 'eyebrow' }, plan.institution.name),
    h('h2', {}, h('a', { href: href('/public/plans/:id', { id: plan.id }) }, plan.title)),
    h(
      'p',
      { class: 'muted' },
      `${plan.startYear}–${plan.endYear} · ${planStatusLabel(plan)} · `,
      t('transparency.published', { date: formatDateTime(plan.publishedAt) }),
    ),
  );
}
