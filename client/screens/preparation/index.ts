import type { MemberResponse } from '../../../src/contracts/auth.js';
import {
  STEP_STATUSES,
  TEAM_ROLES,
  type CreatePreparationStepRequest,
  type PreparationResponse,
  type PreparationStepResponse,
  type StepStatus,
  type TeamMemberResponse,
  type TeamRole,
} from '../../../src/contracts/preparation.js';
import type { PlanResponse, UnitResponse } from '../../../src/contracts/resources.js';
import { listUnits } from '../../api/institutions.js';
import { getPlan } from '../../api/plans.js';
import {
  addDefaultSteps,
  addMember,
  addStep,
  deleteMember,
  deleteStep,
  getPreparation,
  updateMember,
  updateStep,
} from '../../api/preparation.js';
import { listMembers } from '../../api/users.js';
import { mountChart } from '../../charts/mount.js';
import { STEP_COLOURS, stepState, toTimelineChartConfig } from '../../charts/preparation-timeline-chart.js';
import { confirmButton } from '../../components/confirm-button.js';
import { deadlineNote } from '../../components/deadline-note.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { read, selectField, textField } from '../../forms/fields.js';
import { whileSaving } from '../../forms/while-saving.js';
import { announce } from '../../lib/announce.js';
import { h, labelledSection, replaceChildren } from '../../lib/dom.js';
import { clearErrors, requireFields, showError } from '../../lib/errors.js';
import { formatDate, formatNumber, todayIso } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import { unitNamer } from '../../lib/labels.js';
import { refresh, type RouteContext } from '../../lib/router.js';
import { hasRole } from '../../lib/session.js';
import type { MessageKey } from '../../messages/index.js';
import './preparation.css';
import { pageHeader, planEyebrow } from '../../components/page-header.js';

/**
 * #/plans/:planId/preparation — the preparation programme (hazırlık programı, planning-cycle.md
 * 1): the legal timeline, the strategic planning team (people of the institution or named
 * outsiders, one coordinator) and the steps with owners, dates and a status each, drawn as a
 * timeline; a step past its due date and not done is late ("N gün gecikti"). Planners and
 * administrators edit; every other role reads. A refusal stays in its form, beside the field.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const [plan, preparation] = await Promise.all([
    getPlan(planId, context.signal),
    getPreparation(planId, context.signal),
  ]);
  if (context.signal.aborted) return;
  const editable = hasRole(plan.institution.id, 'planner', 'admin') && plan.status !== 'kapandi';
  const [people, units] = await Promise.all([
    editable ? listMembers(plan.institution.id, context.signal).catch(() => []) : [],
    listUnits(plan.institution.id, context.signal).catch((): UnitResponse[] => []),
  ]);
  if (context.signal.aborted) return;
  context.setTitle(`${t('preparation.title')} — ${plan.title}`);
  const screen: Screen = { plan, preparation, editable, people, units, unitName: unitNamer(units) };
  const chartPlace = h('div', { class: 'prep-chart' });
  replaceChildren(
    context.outlet,
    pageHeader(planEyebrow(plan), t('preparation.title'), h('p', { class: 'muted' }, t('preparation.intro'))),
    timelineSection(preparation),
    teamSection(screen),
    stepsSection(screen, chartPlace),
  );
  if (preparation.steps.length > 0) drawChart(chartPlace, preparation.steps, screen, context.signal);
}

interface Screen {
  plan: PlanResponse;
  preparation: PreparationResponse;
  editable: boolean;
  /** The institution's people with a role (for the team), when the caller may read them. */
  people: MemberResponse[];
  units: UnitResponse[];
  unitName: (code: string) => string;
}

/** The legal timeline: election, the council deadline and what remains, the first year, publication. */
function timelineSection(preparation: PreparationResponse): HTMLElement {
  const { timeline } = preparation;
  const row = (term: string, value: string) => [h('dt', {}, term), h('dd', {}, value)];
  return labelledSection(
    'card prep-timeline',
    'prep-timeline-heading',
    t('preparation.timelineHeading'),
    deadlineNote(timeline),
    timeline.applies ? null : h('p', { class: 'muted' }, t('preparation.deadlineNotApplicable')),
    h(
      'dl',
      { class: 'identity-list' },
      row(t('preparation.electionDate'), formatDate(timeline.electionDate)),
      timeline.deadline ? row(t('preparation.deadline'), formatDate(timeline.deadline)) : null,
      row(t('preparation.firstPlanYear'), String(timeline.firstPlanYear)),
      row(
        t('preparation.publicationWeek'),
        `${formatDate(timeline.publicationWeek.from)} – ${formatDate(timeline.publicationWeek.to)}`,
      ),
    ),
  );
}

function roleText(role: TeamRole): string {
  return t(`preparation.role.${role}` as MessageKey);
}

function statusText(status: StepStatus): string {
  return t(`preparation.status.${status}` as MessageKey);
}

// ——— The team ———

function teamSection(screen: Screen): HTMLElement {
  const { team } = screen.preparation;
  const errors = h('div', { class: 'prep-team-errors' });
  return labelledSection(
    'card prep-team',
    'prep-team-heading',
    t('preparation.teamHeading'),
    errors,
    team.length === 0
      ? h('p', { class: 'muted' }, t('preparation.noTeam'))
      : tableRegion(
          t('preparation.teamHeading'),
          h(
            'table',
            { class: 'prep-team-table' },
            h('caption', { class: 'visually-hidden' }, t('preparation.teamHeading')),
            tableHead(
              t('preparation.memberName'),
              t('preparation.memberTitle'),
              t('preparation.memberRole'),
              t('preparation.memberUnit'),
              screen.editable ? t('preparation.actions') : null,
            ),
            h(
              'tbody',
              {},
              team.map((member) => memberRow(screen, member, errors)),
            ),
          ),
        ),
    screen.editable ? memberForm(screen, null) : null,
  );
}

function memberRow(screen: Screen, member: TeamMemberResponse, errors: HTMLElement): HTMLElement {
  const row = h(
    'tr',
    { 'data-member-id': member.id, 'data-role': member.role },
    h('th', { scope: 'row' }, member.name),
    h('td', {}, member.title ?? (member.userId ? t('preparation.account') : '')),
    h(
      'td',
      {},
      member.role === 'coordinator'
        ? h('span', { class: 'badge badge-coordinator' }, roleText(member.role))
        : roleText(member.role),
    ),
    h('td', {}, member.unitCode ? screen.unitName(member.unitCode) : ''),
    screen.editable
      ? h(
          'td',
          { class: 'row-actions' },
          editAndRemove(errors, {
            editLabel: t('preparation.editMemberOf', { name: member.name }),
            edit: () => {
              const form = memberForm(screen, member);
              row.replaceWith(h('tr', {}, h('td', { colspan: 5 }, form)));
              form.querySelector<HTMLElement>('select, input')?.focus();
            },
            removeText: t('preparation.remove'),
            removeLabel: t('preparation.removeMemberOf', { name: member.name }),
            question: t('preparation.removeMemberConfirm'),
            remove: () => deleteMember(screen.plan.id, member.id),
            removed: t('preparation.memberRemoved'),
          }),
        )
      : null,
  );
  return row;
}

/** A member's or a step's edit and remove buttons. */
interface RowActions {
  editLabel: string;
  /** Draws the form in place of the row and focuses it. */
  edit: () => void;
  removeText: string;
  removeLabel: string;
  question: string;
  remove: () => Promise<unknown>;
  /** Announced once removed. */
  removed: string;
}

/** Edit (the form in place) and remove (confirmed first; the screen drawn again after). */
function editAndRemove(errors: HTMLElement, actions: RowActions): HTMLElement[] {
  return [
    h(
      'button',
      { type: 'button', class: 'link-button', 'aria-label': actions.editLabel, onclick: actions.edit },
      t('preparation.edit'),
    ),
    confirmButton({
      label: actions.removeText,
      ariaLabel: actions.removeLabel,
      question: actions.question,
      yes: t('preparation.yes'),
      no: t('preparation.no'),
      errors,
      act: async () => {
        await actions.remove();
        announce(actions.removed);
        await refresh();
      },
    }),
  ];
}

/**
 * The frame of a member's or a step's form: `<kind>-form` with a heading and an add button for a
 * new one (`adding`), `<kind>-edit` with save and cancel (the screen drawn again) for one that is.
 */
function addOrEditForm(
  kind: string,
  adding: { add: string; heading: string } | null,
  ...fields: Array<HTMLElement | null>
): { form: HTMLFormElement; submit: HTMLButtonElement } {
  const submit = h('button', { type: 'submit', class: 'primary' }, adding?.add ?? t('preparation.save'));
  const form = h(
    'form',
    { class: adding ? `${kind}-form` : `${kind}-edit`, novalidate: true },
    adding ? h('h3', {}, adding.heading) : null,
    ...fields,
    h(
      'div',
      { class: 'actions' },
      submit,
      adding ? null : h('button', { type: 'button', onclick: () => void refresh() }, t('preparation.cancel')),
    ),
  );
  return { form, submit };
}

function unitOptions(screen: Screen): Array<{ value: string; text: string }> {
  return [
    { value: '', text: t('preparation.noUnit') },
    ...screen.units.map((unit) => ({ value: unit.code, text: unit.name })),
  ];
}

/** Adds a member (`member` null) or changes one: role and unit; an outsider's name and title. */
function memberForm(screen: Screen, member: TeamMemberResponse | null): HTMLFormElement {
  const outsiderFields = h(
    'div',
    { class: 'prep-outsider' },
    textField('name', t('preparation.outsiderName'), member?.name ?? '', { maxlength: 200 }),
    textField('title', t('preparation.outsiderTitle'), member?.title ?? '', { maxlength: 200 }),
  );
  const taken = new Set(screen.preparation.team.map((item) => item.userId));
  const personField =
    member === null
      ? selectField(
          'userId',
          t('preparation.person'),
          [
            ...screen.people
              .filter((person) => !taken.has(person.userId))
              .map((person) => ({ value: person.userId, text: person.name })),
            { value: '', text: t('preparation.outsider') },
          ],
          '',
        )
      : null;
  const showOutsider = (): void => {
    const chosen = personField?.querySelector('select')?.value ?? '';
    outsiderFields.hidden = member === null ? chosen !== '' : member.userId !== null;
  };
  personField?.querySelector('select')?.addEventListener('change', showOutsider);
  const { form, submit } = addOrEditForm(
    'prep-member',
    member === null ? { add: t('preparation.addMember'), heading: t('preparation.addMemberHeading') } : null,
    personField,
    outsiderFields,
    selectField(
      'role',
      t('preparation.memberRole'),
      TEAM_ROLES.map((role) => ({ value: role, text: roleText(role) })),
      member?.role ?? 'member',
    ),
    selectField('unitCode', t('preparation.memberUnit'), unitOptions(screen), member?.unitCode ?? ''),
  );
  showOutsider();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const userId = read(form, 'userId');
    const outsider = member === null ? userId === '' : member.userId === null;
    const name = read(form, 'name');
    const title = read(form, 'title');
    if (
      outsider &&
      !requireFields(form, t('preparation.missing'), [
        { path: 'name', value: name, message: t('preparation.nameRequired') },
      ])
    )
      return;
    const role = read(form, 'role') as TeamRole;
    const unitCode = read(form, 'unitCode') || null;
    const saving =
      member === null
        ? addMember(
            screen.plan.id,
            outsider ? { name, ...(title ? { title } : {}), role, unitCode } : { userId, role, unitCode },
          )
        : updateMember(screen.plan.id, member.id, {
            version: member.version,
            role,
            unitCode,
            ...(outsider ? { name, title: title || null } : {}),
          });
    whileSaving(form, submit, saving, t(member === null ? 'preparation.memberAdded' : 'preparation.saved'));
  });
  return form;
}

// ——— The steps ———

function stepsSection(screen: Screen, chartPlace: HTMLElement): HTMLElement {
  const { steps } = screen.preparation;
  const errors = h('div', { class: 'prep-steps-errors' });
  const lateCount = steps.filter((step) => stepState(step) === 'late').length;
  return labelledSection(
    'card prep-steps',
    'prep-steps-heading',
    t('preparation.stepsHeading'),
    errors,
    steps.length === 0
      ? h('p', { class: 'muted' }, t('preparation.noSteps'))
      : [
          lateCount > 0
            ? h('p', { class: 'prep-late-summary' }, t('preparation.lateSummary', { count: lateCount }))
            : null,
          legend(),
          chartPlace,
          h(
            'ol',
            { class: 'prep-step-list' },
            steps.map((step, index) => stepItem(screen, step, index, errors)),
          ),
        ],
    screen.editable && steps.length === 0 ? defaultsButton(screen, errors) : null,
    screen.editable ? stepForm(screen, null) : null,
  );
}

function legend(): HTMLElement {
  const states = [...STEP_STATUSES, 'late'] as const;
  return h(
    'ul',
    { class: 'chart-legend prep-legend', 'aria-hidden': 'true' },
    states.map((state) => {
      const swatch = h('span', { class: 'swatch' });
      swatch.style.background = STEP_COLOURS[state];
      return h('li', {}, swatch, state === 'late' ? t('preparation.lateLegend') : statusText(state));
    }),
  );
}

function ownerName(screen: Screen, step: PreparationStepResponse): string {
  return (
    screen.preparation.team.find((member) => member.id === step.ownerId)?.name ?? t('preparation.noOwner')
  );
}

function lateText(step: PreparationStepResponse): string {
  return t('preparation.lateDays', { days: formatNumber(step.lateDays) });
}

function stepLabel(step: PreparationStepResponse): string {
  return `${step.position}. ${step.title}${stepState(step) === 'late' ? ` (${lateText(step)})` : ''}`;
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

function drawChart(
  place: HTMLElement,
  steps: PreparationStepResponse[],
  screen: Screen,
  signal: AbortSignal,
): void {
  const month = new Intl.DateTimeFormat(getLang() === 'tr' ? 'tr-TR' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const config = toTimelineChartConfig(steps, {
    formatMonth: (iso) => month.format(new Date(`${iso}T00:00:00Z`)),
    // A row's label is short enough for a phone; the whole title is in the tooltip and the list.
    label: (step) => shorten(`${step.position}. ${step.title}`, 20),
    title: stepLabel,
    detail: (step) =>
      `${formatDate(step.startDate)} – ${formatDate(step.dueDate)} · ${
        stepState(step) === 'late' ? lateText(step) : statusText(step.status)
      }`,
    today: todayIso(),
  });
  mountChart(
    place,
    config,
    {
      label: t('preparation.chartLabel', { count: steps.length }),
      table: {
        caption: t('preparation.chartHeading'),
        headers: [
          t('preparation.step'),
          t('preparation.owner'),
          t('preparation.startDate'),
          t('preparation.dueDate'),
          t('preparation.stepStatus'),
        ],
        rows: steps.map((step) => [
          `${step.position}. ${step.title}`,
          ownerName(screen, step),
          formatDate(step.startDate),
          formatDate(step.dueDate),
          stepState(step) === 'late'
            ? `${statusText(step.status)}, ${lateText(step)}`
            : statusText(step.status),
        ]),
      },
    },
    // A bar per step, readable on a phone.
    { height: Math.max(160, 48 + steps.length * 34), signal },
  );
}

function stepItem(
  screen: Screen,
  step: PreparationStepResponse,
  index: number,
  errors: HTMLElement,
): HTMLElement {
  const { steps } = screen.preparation;
  const late = stepState(step) === 'late';
  const move = (position: number, label: string, disabled: boolean) =>
    h(
      'button',
      {
        type: 'button',
        class: 'link-button',
        disabled,
        'aria-label': `${label}: ${step.title}`,
        onclick: () => {
          clearErrors(errors);
          updateStep(screen.plan.id, step.id, { version: step.version, position })
            .then(async () => {
              announce(t('preparation.moved'));
              await refresh();
            })
            .catch((error: unknown) => showError(errors, error));
        },
      },
      label,
    );
  const item = h(
    'li',
    {
      class: `prep-step${late ? ' prep-step-late' : ''}`,
      'data-step-id': step.id,
      'data-state': stepState(step),
    },
    h('h3', { class: 'prep-step-title' }, step.title),
    h(
      'p',
      { class: 'prep-step-meta' },
      h('span', { class: `badge prep-status prep-status-${step.status}` }, statusText(step.status)),
      late ? [' ', h('span', { class: 'badge prep-late' }, lateText(step))] : null,
      ' ',
      `${formatDate(step.startDate)} – ${formatDate(step.dueDate)}`,
      step.doneDate ? ` · ${t('preparation.doneOn', { date: formatDate(step.doneDate) })}` : null,
    ),
    h('p', { class: 'muted prep-step-owner' }, t('preparation.ownedBy', { name: ownerName(screen, step) })),
    screen.editable
      ? h(
          'div',
          { class: 'actions prep-step-actions' },
          move(step.position - 1, t('preparation.moveUp'), index === 0),
          move(step.position + 1, t('preparation.moveDown'), index === steps.length - 1),
          editAndRemove(errors, {
            editLabel: `${t('preparation.edit')}: ${step.title}`,
            edit: () => {
              const form = stepForm(screen, step);
              item.replaceChildren(form);
              form.querySelector<HTMLElement>('input')?.focus();
            },
            removeText: t('preparation.delete'),
            removeLabel: `${t('preparation.delete')}: ${step.title}`,
            question: t('preparation.deleteStepConfirm'),
            remove: () => deleteStep(screen.plan.id, step.id),
            removed: t('preparation.stepDeleted'),
          }),
        )
      : null,
  );
  return item;
}

function defaultsButton(screen: Screen, errors: HTMLElement): HTMLElement {
  const button = h('button', { type: 'button', class: 'prep-defaults' }, t('preparation.addDefaults'));
  button.addEventListener('click', () => {
    button.disabled = true;
    clearErrors(errors);
    addDefaultSteps(screen.plan.id)
      .then(async (steps) => {
        announce(t('preparation.defaultsAdded', { count: steps.length }));
        await refresh();
      })
      .catch((error: unknown) => {
        button.disabled = false;
        showError(errors, error);
      });
  });
  return h('p', {}, button, ' ', h('span', { class: 'muted' }, t('preparation.defaultsHint')));
}

/** Adds a step (`step` null, at the end) or changes one. */
function stepForm(screen: Screen, step: PreparationStepResponse | null): HTMLFormElement {
  const today = todayIso();
  const status = selectField(
    'status',
    t('preparation.stepStatus'),
    STEP_STATUSES.map((value) => ({ value, text: statusText(value) })),
    step?.status ?? 'planned',
  );
  const doneField = textField('doneDate', t('preparation.doneDate'), step?.doneDate ?? '', { type: 'date' });
  const statusSelect = status.querySelector('select');
  const showDone = (): void => {
    doneField.hidden = statusSelect?.value !== 'done';
  };
  statusSelect?.addEventListener('change', showDone);
  const { form, submit } = addOrEditForm(
    'prep-step',
    step === null ? { add: t('preparation.addStep'), heading: t('preparation.addStepHeading') } : null,
    textField('title', t('preparation.step'), step?.title ?? '', { maxlength: 500 }),
    selectField(
      'ownerId',
      t('preparation.owner'),
      [
        { value: '', text: t('preparation.noOwner') },
        ...screen.preparation.team.map((member) => ({ value: member.id, text: member.name })),
      ],
      step?.ownerId ?? '',
    ),
    h(
      'div',
      { class: 'prep-dates' },
      textField('startDate', t('preparation.startDate'), step?.startDate ?? today, { type: 'date' }),
      textField('dueDate', t('preparation.dueDate'), step?.dueDate ?? '', { type: 'date' }),
    ),
    status,
    doneField,
  );
  showDone();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const title = read(form, 'title');
    const startDate = read(form, 'startDate');
    const dueDate = read(form, 'dueDate');
    if (
      !requireFields(form, t('preparation.missing'), [
        { path: 'title', value: title, message: t('preparation.titleRequired') },
        { path: 'startDate', value: startDate, message: t('preparation.dateRequired') },
        { path: 'dueDate', value: dueDate, message: t('preparation.dateRequired') },
      ])
    )
      return;
    const chosen = read(form, 'status') as StepStatus;
    // Done carries the day it was done: today unless given.
    const doneDate = chosen === 'done' ? read(form, 'doneDate') || today : null;
    const body: CreatePreparationStepRequest = {
      title,
      ownerId: read(form, 'ownerId') || null,
      startDate,
      dueDate,
      status: chosen,
      doneDate,
    };
    const saving =
      step === null
        ? addStep(screen.plan.id, body)
        : updateStep(screen.plan.id, step.id, { ...body, version: step.version });
    whileSaving(form, submit, saving, t(step === null ? 'preparation.stepAdded' : 'preparation.saved'));
  });
  return form;
}
