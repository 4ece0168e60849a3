import type { PublicConsultationSummary } from '../../../src/contracts/consultations.js';
import { listPublicConsultations } from '../../api/consultations.js';
import { pageHeader } from '../../components/page-header.js';
import { breadcrumb, h, replaceChildren } from '../../lib/dom.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, type RouteContext } from '../../lib/router.js';
import { phaseText, scopeText } from '../consultations/labels.js';
import '../consultations/consultations.css';

/**
 * #/public/institutions/:institutionId/consultations — no sign-in: an institution's drafts open
 * for comment, and the closed ones with their published comments and answers.
 */
export async function render(context: RouteContext): Promise<void> {
  const items = await listPublicConsultations(context.params.institutionId, context.signal);
  if (context.signal.aborted) return;
  context.setTitle(t('consultations.publicTitle'));
  replaceChildren(
    context.outlet,
    breadcrumb(t('transparency.title'), '#/public', t('transparency.back')),
    pageHeader(
      items[0]?.institutionName ?? t('transparency.title'),
      t('consultations.publicTitle'),
      h('p', { class: 'muted' }, t('consultations.publicIntro')),
    ),
    consultationList(items),
  );
}

/** The consultations as links with their phase, last day and published comments; shared with the public plan page. */
export function consultationList(items: readonly PublicConsultationSummary[]): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted' }, t('consultations.publicNone'));
  return h(
    'ul',
    { class: 'consultation-list' },
    items.map((item) =>
      h(
        'li',
        { 'data-consultation': item.id },
        h('a', { href: href('/public/consultations/:id', { id: item.id }) }, item.title),
        ' ',
        h('span', { class: `phase phase-${item.phase}` }, phaseText(item.phase)),
        h(
          'p',
          { class: 'muted' },
          `${item.planTitle} · ${scopeText(item.scope, item.aimCode)} · `,
          item.phase === 'open'
            ? t('consultations.openUntil', { date: formatDate(item.closesOn) })
            : t('consultations.closedOn', { date: formatDate(item.closesOn) }),
          ' · ',
          t('consultations.publishedCount', { count: formatNumber(item.publishedComments) }),
        ),
      ),
    ),
  );
}
