import type { GroupResponse, GroupSummaryResponse } from '../../../src/contracts/working-groups.js';
import { listInstitutions } from '../../api/institutions.js';
import { councilValidation, downloadRegister, getGroup, listGroups } from '../../api/working-groups.js';
import { pageHeader } from '../../components/page-header.js';
import { journey } from '../../components/recommendation-journey.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { h, replaceChildren } from '../../lib/dom.js';
import { saveFile } from '../../lib/download.js';
import { formatDate, formatNumber, todayIso } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import type { RouteContext } from '../../lib/router.js';
import type { MessageKey } from '../../messages/index.js';
import './working-groups.css';

/**
 * #/councils/:institutionId — a city council's working groups (planning-cycle.md 7): the rules'
 * findings (WG_*), the groups with their state, chair and managers, and for each active group a
 * month grid of its meetings (a month without one marked) and its recommendations' journey.
 */
export async function render(context: RouteContext): Promise<void> {
  const { institutionId } = context.params;
  const [institutions, groups, validation] = await Promise.all([
    listInstitutions(context.signal),
    listGroups(institutionId, context.signal),
    councilValidation(institutionId, context.signal),
  ]);
  const active = await Promise.all(
    groups
      .filter((group) => group.state === 'active')
      .map((group) => getGroup(institutionId, group.id, context.signal)),
  );
  if (context.signal.aborted) return;
  const name = institutions.find((institution) => institution.id === institutionId)?.name ?? '';
  context.setTitle(`${t('councils.title')} · ${name}`);
  const register = h('button', { type: 'button', class: 'secondary' }, t('councils.register'));
  register.addEventListener('click', () => {
    void downloadRegister(institutionId).then((file) => saveFile(file, 'calisma-gruplari.xlsx'));
  });
  replaceChildren(
    context.outlet,
    pageHeader(name, t('councils.title'), h('p', {}, register)),
    h(
      'section',
      { class: 'council-findings', 'aria-label': t('councils.findings') },
      h('h2', {}, t('councils.findings')),
      validation.issues.length === 0
        ? h('p', {}, t('councils.noFindings'))
        : h(
            'ul',
            {},
            validation.issues.map((issue) =>
              h('li', { 'data-code': issue.code, class: issue.severity }, issue.message),
            ),
          ),
    ),
    h(
      'section',
      { 'aria-label': t('councils.groups') },
      h('h2', {}, t('councils.groups')),
      groupsTable(groups),
    ),
    active.map((group) => groupSection(group)),
  );
}

function groupsTable(groups: GroupSummaryResponse[]): HTMLElement {
  const none = t('councils.none');
  return tableRegion(
    t('councils.groups'),
    h(
      'table',
      { class: 'council-groups' },
      tableHead(
        t('councils.name'),
        t('councils.state'),
        t('councils.chair'),
        t('councils.managers'),
        t('councils.members'),
        t('councils.meetings'),
        t('councils.lastMeeting'),
      ),
      h(
        'tbody',
        {},
        groups.map((group) =>
          h(
            'tr',
            { 'data-state': group.state },
            h('th', { scope: 'row' }, group.name),
            h('td', {}, t(`councils.state.${group.state}` as MessageKey)),
            h('td', {}, group.chair?.name ?? none),
            h('td', {}, group.managers.map((manager) => manager.name).join(', ') || none),
            h('td', {}, formatNumber(group.memberCount)),
            h('td', {}, formatNumber(group.meetingCount)),
            h('td', {}, group.lastMeeting === null ? none : formatDate(group.lastMeeting)),
          ),
        ),
      ),
    ),
  );
}

/** YYYY-MM of the months from the one after `from`'s to the one before `to`'s. */
function judgedMonths(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.slice(0, 7).split('-').map(Number);
  const end = to.slice(0, 7);
  for (;;) {
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key >= end) return months;
    months.push(key);
  }
}

function groupSection(group: GroupResponse): HTMLElement {
  const met = new Set(group.meetings.map((meeting) => meeting.date.slice(0, 7)));
  const months = group.decisionDate === null ? [] : judgedMonths(group.decisionDate, todayIso());
  const monthName = (month: string): string =>
    new Intl.DateTimeFormat(getLang() === 'en' ? 'en-GB' : 'tr-TR', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${month}-01T00:00:00Z`));
  return h(
    'section',
    { class: 'council-group', 'aria-label': group.name, 'data-group': group.id },
    h('h2', {}, group.name),
    h('h3', {}, t('councils.calendar', { group: group.name })),
    h(
      'ol',
      { class: 'month-grid' },
      months.map((month) => {
        const state = met.has(month) ? 'met' : 'missed';
        return h(
          'li',
          { class: `month ${state}`, 'data-month': month },
          h('span', { class: 'month-name' }, monthName(month)),
          h('span', { class: 'month-state' }, t(state === 'met' ? 'councils.met' : 'councils.missed')),
        );
      }),
    ),
    h('h3', {}, t('councils.recommendations', { group: group.name })),
    group.recommendations.length === 0
      ? h('p', {}, t('councils.noRecommendations'))
      : group.recommendations.map(journey),
  );
}
