import type { PlanSummaryResponse } from '../../../src/contracts/resources.js';
import type { PublicPlanSummary } from '../../../src/contracts/public.js';
import {
  STEP_DECISIONS,
  STEP_STAGES,
  type CouncilMemberResponse,
  type GroupResponse,
  type PersonRef,
  type RecommendationResponse,
} from '../../../src/contracts/working-groups.js';
import { listPublicPlans } from '../../api/public.js';
import { listPlans } from '../../api/plans.js';
import {
  addGroupMembers,
  addStep,
  closeGroup,
  decideGroup,
  downloadJourney,
  downloadMinutes,
  getGroup,
  listMembers,
  recordElection,
  recordMeeting,
  writeRecommendation,
} from '../../api/working-groups.js';
import { attendanceRows, toAttendanceChartConfig } from '../../charts/attendance-chart.js';
import { mountChart } from '../../charts/mount.js';
import { pageHeader } from '../../components/page-header.js';
import { journey } from '../../components/recommendation-journey.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { breadcrumb, h, replaceChildren } from '../../lib/dom.js';
import { saveFile } from '../../lib/download.js';
import { formatDate, formatNumber, todayIso } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, type RouteContext } from '../../lib/router.js';
import { currentUser, hasRole } from '../../lib/session.js';
import type { MessageKey } from '../../messages/index.js';
import { checkedIds, councilForm, disclosure, peopleField } from '../../forms/council-form.js';
import { areaField, dateField, read, readOptional, selectField, textField } from '../../forms/fields.js';
import { monthGrid } from './month-grid.js';
import './working-groups.css';

/**
 * #/councils/:institutionId/groups/:groupId — a working group: its proposal and the board's
 * decision, members, elections, the meeting calendar (a month grid, months without a meeting
 * marked), attendance per member as a chart, meetings with their minutes, and recommendations
 * with their journey as a timeline. The secretariat records the board's decision, the closing,
 * elections and each step of a recommendation; the group's chair (a member whose account is the
 * signed-in user) records meetings and writes recommendations too.
 */
export async function render(context: RouteContext): Promise<void> {
  const { institutionId, groupId } = context.params;
  const keeper = hasRole(institutionId, 'admin', 'secretariat');
  const [group, members] = await Promise.all([
    getGroup(institutionId, groupId, context.signal),
    listMembers(institutionId, context.signal),
  ]);
  if (context.signal.aborted) return;
  const me = currentUser();
  const chairAccount = members.find((member) => member.id === group.chair?.id)?.userId ?? null;
  const writer = keeper || (me !== null && chairAccount === me.id);
  const plans = writer && group.state === 'active' ? await linkablePlans(institutionId, context.signal) : [];
  if (context.signal.aborted) return;
  context.setTitle(group.name);
  const screen: Screen = { institutionId, group, members, keeper, writer, plans };
  const chartPlace = h('div', { class: 'attendance-chart' });
  replaceChildren(
    context.outlet,
    breadcrumb(t('councils.title'), href('/councils/:institutionId', { institutionId }), t('councils.back')),
    pageHeader(
      t('councils.title'),
      group.name,
      h(
        'p',
        {},
        h(
          'span',
          { class: `group-state state-${group.state}` },
          t(`councils.state.${group.state}` as MessageKey),
        ),
      ),
    ),
    group.issues.length === 0
      ? null
      : h(
          'ul',
          { class: 'group-issues' },
          group.issues.map((issue) =>
            h('li', { 'data-code': issue.code, class: issue.severity }, issue.message),
          ),
        ),
    proposalSection(screen),
    membersSection(screen),
    electionsSection(screen),
    meetingsSection(screen, chartPlace),
    recommendationsSection(screen),
  );
  const rows = attendanceRows(group.members, group.meetings);
  if (group.meetings.length > 0 && rows.length > 0) {
    const attended = t('councils.attended');
    const missed = t('councils.absent');
    mountChart(
      chartPlace,
      toAttendanceChartConfig(rows, { formatNumber, attended, missed }),
      {
        label: t('councils.attendanceLabel', {
          group: group.name,
          count: formatNumber(group.meetings.length),
        }),
        table: {
          caption: t('councils.attendance'),
          headers: [t('councils.memberName'), attended, missed],
          rows: rows.map((row) => [
            row.name,
            formatNumber(row.attended),
            formatNumber(row.meetings - row.attended),
          ]),
        },
      },
      { height: Math.max(160, rows.length * 28 + 60), signal: context.signal },
    );
  }
}

interface Screen {
  institutionId: string;
  group: GroupResponse;
  members: CouncilMemberResponse[];
  /** The secretariat or an administrator of the council. */
  keeper: boolean;
  /** May record meetings and write recommendations: a keeper or the group's chair. */
  writer: boolean;
  plans: Array<{ id: string; label: string }>;
}

/** Plans a recommendation may name: the published ones and those the user can open, not the council's own. */
async function linkablePlans(
  institutionId: string,
  signal: AbortSignal,
): Promise<Array<{ id: string; label: string }>> {
  const [published, own] = await Promise.all([
    listPublicPlans(signal).catch((): PublicPlanSummary[] => []),
    listPlans(undefined, signal).catch((): PlanSummaryResponse[] => []),
  ]);
  const plans = new Map<string, string>();
  for (const plan of own) {
    if (plan.institution.id !== institutionId) plans.set(plan.id, `${plan.institution.name} · ${plan.title}`);
  }
  for (const plan of published) {
    if (!plans.has(plan.id)) plans.set(plan.id, `${plan.institution.name} · ${plan.title}`);
  }
  return [...plans].map(([id, label]) => ({ id, label }));
}

const none = (): string => t('councils.none');

function people(list: readonly PersonRef[]): string {
  return list.map((entry) => entry.name).join(', ') || none();
}

function definitions(rows: Array<[string, string | HTMLElement]>): HTMLElement {
  return h(
    'dl',
    { class: 'identity-list' },
    rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
  );
}

// ——— The proposal, the board's decision, the closing ———

function proposalSection(screen: Screen): HTMLElement {
  const { group, keeper, institutionId } = screen;
  const rows: Array<[string, string]> = [
    [t('councils.aim'), group.aim],
    [t('councils.scope'), group.scope],
    [t('councils.duration'), group.duration],
    [t('councils.workPlan'), group.workPlan],
    [t('councils.proposedOn'), formatDate(group.proposedOn)],
    [t('councils.founders'), people(group.founders)],
  ];
  if (group.decisionDate !== null) {
    rows.push([
      t('councils.decisionOf'),
      t(group.state === 'rejected' ? 'councils.rejectedOn' : 'councils.acceptedOn', {
        date: formatDate(group.decisionDate),
        number: group.decisionNumber ?? none(),
      }),
    ]);
  }
  if (group.closedOn !== null) {
    rows.push([t('councils.closedOn'), `${formatDate(group.closedOn)} · ${group.closeReason ?? ''}`]);
  }
  return h(
    'section',
    { class: 'card group-proposal', 'aria-labelledby': 'group-proposal-heading' },
    h('h2', { id: 'group-proposal-heading' }, t('councils.proposal')),
    definitions(rows),
    keeper && group.state === 'proposed'
      ? councilForm(
          'decision-form',
          t('councils.decisionForm'),
          [
            selectField('decision', t('councils.decision'), [
              { value: 'accepted', text: t('councils.accept') },
              { value: 'rejected', text: t('councils.reject') },
            ]),
            dateField('date', t('councils.decisionDate'), todayIso()),
            textField('number', t('councils.decisionNumber'), '', { placeholder: '2026/14' }),
          ],
          t('councils.save'),
          (form) =>
            decideGroup(institutionId, group.id, {
              decision: read(form, 'decision') === 'rejected' ? 'rejected' : 'accepted',
              date: read(form, 'date'),
              number: read(form, 'number'),
            }),
          t('councils.decided'),
        )
      : null,
    keeper && group.state === 'active'
      ? disclosure(
          t('councils.closeOpen'),
          councilForm(
            'close-form',
            t('councils.closeForm'),
            [
              dateField('date', t('councils.closeDate'), todayIso()),
              areaField('reason', t('councils.closeReason')),
            ],
            t('councils.closeSubmit'),
            (form) =>
              closeGroup(institutionId, group.id, { date: read(form, 'date'), reason: read(form, 'reason') }),
            t('councils.closedDone'),
          ),
          'close',
        )
      : null,
  );
}

// ——— Members ———

function membersSection(screen: Screen): HTMLElement {
  const { group, keeper, institutionId, members } = screen;
  const inGroup = new Set(group.members.map((member) => member.id));
  const today = todayIso();
  const candidates = members
    .filter((member) => !inGroup.has(member.id) && (member.activeTo === null || member.activeTo >= today))
    .map((member) => ({ id: member.id, name: member.name }));
  return h(
    'section',
    { class: 'card group-members', 'aria-labelledby': 'group-members-heading' },
    h(
      'h2',
      { id: 'group-members-heading' },
      t('councils.groupMembers', { count: formatNumber(group.members.length) }),
    ),
    h(
      'ul',
      { class: 'member-list' },
      group.members.map((member) =>
        h(
          'li',
          { 'data-member': member.id },
          member.name,
          member.id === group.chair?.id
            ? h('span', { class: 'badge' }, ` ${t('councils.chair')}`)
            : group.managers.some((manager) => manager.id === member.id)
              ? h('span', { class: 'badge' }, ` ${t('councils.manager')}`)
              : null,
        ),
      ),
    ),
    keeper && group.state === 'active' && candidates.length > 0
      ? disclosure(
          t('councils.addMembersOpen'),
          councilForm(
            'group-members-form',
            t('councils.addMembers'),
            [peopleField('memberIds', t('councils.newMembers'), candidates)],
            t('councils.save'),
            (form) => addGroupMembers(institutionId, group.id, { memberIds: checkedIds(form, 'memberIds') }),
            t('councils.membersAdded'),
          ),
          'add-members',
        )
      : null,
  );
}

// ——— Elections ———

function electionsSection(screen: Screen): HTMLElement {
  const { group, keeper, institutionId } = screen;
  return h(
    'section',
    { class: 'card group-elections', 'aria-labelledby': 'group-elections-heading' },
    h('h2', { id: 'group-elections-heading' }, t('councils.elections')),
    group.elections.length === 0
      ? h('p', { class: 'muted' }, t('councils.noElections'))
      : tableRegion(
          t('councils.elections'),
          h(
            'table',
            { class: 'election-table' },
            tableHead(
              t('councils.electionDate'),
              t('councils.chair'),
              t('councils.managers'),
              t('councils.present'),
              t('councils.termEnd'),
            ),
            h(
              'tbody',
              {},
              group.elections.map((election) =>
                h(
                  'tr',
                  { 'data-election': election.id },
                  h('th', { scope: 'row' }, formatDate(election.date)),
                  h('td', {}, election.chair.name),
                  h('td', {}, people(election.managers)),
                  h('td', {}, formatNumber(election.present.length)),
                  h(
                    'td',
                    {},
                    election.termEnd === null ? t('councils.termRuns') : formatDate(election.termEnd),
                  ),
                ),
              ),
            ),
          ),
        ),
    keeper && group.state === 'active' ? electionForm(institutionId, group) : null,
  );
}

/** Present members (each with their votes), the chair and four managers (WG_QUORUM, WG_BOARD_SIZE). */
function electionForm(institutionId: string, group: GroupResponse): HTMLElement {
  const votesField = (person: PersonRef): HTMLElement =>
    h('input', {
      type: 'number',
      min: 0,
      class: 'votes',
      'data-votes': person.id,
      'aria-label': t('councils.votesOf', { name: person.name }),
      placeholder: t('councils.votes'),
    });
  const form = councilForm(
    'election-form',
    t('councils.electionForm'),
    [
      dateField('date', t('councils.electionDate'), todayIso()),
      peopleField('presentIds', t('councils.presentMembers'), group.members, new Set(), votesField),
      selectField('chairId', t('councils.chair'), [
        { value: '', text: t('councils.choose') },
        ...group.members.map((member) => ({ value: member.id, text: member.name })),
      ]),
      peopleField('managerIds', t('councils.managersPick'), group.members),
    ],
    t('councils.electionSubmit'),
    (target) => {
      const presentIds = checkedIds(target, 'presentIds');
      const votes = presentIds.flatMap((memberId) => {
        const input = target.querySelector<HTMLInputElement>(`input[data-votes="${CSS.escape(memberId)}"]`);
        const value = input?.value.trim() ?? '';
        return value === '' ? [] : [{ memberId, votes: Number(value) }];
      });
      return recordElection(institutionId, group.id, {
        date: read(target, 'date'),
        presentIds,
        votes,
        chairId: read(target, 'chairId'),
        managerIds: checkedIds(target, 'managerIds'),
      });
    },
    t('councils.elected'),
  );
  return disclosure(t('councils.electionOpen'), form, 'election');
}

// ——— Meetings, the calendar and attendance ———

function meetingsSection(screen: Screen, chartPlace: HTMLElement): HTMLElement {
  const { group, writer, institutionId } = screen;
  const minutes = (meetingId: string, date: string): HTMLElement =>
    h(
      'button',
      {
        type: 'button',
        class: 'link-button',
        onclick: () => {
          void downloadMinutes(institutionId, group.id, meetingId).then((file) =>
            saveFile(file, `tutanak-${date}.docx`),
          );
        },
      },
      t('councils.minutes'),
    );
  const meetings = [...group.meetings].sort((a, b) => b.date.localeCompare(a.date));
  return h(
    'section',
    { class: 'card group-meetings', 'aria-labelledby': 'group-meetings-heading' },
    h('h2', { id: 'group-meetings-heading' }, t('councils.meetingsHeading')),
    h('h3', {}, t('councils.calendar', { group: group.name })),
    monthGrid(group),
    h('h3', {}, t('councils.attendance')),
    group.meetings.length === 0 ? h('p', { class: 'muted' }, t('councils.noMeetings')) : chartPlace,
    meetings.length === 0
      ? null
      : tableRegion(
          t('councils.meetingsHeading'),
          h(
            'table',
            { class: 'meeting-table' },
            tableHead(
              t('councils.meetingDate'),
              t('councils.place'),
              t('councils.agenda'),
              t('councils.attendanceCount'),
              t('councils.decisions'),
              t('councils.minutes'),
            ),
            h(
              'tbody',
              {},
              meetings.map((meeting) =>
                h(
                  'tr',
                  { 'data-meeting': meeting.id },
                  h('th', { scope: 'row' }, formatDate(meeting.date)),
                  h('td', {}, meeting.place),
                  h('td', {}, meeting.agenda),
                  h('td', {}, formatNumber(meeting.attendance.length)),
                  h(
                    'td',
                    {},
                    meeting.decisions.length === 0
                      ? none()
                      : h(
                          'ol',
                          {},
                          meeting.decisions.map((decision) => h('li', {}, decision)),
                        ),
                  ),
                  h('td', {}, minutes(meeting.id, meeting.date)),
                ),
              ),
            ),
          ),
        ),
    writer && group.state === 'active'
      ? disclosure(
          t('councils.meetingOpen'),
          councilForm(
            'meeting-form',
            t('councils.meetingForm'),
            [
              dateField('date', t('councils.meetingDate'), todayIso()),
              textField('place', t('councils.place')),
              areaField('agenda', t('councils.agenda')),
              peopleField('attendanceIds', t('councils.attendanceField'), group.members),
              areaField('decisions', t('councils.decisions'), '', t('councils.decisionsHint')),
            ],
            t('councils.meetingSubmit'),
            (form) =>
              recordMeeting(institutionId, group.id, {
                date: read(form, 'date'),
                place: read(form, 'place'),
                agenda: read(form, 'agenda'),
                attendanceIds: checkedIds(form, 'attendanceIds'),
                decisions: read(form, 'decisions')
                  .split('\n')
                  .map((line) => line.trim())
                  .filter((line) => line !== ''),
              }),
            t('councils.meetingSaved'),
          ),
          'meeting',
        )
      : null,
  );
}

// ——— Recommendations and their journey ———

function recommendationsSection(screen: Screen): HTMLElement {
  const { group, writer, keeper, institutionId } = screen;
  return h(
    'section',
    { class: 'card group-recommendations', 'aria-labelledby': 'group-recommendations-heading' },
    h('h2', { id: 'group-recommendations-heading' }, t('councils.recommendations', { group: group.name })),
    group.recommendations.length === 0
      ? h('p', { class: 'muted' }, t('councils.noRecommendations'))
      : group.recommendations.map((recommendation) =>
          journey(recommendation, {
            extra: [
              h(
                'p',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link-button',
                    onclick: () => {
                      void downloadJourney(institutionId, group.id, recommendation.id).then((file) =>
                        saveFile(file, 'oneri-yolculugu.xlsx'),
                      );
                    },
                  },
                  t('councils.journeyDownload'),
                ),
              ),
              keeper && !recommendation.closed ? stepForm(screen, recommendation) : null,
            ],
          }),
        ),
    writer && group.state === 'active' && group.meetings.length > 0 ? recommendationForm(screen) : null,
  );
}

function recommendationForm(screen: Screen): HTMLElement {
  const { group, institutionId, plans } = screen;
  const meetings = [...group.meetings].sort((a, b) => b.date.localeCompare(a.date));
  return disclosure(
    t('councils.recommendOpen'),
    councilForm(
      'recommendation-form',
      t('councils.recommendForm'),
      [
        selectField(
          'meetingId',
          t('councils.atMeeting'),
          meetings.map((meeting) => ({
            value: meeting.id,
            text: `${formatDate(meeting.date)} · ${meeting.place}`,
          })),
        ),
        textField('title', t('councils.recommendationTitle')),
        areaField('text', t('councils.recommendationText')),
        selectField('planId', t('councils.linkPlan'), [
          { value: '', text: t('councils.noLink') },
          ...plans.map((plan) => ({ value: plan.id, text: plan.label })),
        ]),
        textField('planCode', t('councils.linkCode'), '', { placeholder: 'H1.1' }),
      ],
      t('councils.recommendSubmit'),
      (form) =>
        writeRecommendation(institutionId, group.id, {
          meetingId: read(form, 'meetingId'),
          title: read(form, 'title'),
          text: read(form, 'text'),
          planId: readOptional(form, 'planId'),
          planCode: readOptional(form, 'planCode'),
        }),
      t('councils.recommended'),
    ),
    'recommend',
  );
}

/** The next step of a recommendation's journey; the stage offered first is the one the server expects. */
function stepForm(screen: Screen, recommendation: RecommendationResponse): HTMLElement {
  const stage = recommendation.nextStage ?? 'executive-board';
  return councilForm(
    'step-form',
    t('councils.stepForm', { stage: t(`councils.stage.${stage}` as MessageKey) }),
    [
      selectField(
        'stage',
        t('councils.stage'),
        STEP_STAGES.map((value) => ({ value, text: t(`councils.stage.${value}` as MessageKey) })),
        stage,
      ),
      dateField('date', t('councils.stepDate'), todayIso()),
      selectField(
        'decision',
        t('councils.decision'),
        STEP_DECISIONS.map((value) => ({ value, text: t(`councils.decision.${value}` as MessageKey) })),
      ),
      textField('note', t('councils.note')),
    ],
    t('councils.stepSubmit'),
    (form) =>
      addStep(screen.institutionId, screen.group.id, recommendation.id, {
        stage: STEP_STAGES.find((value) => value === read(form, 'stage')) ?? stage,
        date: read(form, 'date'),
        decision: STEP_DECISIONS.find((value) => value === read(form, 'decision')) ?? 'accepted',
        note: readOptional(form, 'note'),
      }),
    t('councils.stepSaved'),
  );
}
