import type {
  CalendarEvent,
  CalendarResponse,
  CalendarUnit,
  OwnEventRequest,
} from '../../../src/contracts/calendar.js';
import { CALENDAR_ACTORS, type CalendarActor } from '../../../src/contracts/calendar.js';
import { CALENDAR_ACTOR_LABELS } from '../../../src/contracts/labels.js';
import type { ErrorDetail } from '../../../src/contracts/errors.js';
import type { PlanSummaryResponse } from '../../../src/contracts/resources.js';
import { addOwnEvent, changeOwnEvent, deleteOwnEvent, getCalendar } from '../../api/calendar.js';
import { confirmButton } from '../../components/confirm-button.js';
import { inputField } from '../../components/input-field.js';
import { announce } from '../../lib/announce.js';
import { h, replaceChildren, srOnly, uid } from '../../lib/dom.js';
import { clearErrors, showError, showValidationErrors } from '../../lib/errors.js';
import { formatDate, todayIso } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import type { MessageKey } from '../../messages/index.js';
import type { RouteContext } from '../../lib/router.js';
import { getInstitutionId, hasRole, loadDirectory, setInstitutionId } from '../../lib/session.js';
import { feedSection } from './feed-section.js';
import { addMonths, monthRange, monthWeeks, onDay, shownState, type ShownState } from './month-grid.js';

const STATE_KEYS: Record<ShownState, MessageKey> = {
  done: 'calendar.stateDone',
  due: 'calendar.stateDue',
  late: 'calendar.stateLate',
  upcoming: 'calendar.stateUpcoming',
  past: 'calendar.statePast',
};

interface CalendarState {
  institutionId: string;
  view: 'month' | 'list';
  /** YYYY-MM: the month shown, or the year of the list. */
  month: string;
  planId: string;
  actor: CalendarActor | '';
  /** The unit filter (a unit id; the server answers only that unit's events), '' for all. */
  unitId: string;
}

/**
 * #/calendar — the institution's calendar (issue 16): a month grid or a list of the year, events
 * coloured by state (with the state in words beside the colour), filtered by plan and by who must
 * act; a planner adds, changes and deletes the institution's own events; the feed link below.
 */
export async function render(context: RouteContext): Promise<void> {
  context.setTitle(t('calendar.title'));
  const { institutions, plans } = await loadDirectory();
  if (context.signal.aborted) return;
  const chosen = getInstitutionId();
  const institution = institutions.find((item) => item.id === chosen) ?? institutions[0];
  if (!institution) {
    replaceChildren(
      context.outlet,
      h('h1', { tabindex: -1 }, t('calendar.title')),
      h('p', {}, t('calendar.empty')),
    );
    return;
  }
  const state: CalendarState = {
    institutionId: institution.id,
    view: context.query.get('view') === 'list' ? 'list' : 'month',
    month: /^\d{4}-\d{2}$/.test(context.query.get('month') ?? '')
      ? (context.query.get('month') as string)
      : todayIso().slice(0, 7),
    planId: '',
    actor: '',
    unitId: '',
  };
  /** The institution's units, as the last answer named them (the unit filter and the form). */
  let units: CalendarUnit[] = [];
  const results = h('div', { class: 'calendar-results', 'aria-live': 'polite' });
  const errors = h('div', { class: 'status-region' });
  const formSlot = h('div', {});
  const planOptions = (): PlanSummaryResponse[] =>
    plans.filter((plan) => plan.institution.id === state.institutionId);

  const load = async (): Promise<void> => {
    clearErrors(errors);
    const range =
      state.view === 'month'
        ? monthRange(state.month)
        : { from: `${state.month.slice(0, 4)}-01-01`, to: `${state.month.slice(0, 4)}-12-31` };
    try {
      const answer = await getCalendar(state.institutionId, range, context.signal, state.unitId);
      if (context.signal.aborted) return;
      units = answer.units;
      fillUnitOptions();
      replaceChildren(
        results,
        state.view === 'month' ? monthView(answer, state, actions) : listView(answer, state, actions),
      );
    } catch (error) {
      if (!context.signal.aborted) showError(errors, error);
    }
  };

  const mayEdit = (): boolean => hasRole(state.institutionId, 'planner', 'admin');
  const actions: EventActions = {
    mayEdit,
    unitName: (id) => units.find((unit) => unit.id === id)?.name ?? null,
    edit: (event) => openForm(event),
    remove: async (event) => {
      await deleteOwnEvent(state.institutionId, event.id);
      announce(t('calendar.deleted', { title: event.title }));
      await load();
    },
    errors,
  };
  const openForm = (event: CalendarEvent | null): void => {
    replaceChildren(
      formSlot,
      eventForm(
        event,
        planOptions(),
        units,
        async (body, version) => {
          const saved = event
            ? await changeOwnEvent(state.institutionId, event.id, { ...body, version })
            : await addOwnEvent(state.institutionId, body);
          announce(t(event ? 'calendar.changed' : 'calendar.added', { title: saved.title }));
          state.month = state.view === 'month' ? saved.date.slice(0, 7) : state.month;
          replaceChildren(formSlot, mayEdit() ? addButton() : null);
          updateMonthLabel();
          await load();
        },
        () => replaceChildren(formSlot, mayEdit() ? addButton() : null),
      ),
    );
    formSlot.querySelector<HTMLInputElement>('input')?.focus();
  };
  const addButton = (): HTMLElement =>
    h(
      'button',
      { type: 'button', class: 'primary', onclick: () => openForm(null) },
      t('calendar.addHeading'),
    );

  const monthLabel = h('span', { class: 'calendar-month-label', 'aria-live': 'polite' });
  const updateMonthLabel = (): void => {
    monthLabel.textContent =
      state.view === 'month'
        ? new Intl.DateTimeFormat(getLang() === 'tr' ? 'tr-TR' : 'en-GB', {
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          }).format(new Date(`${state.month}-01T00:00:00Z`))
        : state.month.slice(0, 4);
    previous.textContent = t(state.view === 'month' ? 'calendar.previous' : 'calendar.previousYear');
    next.textContent = t(state.view === 'month' ? 'calendar.next' : 'calendar.nextYear');
  };
  const step = (direction: number): void => {
    state.month = addMonths(state.month, state.view === 'month' ? direction : direction * 12);
    updateMonthLabel();
    void load();
  };
  const previous = h('button', { type: 'button', onclick: () => step(-1) });
  const next = h('button', { type: 'button', onclick: () => step(1) });
  const viewButtons = (['month', 'list'] as const).map((view) =>
    h(
      'button',
      {
        type: 'button',
        'aria-pressed': String(state.view === view),
        'data-view': view,
        onclick: () => {
          state.view = view;
          for (const button of viewButtons)
            button.setAttribute('aria-pressed', String(button.dataset.view === view));
          updateMonthLabel();
          void load();
        },
      },
      t(view === 'month' ? 'calendar.month' : 'calendar.list'),
    ),
  );
  const select = (
    label: string,
    name: string,
    options: Array<[string, string]>,
    onChange: (value: string) => void,
  ): HTMLElement => {
    const id = uid(name);
    const control = h(
      'select',
      { id, name, onchange: (event: Event) => onChange((event.target as HTMLSelectElement).value) },
      options.map(([value, text]) => h('option', { value }, text)),
    );
    return h('div', { class: 'field' }, h('label', { for: id }, label), control);
  };
  const planFilter = select(
    t('calendar.plan'),
    'plan',
    [['', t('calendar.allPlans')], ...planOptions().map((plan): [string, string] => [plan.id, plan.title])],
    (value) => {
      state.planId = value;
      void load();
    },
  );
  const actorFilter = select(
    t('calendar.actor'),
    'actor',
    [
      ['', t('calendar.allActors')],
      ...CALENDAR_ACTORS.map((actor): [string, string] => [actor, CALENDAR_ACTOR_LABELS[getLang()][actor]]),
    ],
    (value) => {
      state.actor = value as CalendarActor | '';
      void load();
    },
  );
  const unitFilter = select(t('calendar.unit'), 'unit', [['', t('calendar.allUnits')]], (value) => {
    state.unitId = value;
    void load();
  });
  const unitSelect = unitFilter.querySelector('select') as HTMLSelectElement;
  /** The unit options, once the first answer has named the institution's units. */
  const fillUnitOptions = (): void => {
    if (unitSelect.options.length > 1 || units.length === 0) return;
    unitSelect.append(...units.map((unit) => h('option', { value: unit.id }, unit.name)));
    unitSelect.value = state.unitId;
  };
  const institutionPicker =
    institutions.length > 1
      ? select(
          t('calendar.institution'),
          'institution',
          institutions.map((item): [string, string] => [item.id, item.name]),
          (value) => {
            setInstitutionId(value);
            void render(context);
          },
        )
      : null;
  if (institutionPicker)
    (institutionPicker.querySelector('select') as HTMLSelectElement).value = state.institutionId;
  updateMonthLabel();
  replaceChildren(
    context.outlet,
    h('h1', { tabindex: -1 }, t('calendar.title')),
    h('p', { class: 'muted' }, institution.name),
    h(
      'div',
      { class: 'calendar-controls' },
      h('div', { role: 'group', 'aria-label': t('calendar.view'), class: 'view-switch' }, viewButtons),
      h('div', { class: 'calendar-step' }, previous, monthLabel, next),
      institutionPicker,
      planFilter,
      unitFilter,
      actorFilter,
    ),
    legend(),
    errors,
    results,
    h('div', { class: 'calendar-form' }, formSlot),
    feedSection(),
  );
  if (mayEdit()) replaceChildren(formSlot, addButton());
  await load();
}

interface EventActions {
  mayEdit: () => boolean;
  /** A unit's name by its id (null when the answer does not name it). */
  unitName: (id: string) => string | null;
  edit: (event: CalendarEvent) => void;
  remove: (event: CalendarEvent) => Promise<void>;
  errors: HTMLElement;
}

/** The events the filters let through. */
function filtered(answer: CalendarResponse, state: CalendarState): CalendarEvent[] {
  return answer.events.filter(
    (event) =>
      (state.planId === '' || event.planId === state.planId) &&
      (state.actor === '' || event.actor === state.actor),
  );
}

function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'calendar-legend', 'aria-label': t('calendar.legend') },
    (Object.keys(STATE_KEYS) as ShownState[]).map((state) =>
      h('li', {}, h('span', { class: `event-state event-${state}` }, t(STATE_KEYS[state]))),
    ),
  );
}

function eventItem(
  event: CalendarEvent,
  asOf: string,
  actions: EventActions,
  withDate: boolean,
): HTMLElement {
  const shown = shownState(event, asOf);
  const own = event.kind === 'own';
  // An own event names its unit (a unit's own task); a statutory one concerns several units.
  const unit = own && event.unitIds.length === 1 ? actions.unitName(event.unitIds[0]) : null;
  return h(
    'li',
    { class: `calendar-event event-${shown}`, 'data-event': event.id, 'data-state': shown },
    withDate
      ? h(
          'span',
          { class: 'event-date' },
          formatDate(event.date),
          event.endDate ? ` – ${formatDate(event.endDate)}` : '',
          ' ',
        )
      : null,
    h('span', { class: 'event-title' }, event.title),
    ' ',
    h('span', { class: `event-state event-${shown}` }, t(STATE_KEYS[shown])),
    h(
      'span',
      { class: 'event-meta muted' },
      ' ',
      t('calendar.whoValue', { actor: CALENDAR_ACTOR_LABELS[getLang()][event.actor] }),
      own ? ` · ${t('calendar.own')}` : '',
      unit ? ` · ${unit}` : '',
    ),
    event.description ? h('p', { class: 'event-description' }, event.description) : null,
    own && actions.mayEdit()
      ? h(
          'span',
          { class: 'event-actions' },
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              'aria-label': t('calendar.editNamed', { title: event.title }),
              onclick: () => actions.edit(event),
            },
            t('calendar.edit'),
          ),
          ' ',
          confirmButton({
            label: t('calendar.delete'),
            ariaLabel: t('calendar.deleteNamed', { title: event.title }),
            question: t('calendar.deleteQuestion'),
            yes: t('calendar.yes'),
            no: t('calendar.no'),
            errors: actions.errors,
            act: () => actions.remove(event),
          }),
        )
      : null,
  );
}

function monthView(answer: CalendarResponse, state: CalendarState, actions: EventActions): HTMLElement {
  const events = filtered(answer, state);
  const weekdays = t('calendar.weekdays').split(',');
  return h(
    'table',
    { class: 'month-grid' },
    h('caption', { class: 'visually-hidden' }, t('calendar.title')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        weekdays.map((day) => h('th', { scope: 'col' }, day)),
      ),
    ),
    h(
      'tbody',
      {},
      monthWeeks(state.month).map((week) =>
        h(
          'tr',
          {},
          week.map((day) => {
            if (day === null) return h('td', { class: 'outside-day' });
            const todays = events.filter((event) => onDay(event, day));
            return h(
              'td',
              {
                class: `${todays.length === 0 ? 'empty-day' : 'busy-day'}${day === answer.asOf ? ' today' : ''}`,
                'data-day': day,
              },
              h(
                'span',
                { class: 'day-number' },
                h('span', { 'aria-hidden': 'true' }, String(Number(day.slice(8)))),
                srOnly(formatDate(day)),
              ),
              todays.length > 0
                ? h(
                    'ul',
                    { class: 'day-events' },
                    todays.map((event) => eventItem(event, answer.asOf, actions, false)),
                  )
                : null,
            );
          }),
        ),
      ),
    ),
  );
}

function listView(answer: CalendarResponse, state: CalendarState, actions: EventActions): HTMLElement {
  const events = filtered(answer, state);
  if (events.length === 0) return h('p', {}, t('calendar.noEvents'));
  return h(
    'ul',
    { class: 'calendar-list' },
    events.map((event) => eventItem(event, answer.asOf, actions, true)),
  );
}

/** The add or change form of an own event; `save` gets the body and the version read. */
function eventForm(
  event: CalendarEvent | null,
  plans: PlanSummaryResponse[],
  units: CalendarUnit[],
  save: (body: OwnEventRequest, version: number | undefined) => Promise<void>,
  cancel: () => void,
): HTMLElement {
  const headingId = uid('event-form');
  const planId = uid('event-plan');
  const unitId = uid('event-unit');
  const descriptionId = uid('event-description');
  const submit = h(
    'button',
    { type: 'submit', class: 'primary' },
    t(event ? 'calendar.save' : 'calendar.add'),
  );
  const form = h(
    'form',
    { class: 'card event-form', novalidate: true, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, t(event ? 'calendar.editHeading' : 'calendar.addHeading')),
    inputField('title', t('calendar.eventTitle'), {
      type: 'text',
      maxlength: 500,
      value: event?.title ?? '',
    }),
    inputField('date', t('calendar.eventDate'), { type: 'date', value: event?.date ?? todayIso() }),
    optional(
      inputField('endDate', t('calendar.eventEndDate'), { type: 'date', value: event?.endDate ?? '' }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: descriptionId }, t('calendar.eventDescription')),
      h(
        'textarea',
        { id: descriptionId, name: 'description', maxlength: 5000, rows: 3 },
        event?.description ?? '',
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: planId }, t('calendar.eventPlan')),
      h(
        'select',
        { id: planId, name: 'planId' },
        h('option', { value: '' }, t('calendar.noPlan')),
        plans.map((plan) => h('option', { value: plan.id, selected: plan.id === event?.planId }, plan.title)),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: unitId }, t('calendar.eventUnit')),
      h(
        'select',
        { id: unitId, name: 'unitId' },
        h('option', { value: '' }, t('calendar.noUnit')),
        units.map((unit) =>
          h('option', { value: unit.id, selected: event?.unitIds.includes(unit.id) ?? false }, unit.name),
        ),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      submit,
      ' ',
      h('button', { type: 'button', onclick: cancel }, t('calendar.cancel')),
    ),
  );
  form.addEventListener('submit', (submitEvent) => {
    submitEvent.preventDefault();
    void (async () => {
      clearErrors(form);
      const value = (name: string): string =>
        (
          form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
        ).value.trim();
      const problems: ErrorDetail[] = [];
      if (!value('title'))
        problems.push({ path: 'title', code: 'REQUIRED', message: t('calendar.titleRequired') });
      if (!value('date'))
        problems.push({ path: 'date', code: 'REQUIRED', message: t('calendar.dateRequired') });
      if (problems.length > 0) {
        showValidationErrors(form, t('calendar.fixFields'), problems);
        return;
      }
      submit.disabled = true;
      try {
        await save(
          {
            title: value('title'),
            date: value('date'),
            endDate: value('endDate') || null,
            description: value('description') || null,
            planId: value('planId') || null,
            unitId: value('unitId') || null,
          },
          event?.version ?? undefined,
        );
      } catch (error) {
        showError(form, error);
      } finally {
        submit.disabled = false;
      }
    })();
  });
  return form;
}

/** An inputField that may stay empty. */
function optional(field: HTMLElement): HTMLElement {
  field.querySelector('input')?.removeAttribute('required');
  return field;
}
