import { getPlan } from '../../api/plans.js';
import { listUnits } from '../../api/institutions.js';
import { h } from '../../lib/dom.js';
import { t } from '../../lib/i18n.js';
import { href, type RouteContext } from '../../lib/router.js';
import { hasRole } from '../../lib/session.js';
import { render as renderReadOnlyCard } from '../target-card/index.js';
import { mountCardEditor } from './card-editor.js';

/**
 * #/plans/:planId/targets/:code/edit?field=<card-relative path> — the target-card editor. Planners
 * and admins of the plan's institution edit a draft's card; anyone else, or a plan past drafting,
 * sees the card read-only (with the update path for a plan in force). `field` focuses and scrolls
 * to that field (the workspace's validation panel links here).
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId, code } = context.params;
  const plan = await getPlan(planId, context.signal);
  if (context.signal.aborted) return;
  const editable = plan.status === 'taslak' && hasRole(plan.institution.id, 'planner', 'admin');
  if (!editable) {
    await renderReadOnlyCard(context);
    if (context.signal.aborted) return;
    context.outlet.prepend(
      h(
        'p',
        { class: 'notice', role: 'note' },
        plan.status === 'taslak' ? t('editor.readOnlyRole') : t('editor.readOnlyStatus'),
        ' ',
        plan.status === 'taslak'
          ? null
          : h('a', { href: href('/plans/:planId/versions', { planId }) }, t('editor.updatePath')),
      ),
    );
    return;
  }
  const units = await listUnits(plan.institution.id, context.signal);
  if (context.signal.aborted) return;
  const title = h('h1', { tabindex: -1 }, t('editor.heading', { code }));
  context.setTitle(t('editor.heading', { code }));
  context.outlet.replaceChildren(
    h(
      'header',
      { class: 'page-header' },
      h('p', { class: 'eyebrow' }, `${plan.institution.name} · ${plan.title}`),
      title,
      h(
        'p',
        {},
        h('a', { href: href('/plans/:planId/targets/:code', { planId, code }) }, t('editor.viewCard')),
      ),
    ),
  );
  const editor = mountCardEditor(context.outlet, {
    planId,
    code,
    plan,
    units,
    focusPath: context.query.get('field'),
  });
  context.signal.addEventListener('abort', () => editor.destroy());
  await editor.ready;
}
