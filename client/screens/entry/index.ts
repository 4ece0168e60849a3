import type { MembershipResponse } from '../../../src/contracts/auth.js';
import type { IndicatorResponse, PlanResponse } from '../../../src/contracts/resources.js';
import type {
  UnitCounts,
  WorklistEntry,
  WorklistPeriod,
  WorklistResponse,
} from '../../../src/contracts/workflow.js';
import { listUnits } from '../../api/institutions.js';
import { getPlan } from '../../api/plans.js';
import { listIndicators, withdrawValue } from '../../api/values.js';
import { announce } from '../../lib/announce.js';
import { clearErrors, showError } from '../../lib/errors.js';
import { getWorklist } from '../../api/workflow.js';
import { h, labelledSection, replaceChildren, uid } from '../../lib/dom.js';
import { formatDate, formatNumber, formatPeriod, formatRate, noData } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import { unitNamer } from '../../lib/labels.js';
import { href, navigate, type RouteContext } from '../../lib/router.js';
import { currentUser, getInstitutionId, roleIn, setInstitutionId } from '../../lib/session.js';
import { createEntryEditor, type EntryEditor } from './entry-editor.js';
import { figureItems, implausibleBadge } from '../../components/entry-figures.js';
import { ENTRY_FILTER_LABELS, STATE_LABELS } from './entry-labels.js';
import {
  completionRate,
  ENTRY_FILTERS,
  isEditable,
  matchesFilter,
  sumCounts,
  toEntryFilter,
  type Counts,
  type EntryFilter,
} from '../../lib/entry-rules.js';
import { workbookSection } from './entry-workbook.js';
import { activityProgressSection } from './activity-progress.js';
import { pageHeader } from '../../components/page-header.js';

/**
 * #/plans/:planId/entry?unit=PARK&show=owed — the unit manager's data entry (issue 4, screen 3):
 * the worklist of the open assessment periods (what is owed, missing, late or returned), each
 * entry edited inline (value, note, evidence link, and the deviation reason where
 * DEVIATION_REASON asks for it), saved as a draft and submitted; and the values workbook for
 * bulk entry. Others see the same list read-only.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const plan = await getPlan(planId, context.signal);
  if (context.signal.aborted) return;
  const [worklist, indicators, units] = await Promise.all([
    getWorklist(planId, { signal: context.signal }),
    listIndicators(planId, context.signal),
    listUnits(plan.institution.id, context.signal),
  ]);
  if (context.signal.aborted) return;
  if (getInstitutionId() !== plan.institution.id) setInstitutionId(plan.institution.id);
  context.setTitle(`${t('entry.title')} — ${plan.title}`);

  const scope = scopeOf(plan, worklist);
  const unitFilter = scope.choices.includes(context.query.get('unit') ?? '')
    ? context.query.get('unit')
    : null;
  const filter = toEntryFilter(context.query.get('show'));
  const inView = (unit: string): boolean =>
    unitFilter ? unit === unitFilter : scope.units === null || scope.units.includes(unit);
  const unitName = unitNamer(units);
  const indicatorsByCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));

  const summary = countsSummary();
  summary.update(worklist.units.filter((unit) => inView(unit.unit)));
  const items = new Map<string, EntryItem>();
  const activityBoxes = new Map<string, HTMLElement>();
  const drawActivities = (period: WorklistPeriod): void => {
    const box = activityBoxes.get(period.period);
    if (box)
      replaceChildren(
        box,
        activityProgressSection(planId, period, {
          inView,
          canWrite: (unit) => scope.canWrite(unit),
          unitName: (code) => unitName(code),
          reload,
        }),
      );
  };
  const reload = async (): Promise<void> => {
    const fresh = await getWorklist(planId);
    if (context.signal.aborted) return;
    for (const period of fresh.periods) {
      for (const entry of period.entries) items.get(keyOf(entry))?.update(entry);
      drawActivities(period);
    }
    summary.update(fresh.units.filter((unit) => inView(unit.unit)));
  };

  const sections = worklist.periods.map((period) => {
    activityBoxes.set(period.period, h('div', { class: 'activity-box', 'data-period': period.period }));
    const headingId = uid('period');
    const entries = period.entries.filter((entry) => inView(entry.unit) && matchesFilter(entry, filter));
    return h(
      'section',
      { class: 'card entry-period', 'aria-labelledby': headingId, 'data-period': period.period },
      h(
        'h2',
        { id: headingId },
        t('entry.periodHeading', {
          period: formatPeriod(period.period),
          date: formatDate(period.entryDeadline),
        }),
      ),
      entries.length === 0
        ? h('p', { class: 'muted' }, t('entry.noEntries'))
        : h(
            'ul',
            { class: 'entries' },
            entries.map((entry) => {
              const item = entryItem(entry, {
                plan,
                indicator: indicatorsByCode.get(entry.indicator) ?? null,
                writable: scope.canWrite(entry.unit),
                unitName,
                reload,
                signal: context.signal,
              });
              items.set(keyOf(entry), item);
              return item.element;
            }),
          ),
    );
  });

  for (const period of worklist.periods) drawActivities(period);
  replaceChildren(
    context.outlet,
    pageHeader(
      h('a', { href: href('/plans/:planId', { planId }) }, plan.title),
      t('entry.title'),
      h(
        'p',
        { class: 'muted' },
        scope.units === null
          ? t('entry.introAll', { date: formatDate(worklist.asOf) })
          : t('entry.introUnits', {
              units: scope.units.map(unitName).join(', ') || noData(),
              date: formatDate(worklist.asOf),
            }),
      ),
      // Whoever cannot enter values learns what the page is for before any period talk.
      scope.writable ? null : h('p', { class: 'notice' }, t('entry.readOnlyIntro')),
    ),
    worklist.periods.length === 0
      ? h('section', { class: 'card' }, h('p', {}, t('entry.noOpenPeriods')))
      : [
          summary.element,
          filterForm(planId, scope.choices, unitFilter, filter, unitName),
          ...sections,
          ...activityBoxes.values(),
          scope.writable
            ? workbookSection({
                planId,
                periods: worklist.periods.map((period) => period.period),
                lang: getLang(),
                signal: context.signal,
                onImported: reload,
              })
            : null,
        ],
  );
}

const keyOf = (entry: Pick<WorklistEntry, 'indicator' | 'period'>): string =>
  `${entry.indicator}|${entry.period}`;

interface Scope {
  /** Units whose entries are listed; null: every unit. */
  units: string[] | null;
  /** Units the filter offers. */
  choices: string[];
  /** Whether the user enters values at all (unit managers and admins). */
  writable: boolean;
  canWrite(unit: string): boolean;
}

/** A unit manager sees and enters their own units; an admin enters any; others read every unit. */
function scopeOf(plan: PlanResponse, worklist: WorklistResponse): Scope {
  const role = roleIn(plan.institution.id);
  const allUnits = [
    ...new Set(worklist.periods.flatMap((period) => period.entries.map((entry) => entry.unit))),
  ];
  if (role === 'unit_manager') {
    const membership: MembershipResponse | undefined = currentUser()?.memberships.find(
      (entry) => entry.institutionId === plan.institution.id,
    );
    const own = membership?.units ?? [];
    return { units: own, choices: own, writable: true, canWrite: (unit) => own.includes(unit) };
  }
  const admin = role === 'admin';
  return { units: null, choices: allUnits.sort(), writable: admin, canWrite: () => admin };
}

function countsSummary(): { element: HTMLElement; update(units: UnitCounts[]): void } {
  const list = h('dl', { class: 'counts' });
  const rate = h('p', { class: 'completion-rate' });
  const element = labelledSection(
    'card entry-summary',
    'entry-summary-heading',
    t('entry.summaryHeading'),
    rate,
    list,
  );
  const items: Array<[keyof Counts, string]> = [
    ['expected', t('entry.countExpected')],
    ['missing', t('entry.countMissing')],
    ['late', t('entry.countLate')],
    ['draft', t('entry.countDraft')],
    ['returned', t('entry.countReturned')],
    ['submitted', t('entry.countSubmitted')],
    ['approved', t('entry.countApproved')],
  ];
  return {
    element,
    update(units) {
      const counts = sumCounts(units);
      replaceChildren(
        list,
        items.map(([key, label]) =>
          h('div', { 'data-count': key }, h('dt', {}, label), h('dd', {}, formatNumber(counts[key]))),
        ),
      );
      rate.textContent = t('entry.completion', { rate: formatRate(completionRate(counts)) });
    },
  };
}

function filterForm(
  planId: string,
  units: string[],
  unit: string | null,
  filter: EntryFilter,
  unitName: (code: string) => string,
): HTMLElement {
  const unitId = uid('unit');
  const showId = uid('show');
  const unitSelect =
    units.length > 1
      ? h(
          'select',
          { id: unitId, name: 'unit' },
          h('option', { value: '' }, t('entry.allUnits')),
          units.map((code) => h('option', { value: code, selected: code === unit }, unitName(code))),
        )
      : null;
  const showSelect = h(
    'select',
    { id: showId, name: 'show' },
    ENTRY_FILTERS.map((value) =>
      h('option', { value, selected: value === filter }, t(ENTRY_FILTER_LABELS[value])),
    ),
  );
  const form = h(
    'form',
    { class: 'period-form entry-filter' },
    unitSelect ? [h('label', { for: unitId }, t('entry.unitLabel')), unitSelect] : null,
    h('label', { for: showId }, t('entry.showLabel')),
    showSelect,
    h('button', { type: 'submit' }, t('entry.showButton')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(
      href(
        '/plans/:planId/entry',
        { planId },
        { unit: unitSelect?.value || null, show: showSelect.value === 'all' ? null : showSelect.value },
      ),
    );
  });
  return form;
}

interface EntryItem {
  element: HTMLElement;
  update(entry: WorklistEntry): void;
}

interface ItemContext {
  plan: PlanResponse;
  indicator: IndicatorResponse | null;
  writable: boolean;
  unitName(code: string): string;
  reload(): Promise<void>;
  signal: AbortSignal;
}

/**
 * One expected entry: what it is, its state and value, the planner's comment when returned, and
 * (for the units that enter it) a button opening the inline editor below it.
 */
function entryItem(initial: WorklistEntry, context: ItemContext): EntryItem {
  const { indicator } = context;
  const headingId = uid('entry');
  const editorId = uid('editor');
  const head = h('div', { class: 'entry-head' });
  const editorBox = h('div', { class: 'entry-editor', id: editorId, hidden: true });
  const withdrawStatus = h('div', { class: 'withdraw-status' });
  const element = h(
    'li',
    {
      class: 'entry',
      'data-indicator': initial.indicator,
      'data-period': initial.period,
      'aria-labelledby': headingId,
    },
    head,
    withdrawStatus,
    editorBox,
  );
  let entry = initial;
  let editor: EntryEditor | null = null;
  let toggle: HTMLButtonElement | null = null;

  const close = (focus: boolean): void => {
    editorBox.hidden = true;
    toggle?.setAttribute('aria-expanded', 'false');
    if (focus) (toggle ?? head.querySelector<HTMLElement>('h3'))?.focus();
  };
  // Esc closes the editor as its "Kapat" button does, focus back on the button that opened it.
  editorBox.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || editorBox.hidden) return;
    event.stopPropagation();
    close(true);
  });
  /** The unit takes back what it submitted while it waits for approval: a draft again. */
  const withdraw = async (button: HTMLButtonElement): Promise<void> => {
    clearErrors(withdrawStatus);
    button.disabled = true;
    try {
      await withdrawValue(
        context.plan.id,
        entry.indicator,
        entry.period,
        { version: entry.version ?? undefined },
        getLang(),
      );
      announce(t('entry.withdrawnNotice', { code: entry.indicator, period: formatPeriod(entry.period) }));
      await context.reload();
      (toggle ?? head.querySelector<HTMLElement>('h3'))?.focus();
    } catch (error) {
      button.disabled = false;
      showError(withdrawStatus, error);
      // Approved or returned meanwhile: the list shows what it is now.
      await context.reload().catch(() => undefined);
    }
  };
  const open = (): void => {
    editorBox.hidden = false;
    toggle?.setAttribute('aria-expanded', 'true');
    if (!editor) {
      editor = createEntryEditor({
        plan: context.plan,
        entry,
        indicator,
        signal: context.signal,
        onChanged: async (submitted) => {
          await context.reload();
          if (submitted) close(true);
        },
        onCancel: () => close(true),
      });
      editorBox.append(editor.element);
    }
    editor.open();
  };

  const draw = (): void => {
    element.dataset.state = entry.state;
    const editable = context.writable && isEditable(entry.state);
    if (!editable && editor) {
      editor.element.remove();
      editor = null;
      editorBox.hidden = true;
    }
    toggle = editable
      ? h(
          'button',
          {
            type: 'button',
            class: 'entry-toggle',
            'aria-expanded': String(!editorBox.hidden),
            'aria-controls': editorId,
            onclick: () => (editorBox.hidden ? open() : close(true)),
          },
          t(entry.state === 'missing' ? 'entry.enterValue' : 'entry.editValue'),
          h('span', { class: 'visually-hidden' }, ` ${entry.indicator} ${formatPeriod(entry.period)}`),
        )
      : null;
    replaceChildren(
      head,
      h(
        'div',
        { class: 'entry-title' },
        h(
          'h3',
          { id: headingId, tabindex: -1 },
          h('span', { class: 'code' }, entry.indicator),
          ' ',
          entry.name,
        ),
        h(
          'p',
          { class: 'muted' },
          t('entry.entryMeta', {
            target: entry.target,
            unit: context.unitName(entry.unit),
            period: formatPeriod(entry.period),
          }),
        ),
      ),
      h(
        'dl',
        { class: 'entry-figures' },
        h(
          'div',
          {},
          h('dt', {}, t('entry.state')),
          h(
            'dd',
            {},
            h('span', { class: `state-badge state-${entry.state}` }, t(STATE_LABELS[entry.state])),
            entry.late ? h('span', { class: 'late-badge' }, t('entry.late')) : null,
            entry.implausible ? implausibleBadge(t('entry.implausibleTitle'), getLang()) : null,
          ),
        ),
        // The entry, the C it makes by the value type, B and the rate (issue 11 point 6).
        figureItems(entry, getLang(), 'entry-value'),
      ),
      // Kept while the unit reworks the returned value (a draft again) until it is resubmitted.
      (entry.state === 'returned' || entry.state === 'draft') && entry.returnComment
        ? h(
            'div',
            { class: 'return-comment', role: 'note' },
            h('strong', {}, t('entry.returnComment')),
            ' ',
            h('span', { class: 'return-comment-text' }, entry.returnComment),
          )
        : null,
      toggle,
      context.writable && entry.state === 'submitted'
        ? h(
            'button',
            {
              type: 'button',
              class: 'entry-withdraw',
              onclick: (event: Event) => void withdraw(event.currentTarget as HTMLButtonElement),
            },
            t('entry.withdraw'),
            h('span', { class: 'visually-hidden' }, ` ${entry.indicator} ${formatPeriod(entry.period)}`),
          )
        : null,
    );
  };
  draw();
  return {
    element,
    update(next) {
      entry = next;
      draw();
    },
  };
}
