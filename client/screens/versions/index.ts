import type { PlanVersionResponse } from '../../../src/contracts/plan-versions.js';
import type { PlanResponse } from '../../../src/contracts/resources.js';
import { getPlan } from '../../api/plans.js';
import { listVersions } from '../../api/versions.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { h, replaceChildren } from '../../lib/dom.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, type RouteContext } from '../../lib/router.js';
import { hasRole } from '../../lib/session.js';
import { personNames, versionStatus } from './shared.js';
import './versions.css';
import { pageHeader, planEyebrow } from '../../components/page-header.js';

/**
 * #/plans/:planId/versions — the plan's versions (domain.md 6): 1 as first in force, then one
 * per update (güncelleme), proposed, approved or rejected, with its effective year, reason, who
 * proposed and decided it and when; each one click from its diff. Planners and administrators of
 * a plan in force with no update pending are offered "Güncelleme öner".
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const [plan, versions] = await Promise.all([
    getPlan(planId, context.signal),
    listVersions(planId, context.signal),
  ]);
  if (context.signal.aborted) return;
  const name = await personNames(plan, context.signal);
  if (context.signal.aborted) return;
  context.setTitle(`${t('versions.title')} — ${plan.title}`);
  replaceChildren(
    context.outlet,
    pageHeader(planEyebrow(plan), t('versions.title'), h('p', { class: 'muted' }, t('versions.intro'))),
    proposeLink(plan, versions),
    versions.length === 0
      ? h('p', { class: 'muted' }, t('versions.none'))
      : tableRegion(
          t('versions.title'),
          h(
            'table',
            { class: 'versions-table' },
            h('caption', { class: 'visually-hidden' }, t('versions.title')),
            tableHead(
              t('versions.number'),
              t('versions.statusHeading'),
              [t('versions.effectiveYear'), 'number'],
              t('versions.reason'),
              t('versions.proposed'),
              t('versions.decided'),
            ),
            h(
              'tbody',
              {},
              [...versions].reverse().map((version) => versionRow(plan, version, versions, name)),
            ),
          ),
        ),
  );
}

/** "Güncelleme öner" for planners and administrators while the plan is in force and nothing is pending. */
export function proposeLink(
  plan: PlanResponse,
  versions: readonly PlanVersionResponse[],
): HTMLElement | null {
  if (plan.status !== 'yururlukte' || !hasRole(plan.institution.id, 'planner', 'admin')) return null;
  const pending = versions.find((version) => version.status === 'proposed');
  return h(
    'p',
    { class: 'versions-actions' },
    pending
      ? [
          t('versions.pending', { number: pending.number }),
          ' ',
          h(
            'a',
            {
              href: href('/plans/:planId/versions/:number', {
                planId: plan.id,
                number: String(pending.number),
              }),
            },
            t('versions.openDiff', { number: pending.number }),
          ),
        ]
      : h(
          'a',
          { class: 'button-link', href: href('/plans/:planId/updates/new', { planId: plan.id }) },
          t('versions.propose'),
        ),
  );
}

function versionRow(
  plan: PlanResponse,
  version: PlanVersionResponse,
  versions: readonly PlanVersionResponse[],
  name: (id: string | null) => string,
): HTMLElement {
  const when = (iso: string | null) => (iso ? formatDateTime(iso) : '');
  return h(
    'tr',
    { 'data-version': version.number, 'data-status': version.status },
    h(
      'th',
      { scope: 'row' },
      h(
        'a',
        {
          href: href('/plans/:planId/versions/:number', { planId: plan.id, number: String(version.number) }),
        },
        t('versions.versionN', { number: version.number }),
      ),
    ),
    h(
      'td',
      { class: 'version-status', 'data-label': t('versions.statusHeading') },
      versionStatus(version, versions),
    ),
    h('td', { class: 'number', 'data-label': t('versions.effectiveYear') }, String(version.effectiveYear)),
    h(
      'td',
      { 'data-label': t('versions.reason') },
      version.reason,
      version.rejectionReason
        ? h(
            'span',
            { class: 'cell-note' },
            t('versions.rejectedBecause', { reason: version.rejectionReason }),
          )
        : null,
    ),
    h(
      'td',
      { 'data-label': t('versions.proposed') },
      version.createdAt === null ? t('versions.firstInForce') : name(version.proposedBy),
      version.createdAt ? h('span', { class: 'cell-note' }, when(version.createdAt)) : null,
    ),
    h(
      'td',
      { 'data-label': t('versions.decided') },
      version.decidedAt === null && version.status !== 'proposed' && version.decidedBy === null
        ? version.decisionDate
          ? t('versions.councilDecision', {
              date: formatDate(version.decisionDate),
              number: version.decisionNumber ?? '',
            })
          : ''
        : version.status === 'proposed'
          ? t('versions.awaiting')
          : name(version.decidedBy),
      version.decidedAt ? h('span', { class: 'cell-note' }, when(version.decidedAt)) : null,
    ),
  );
}
