import type { MemberResponse } from '../../../src/contracts/auth.js';
import type {
  BoardResponse,
  CouncilMemberResponse,
  GroupResponse,
  GroupSummaryResponse,
  PersonRef,
} from '../../../src/contracts/working-groups.js';
import { listInstitutions } from '../../api/institutions.js';
import { listMembers as listUsers } from '../../api/users.js';
import {
  addMember,
  councilValidation,
  downloadRegister,
  getBoard,
  getGroup,
  listGroups,
  listMembers,
  proposeGroup,
  replaceBoard,
  updateMember,
} from '../../api/working-groups.js';
import { pageHeader } from '../../components/page-header.js';
import { journey } from '../../components/recommendation-journey.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { h, replaceChildren } from '../../lib/dom.js';
import { saveFile } from '../../lib/download.js';
import { formatDate, formatNumber, todayIso } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, type RouteContext } from '../../lib/router.js';
import { hasRole } from '../../lib/session.js';
import type { MessageKey } from '../../messages/index.js';
import { checkedIds, councilForm, disclosure, peopleField } from '../../forms/council-form.js';
import { areaField, dateField, read, readOptional, selectField, textField } from '../../forms/fields.js';
import { monthGrid } from './month-grid.js';
import './working-groups.css';

/**
 * #/councils/:institutionId — a city council's working groups (planning-cycle.md 7): the rules'
 * findings (WG_*), the groups with their state, chair and managers (each opening its page), for
 * each active group a month grid of its meetings (a month without one marked) and its
 * recommendations' journey, and the general assembly's members and executive board. The
 * secretariat (and the administrator) adds, edits and ends members, sets the board and proposes
 * groups here; the server still decides every request.
 */
export async function render(context: RouteContext): Promise<void> {
  const { institutionId } = context.params;
  const keeper = hasRole(institutionId, 'admin', 'secretariat');
  const [institutions, groups, validation, members, board, users] = await Promise.all([
    listInstitutions(context.signal),
    listGroups(institutionId, context.signal),
    councilValidation(institutionId, context.signal),
    listMembers(institutionId, context.signal),
    getBoard(institutionId, context.signal),
    // The accounts a member may be linked to (a chair records meetings): the administrator and the
    // secretariat list them.
    keeper ? listUsers(institutionId, context.signal).catch((): MemberResponse[] => []) : [],
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
  const today = todayIso();
  const current = members.filter((member) => member.activeTo === null || member.activeTo >= today);
  replaceChildren(
    context.outlet,
    pageHeader(
      name,
      t('councils.title'),
      h(
        'p',
        {},
        register,
        ' ',
        h(
          'a',
          { class: 'public-council-link', href: href('/public/councils/:institutionId', { institutionId }) },
          t('councils.publicLink'),
        ),
      ),
    ),
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
      groupsTable(institutionId, groups),
      keeper ? disclosure(t('councils.proposeOpen'), proposeForm(institutionId, current), 'propose') : null,
    ),
    active.map((group) => groupSection(institutionId, group)),
    membersSection(institutionId, members, keeper, users),
    boardSection(institutionId, board, current, keeper),
  );
}

function groupsTable(institutionId: string, groups: GroupSummaryResponse[]): HTMLElement {
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
            { 'data-state': group.state, 'data-group': group.id },
            h(
              'th',
              { scope: 'row' },
              h(
                'a',
                {
                  href: href('/councils/:institutionId/groups/:groupId', {
                    institutionId,
                    groupId: group.id,
                  }),
                },
                group.name,
              ),
            ),
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

function groupSection(institutionId: string, group: GroupResponse): HTMLElement {
  return h(
    'section',
    { class: 'council-group', 'aria-label': group.name, 'data-group': group.id },
    h(
      'h2',
      {},
      h(
        'a',
        { href: href('/councils/:institutionId/groups/:groupId', { institutionId, groupId: group.id }) },
        group.name,
      ),
    ),
    h('h3', {}, t('councils.calendar', { group: group.name })),
    monthGrid(group),
    h('h3', {}, t('councils.recommendations', { group: group.name })),
    group.recommendations.length === 0
      ? h('p', {}, t('councils.noRecommendations'))
      : group.recommendations.map((recommendation) => journey(recommendation)),
  );
}

// ——— The general assembly and the executive board ———

function membersSection(
  institutionId: string,
  members: CouncilMemberResponse[],
  keeper: boolean,
  users: MemberResponse[],
): HTMLElement {
  const none = t('councils.none');
  return h(
    'section',
    { class: 'council-members', 'aria-labelledby': 'council-members-heading' },
    h('h2', { id: 'council-members-heading' }, t('councils.assembly')),
    members.length === 0
      ? h('p', { class: 'muted' }, t('councils.noMembers'))
      : tableRegion(
          t('councils.assembly'),
          h(
            'table',
            { class: 'council-member-table' },
            tableHead(
              t('councils.memberName'),
              t('councils.represents'),
              t('councils.contact'),
              t('councils.activeFrom'),
              t('councils.activeTo'),
              keeper ? t('councils.actions') : null,
            ),
            h(
              'tbody',
              {},
              members.map((member) => {
                const row = h(
                  'tr',
                  { 'data-member': member.id, 'data-ended': String(member.activeTo !== null) },
                  h(
                    'th',
                    { scope: 'row' },
                    member.name,
                    member.onBoard ? h('span', { class: 'badge' }, ` ${t('councils.boardBadge')}`) : null,
                  ),
                  h('td', {}, member.represents ?? none),
                  h('td', {}, member.contact ?? none),
                  h('td', {}, formatDate(member.activeFrom)),
                  h('td', {}, member.activeTo === null ? none : formatDate(member.activeTo)),
                  keeper
                    ? h(
                        'td',
                        {},
                        h(
                          'button',
                          {
                            type: 'button',
                            class: 'link-button',
                            'aria-label': t('councils.editMemberOf', { name: member.name }),
                            onclick: () => {
                              const form = memberForm(institutionId, users, member);
                              row.replaceWith(
                                h('tr', {}, h('td', { colspan: 6, class: 'member-edit-cell' }, form)),
                              );
                              form.querySelector<HTMLElement>('input')?.focus();
                            },
                          },
                          t('councils.edit'),
                        ),
                      )
                    : null,
                );
                return row;
              }),
            ),
          ),
        ),
    keeper
      ? disclosure(t('councils.addMemberOpen'), memberForm(institutionId, users, null), 'add-member')
      : null,
  );
}

/** Add a member, or change one (ending the membership by its last day). */
function memberForm(
  institutionId: string,
  users: MemberResponse[],
  member: CouncilMemberResponse | null,
): HTMLFormElement {
  const fields = [
    textField('name', t('councils.memberName'), member?.name ?? ''),
    textField('represents', t('councils.represents'), member?.represents ?? ''),
    textField('contact', t('councils.contactField'), member?.contact ?? ''),
    users.length === 0
      ? null
      : selectField(
          'userId',
          t('councils.account'),
          [
            { value: '', text: t('councils.noAccount') },
            ...users.map((user) => ({ value: user.userId, text: `${user.name} (${user.email})` })),
          ],
          member?.userId ?? '',
        ),
    dateField('activeFrom', t('councils.activeFrom'), member?.activeFrom ?? todayIso()),
    dateField('activeTo', t('councils.activeToField'), member?.activeTo ?? ''),
  ].filter((field): field is HTMLElement => field !== null);
  return councilForm(
    member === null ? 'member-form' : 'member-edit-form',
    member === null ? t('councils.addMember') : t('councils.editMemberOf', { name: member.name }),
    fields,
    t('councils.save'),
    (form) => {
      const body = {
        name: read(form, 'name'),
        represents: readOptional(form, 'represents'),
        contact: readOptional(form, 'contact'),
        ...(users.length === 0 ? {} : { userId: readOptional(form, 'userId') }),
        activeFrom: read(form, 'activeFrom'),
        activeTo: readOptional(form, 'activeTo'),
      };
      return member === null
        ? addMember(institutionId, body)
        : updateMember(institutionId, member.id, { ...body, version: member.version });
    },
    t('councils.memberSaved'),
  );
}

function boardSection(
  institutionId: string,
  board: BoardResponse,
  current: CouncilMemberResponse[],
  keeper: boolean,
): HTMLElement {
  const onBoard = new Set(board.members.map((member) => member.id));
  return h(
    'section',
    { class: 'council-board', 'aria-labelledby': 'council-board-heading' },
    h('h2', { id: 'council-board-heading' }, t('councils.board')),
    board.members.length === 0
      ? h('p', { class: 'muted' }, t('councils.noBoard'))
      : h(
          'ul',
          { class: 'board-list' },
          board.members.map((member) =>
            h(
              'li',
              {},
              member.name,
              member.represents ? h('span', { class: 'muted' }, ` · ${member.represents}`) : null,
            ),
          ),
        ),
    keeper
      ? disclosure(
          t('councils.boardOpen'),
          councilForm(
            'board-form',
            t('councils.boardForm'),
            [peopleField('memberIds', t('councils.boardMembers'), current.map(person), onBoard)],
            t('councils.save'),
            (form) => replaceBoard(institutionId, { memberIds: checkedIds(form, 'memberIds') }),
            t('councils.boardSaved'),
          ),
          'board',
        )
      : null,
  );
}

function person(member: CouncilMemberResponse): PersonRef {
  return { id: member.id, name: member.represents ? `${member.name} (${member.represents})` : member.name };
}

/** The proposal of a new group: subject, aim, scope, duration, work plan and at least 5 founders (WG_FOUNDERS). */
function proposeForm(institutionId: string, current: CouncilMemberResponse[]): HTMLFormElement {
  return councilForm(
    'propose-form',
    t('councils.propose'),
    [
      textField('name', t('councils.subject')),
      areaField('aim', t('councils.aim')),
      areaField('scope', t('councils.scope')),
      textField('duration', t('councils.duration'), '', { placeholder: t('councils.durationExample') }),
      areaField('workPlan', t('councils.workPlan')),
      dateField('proposedOn', t('councils.proposedOn'), todayIso()),
      peopleField('founderIds', t('councils.founders'), current.map(person)),
    ],
    t('councils.proposeSubmit'),
    (form) =>
      proposeGroup(institutionId, {
        name: read(form, 'name'),
        aim: read(form, 'aim'),
        scope: read(form, 'scope'),
        duration: read(form, 'duration'),
        workPlan: read(form, 'workPlan'),
        proposedOn: read(form, 'proposedOn'),
        founderIds: checkedIds(form, 'founderIds'),
      }),
    t('councils.proposed'),
  );
}
