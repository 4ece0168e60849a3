import type { PublicCouncilResponse } from '../../../src/contracts/working-groups.js';
import { getPublicCouncil } from '../../api/working-groups.js';
import { pageHeader } from '../../components/page-header.js';
import { journey } from '../../components/recommendation-journey.js';
import { breadcrumb, h, replaceChildren } from '../../lib/dom.js';
import { formatDate } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import type { RouteContext } from '../../lib/router.js';
import '../working-groups/working-groups.css';

/**
 * #/public/councils/:institutionId — no sign-in: a city council's active working groups, their
 * chair and managers, the decisions of their meetings and their recommendations with the
 * journey. The public route answers no contact details, so none can show.
 */
export async function render(context: RouteContext): Promise<void> {
  const council = await getPublicCouncil(context.params.institutionId, context.signal);
  if (context.signal.aborted) return;
  context.setTitle(`${t('councils.publicTitle')} · ${council.institution}`);
  replaceChildren(
    context.outlet,
    breadcrumb(t('transparency.title'), '#/public', t('transparency.back')),
    pageHeader(
      council.institution,
      t('councils.publicTitle'),
      h('p', { class: 'muted' }, t('councils.publicIntro')),
    ),
    council.groups.length === 0
      ? h('p', { class: 'muted' }, t('councils.publicNone'))
      : council.groups.map(groupSection),
  );
}

function groupSection(group: PublicCouncilResponse['groups'][number]): HTMLElement {
  const headingId = `public-group-${group.id}`;
  const meetings = [...group.meetings].sort((a, b) => b.date.localeCompare(a.date));
  return h(
    'section',
    { class: 'card public-group', 'aria-labelledby': headingId, 'data-group': group.id },
    h('h2', { id: headingId }, group.name),
    h('p', {}, group.aim),
    h(
      'dl',
      { class: 'identity-list' },
      h('dt', {}, t('councils.chair')),
      h('dd', {}, group.chair ?? t('councils.none')),
      h('dt', {}, t('councils.managers')),
      h('dd', {}, group.managers.join(', ') || t('councils.none')),
    ),
    h('h3', {}, t('councils.publicDecisions')),
    meetings.every((meeting) => meeting.decisions.length === 0)
      ? h('p', { class: 'muted' }, t('councils.publicNoDecisions'))
      : h(
          'ul',
          { class: 'public-meetings' },
          meetings
            .filter((meeting) => meeting.decisions.length > 0)
            .map((meeting) =>
              h(
                'li',
                {},
                h('strong', {}, formatDate(meeting.date)),
                h(
                  'ol',
                  {},
                  meeting.decisions.map((decision) => h('li', {}, decision)),
                ),
              ),
            ),
        ),
    h('h3', {}, t('councils.publicRecommendations')),
    group.recommendations.length === 0
      ? h('p', { class: 'muted' }, t('councils.noRecommendations'))
      : group.recommendations.map((recommendation) => journey(recommendation, { text: true })),
  );
}
