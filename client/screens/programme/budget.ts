import type { PlanDocument } from '../../../src/contracts/plan-document.js';
import { budgetCostColumnTitle, budgetIndicatorColumnTitle } from '../../../src/contracts/labels.js';
import {
  BUDGET_COST_COLUMNS,
  BUDGET_INDICATOR_COLUMNS,
  ECONOMIC_CODES,
  FUNDING_TYPES,
  type BudgetActivityResponse,
  type BudgetCostColumn,
  type BudgetCostGrid,
  type BudgetGoalResponse,
  type BudgetIndicatorResponse,
  type BudgetSubProgrammeResponse,
  type FundingType,
  type ProgrammeBudgetResponse,
} from '../../../src/contracts/programme.js';
import type { UnitResponse } from '../../../src/contracts/resources.js';
import {
  deleteBudgetPart,
  downloadBudgetCards,
  saveBudgetPart,
  type BudgetPart,
} from '../../api/programmes.js';
import { confirmButton } from '../../components/confirm-button.js';
import { tableRegion } from '../../components/table-region.js';
import { createProgress } from '../../lib/progress-bar.js';
import { whileSaving } from '../../forms/while-saving.js';
import { announce } from '../../lib/announce.js';
import { saveFile } from '../../lib/download.js';
import { h, labelledSection, uid } from '../../lib/dom.js';
import { showError } from '../../lib/errors.js';
import { formatNumber } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import { economicCodeLabel } from '../../lib/labels.js';
import { refresh } from '../../lib/router.js';
import { budgetProgressBox } from './budget-progress.js';
import { lira } from './programme-words.js';

/**
 * The programme-budget format of the performance programme editor (planning-cycle.md 3): the
 * programmes and sub-programmes, each sub-programme's goals with the plan targets they serve,
 * their indicators over six columns and their activities with the cost grid (funding type ×
 * economic code × six columns) and the justification form. Totals are the server's (nothing is
 * added up here); every save reads the card, the rules and the tables again.
 */
export interface BudgetScreen {
  planId: string;
  year: number;
  card: ProgrammeBudgetResponse;
  units: UnitResponse[];
  editable: boolean;
  /** The plan document (its targets of the year), read only when the programme can change. */
  document: PlanDocument | null;
}

export function budgetSections(screen: BudgetScreen): HTMLElement[] {
  return [programmesSection(screen)];
}

// ——— Small pieces ———

function field(label: string, input: HTMLElement & { id: string }): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), input);
}

function textInput(name: string, value: string, multiline = false): HTMLInputElement | HTMLTextAreaElement {
  const id = uid('pb-field');
  return multiline ? h('textarea', { id, name, rows: 2 }, value) : h('input', { id, name, value });
}

function numberInput(name: string, value: number | null | undefined, min?: string): HTMLInputElement {
  return h('input', {
    id: uid('pb-number'),
    name,
    type: 'number',
    inputmode: 'decimal',
    step: 'any',
    min,
    value: value ?? '',
  });
}

const valueOf = (form: HTMLFormElement, name: string): string =>
  (
    form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null
  )?.value.trim() ?? '';

/** A form that saves a part and reads the screen again; a refusal shows at its fields. */
function partForm(
  className: string,
  label: string,
  children: Array<HTMLElement | null>,
  save: (form: HTMLFormElement) => Promise<unknown>,
): HTMLFormElement {
  const submit = h('button', { type: 'submit' }, label);
  const form = h('form', { class: `${className} stack`, novalidate: true }, ...children, submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    whileSaving(form, submit, save(form), t('programme.saved'));
  });
  return form;
}

function removeButton(screen: BudgetScreen, part: BudgetPart, id: string, name: string): HTMLElement {
  const errors = h('div', {});
  return h(
    'div',
    { class: 'actions' },
    errors,
    confirmButton({
      label: t('programme.budget.remove'),
      ariaLabel: t('programme.budget.removeOf', { name }),
      question: t('programme.budget.removeConfirm', { name }),
      yes: t('programme.yes'),
      no: t('programme.no'),
      errors,
      act: async () => {
        await deleteBudgetPart(screen.planId, screen.year, part, id);
        await refresh();
      },
    }),
  );
}

function editBox(summary: string, form: HTMLElement): HTMLElement {
  return h('details', { class: 'pb-edit' }, h('summary', {}, summary), form);
}

// ——— Programmes and sub-programmes ———

function programmesSection(screen: BudgetScreen): HTMLElement {
  const { card } = screen;
  return labelledSection(
    'card pb-card',
    'pb-heading',
    t('programme.budget.heading'),
    card.programmes.length === 0 ? h('p', { class: 'muted' }, t('programme.budget.none')) : null,
    card.programmes.map((programme, p) =>
      h(
        'section',
        { class: 'pb-programme', 'data-programme': programme.code },
        h('h3', {}, h('span', { class: 'code' }, programme.code), ' ', programme.name),
        screen.editable
          ? editBox(
              t('programme.budget.editProgramme'),
              h(
                'div',
                {},
                codeNameForm(
                  screen,
                  'programmes',
                  programme.id,
                  programme.code,
                  programme.name,
                  programme.version,
                ),
                removeButton(screen, 'programmes', programme.id, `${programme.code} ${programme.name}`),
              ),
            )
          : null,
        programme.subProgrammes.map((sub, s) => subProgrammeSection(screen, programme.id, sub, p, s)),
        screen.editable ? subProgrammeForm(screen, programme.id) : null,
      ),
    ),
    screen.editable ? codeNameForm(screen, 'programmes', null, '', '', undefined) : null,
    totalsTable(t('programme.budget.allTotals'), card.totals, screen.year),
    downloadButton(screen),
  );
}

function codeNameForm(
  screen: BudgetScreen,
  part: 'programmes',
  id: string | null,
  code: string,
  name: string,
  version: number | undefined,
): HTMLElement {
  return partForm(
    'pb-programme-form',
    id === null ? t('programme.budget.addProgramme') : t('programme.save'),
    [
      id === null ? h('h4', {}, t('programme.budget.addProgramme')) : null,
      field(t('programme.budget.programmeCode'), textInput('code', code)),
      field(t('programme.budget.programmeName'), textInput('name', name)),
    ],
    (form) =>
      saveBudgetPart(screen.planId, screen.year, part, id, {
        code: valueOf(form, 'code'),
        name: valueOf(form, 'name'),
        version,
      }),
  );
}

function subProgrammeForm(
  screen: BudgetScreen,
  programmeId: string,
  sub?: BudgetSubProgrammeResponse,
): HTMLElement {
  return partForm(
    'pb-sub-form',
    sub ? t('programme.save') : t('programme.budget.addSubProgramme'),
    [
      sub ? null : h('h4', {}, t('programme.budget.addSubProgramme')),
      field(t('programme.budget.subProgrammeCode'), textInput('code', sub?.code ?? '')),
      field(t('programme.budget.subProgrammeName'), textInput('name', sub?.name ?? '')),
    ],
    (form) =>
      saveBudgetPart(screen.planId, screen.year, 'sub-programmes', sub?.id ?? null, {
        programme: programmeId,
        code: valueOf(form, 'code'),
        name: valueOf(form, 'name'),
        version: sub?.version,
      }),
  );
}

function subProgrammeSection(
  screen: BudgetScreen,
  programmeId: string,
  sub: BudgetSubProgrammeResponse,
  p: number,
  s: number,
): HTMLElement {
  return h(
    'section',
    { class: 'pb-sub', 'data-sub-programme': sub.code },
    h(
      'h4',
      {},
      t('programme.budget.subProgramme'),
      ' ',
      h('span', { class: 'code' }, sub.code),
      ' ',
      sub.name,
    ),
    screen.editable
      ? editBox(
          t('programme.budget.editSubProgramme'),
          h(
            'div',
            {},
            subProgrammeForm(screen, programmeId, sub),
            removeButton(screen, 'sub-programmes', sub.id, `${sub.code} ${sub.name}`),
          ),
        )
      : null,
    sub.goals.length === 0 ? h('p', { class: 'muted' }, t('programme.budget.noGoals')) : null,
    sub.goals.map((goal, g) =>
      goalArticle(screen, sub, goal, `programmes[${p}].subProgrammes[${s}].goals[${g}]`),
    ),
    screen.editable ? goalForm(screen, sub) : null,
    totalsTable(t('programme.budget.subTotals', { code: sub.code }), sub.totals, screen.year),
  );
}

// ——— Goals and their links to plan targets ———

function targetsOfYear(screen: BudgetScreen): Array<{ code: string; title: string }> {
  if (!screen.document) return [];
  const key = String(screen.year);
  return screen.document.plan.aims.flatMap((aim) =>
    aim.targets
      .filter(
        (target) =>
          target.indicators.some((indicator) => indicator.targets[key] !== undefined) ||
          target.costEstimate?.[key] !== undefined,
      )
      .map((target) => ({ code: target.code, title: target.title })),
  );
}

function goalForm(
  screen: BudgetScreen,
  sub: BudgetSubProgrammeResponse,
  goal?: BudgetGoalResponse,
): HTMLElement {
  const linked = new Set(goal?.targets.map((target) => target.code) ?? []);
  const choices = targetsOfYear(screen);
  return partForm(
    'pb-goal-form',
    goal ? t('programme.save') : t('programme.budget.addGoal'),
    [
      goal ? null : h('h5', {}, t('programme.budget.addGoal')),
      field(t('programme.budget.goalCode'), textInput('code', goal?.code ?? '')),
      field(t('programme.budget.goalTitle'), textInput('title', goal?.title ?? '', true)),
      h(
        'fieldset',
        { class: 'pb-targets', 'data-error-path': 'targets', tabindex: -1 },
        h('legend', {}, t('programme.budget.goalTargets', { year: screen.year })),
        choices.map((target) =>
          h(
            'label',
            { class: 'pp-choice' },
            h('input', {
              type: 'checkbox',
              name: 'target',
              value: target.code,
              checked: linked.has(target.code),
            }),
            `${target.code} ${target.title}`,
          ),
        ),
      ),
    ],
    (form) =>
      saveBudgetPart(screen.planId, screen.year, 'goals', goal?.id ?? null, {
        subProgramme: sub.id,
        code: valueOf(form, 'code'),
        title: valueOf(form, 'title'),
        targets: [...form.querySelectorAll<HTMLInputElement>('input[name="target"]:checked')].map(
          (input) => input.value,
        ),
        version: goal?.version,
      }),
  );
}

function goalArticle(
  screen: BudgetScreen,
  sub: BudgetSubProgrammeResponse,
  goal: BudgetGoalResponse,
  at: string,
): HTMLElement {
  return h(
    'article',
    { class: 'pb-goal', 'data-goal': goal.code, 'data-issue-path': at, tabindex: -1 },
    h('h5', {}, h('span', { class: 'code' }, goal.code), ' ', goal.title),
    h(
      'p',
      { class: 'pb-links', 'data-issue-path': `${at}.targets`, tabindex: -1 },
      t('programme.budget.serves'),
      ' ',
      goal.targets.length === 0
        ? t('programme.budget.noTargets')
        : goal.targets.map((target) => `${target.code} ${target.title}`).join('; '),
    ),
    screen.editable
      ? editBox(
          t('programme.budget.editGoal'),
          h('div', {}, goalForm(screen, sub, goal), removeButton(screen, 'goals', goal.id, goal.code)),
        )
      : null,
    h('h6', {}, t('programme.budget.indicators')),
    goal.indicators.length === 0 ? h('p', { class: 'muted' }, t('programme.budget.noIndicators')) : null,
    goal.indicators.map((indicator, i) => indicatorBox(screen, goal, indicator, `${at}.indicators[${i}]`)),
    screen.editable ? indicatorForm(screen, goal) : null,
    h('h6', {}, t('programme.budget.activities')),
    goal.activities.length === 0 ? h('p', { class: 'muted' }, t('programme.budget.noActivities')) : null,
    goal.activities.map((activity, a) => activityBox(screen, goal, activity, `${at}.activities[${a}]`)),
    screen.editable ? activityForm(screen, goal) : null,
  );
}

// ——— Indicators: six columns ———

const indicatorTitle = (column: string, year: number): string =>
  budgetIndicatorColumnTitle(column, year, getLang());
const costTitle = (column: string, year: number): string => budgetCostColumnTitle(column, year, getLang());

function indicatorBox(
  screen: BudgetScreen,
  goal: BudgetGoalResponse,
  indicator: BudgetIndicatorResponse,
  at: string,
): HTMLElement {
  return h(
    'div',
    {
      class: 'pp-indicator pb-indicator',
      'data-indicator': indicator.code,
      'data-issue-path': at,
      tabindex: -1,
    },
    h(
      'p',
      { 'data-issue-path': `${at}.unit`, tabindex: -1 },
      h('span', { class: 'code' }, indicator.code),
      ' ',
      indicator.name,
      ' (',
      indicator.unit ?? t('programme.budget.noUnit'),
      ')',
    ),
    h(
      'dl',
      { class: 'pb-figures', 'data-issue-path': `${at}.figures`, tabindex: -1 },
      BUDGET_INDICATOR_COLUMNS.map((column) =>
        h(
          'div',
          { 'data-column': column },
          h('dt', {}, indicatorTitle(column, screen.year)),
          h('dd', {}, formatNumber(indicator.figures[column], getLang(), 6)),
        ),
      ),
    ),
    screen.editable
      ? editBox(
          t('programme.budget.editIndicator'),
          h(
            'div',
            {},
            indicatorForm(screen, goal, indicator),
            removeButton(screen, 'indicators', indicator.id, indicator.code),
          ),
        )
      : null,
  );
}

function indicatorForm(
  screen: BudgetScreen,
  goal: BudgetGoalResponse,
  indicator?: BudgetIndicatorResponse,
): HTMLElement {
  return partForm(
    'pb-indicator-form',
    indicator ? t('programme.save') : t('programme.budget.addIndicator'),
    [
      indicator
        ? null
        : h('p', { class: 'pb-form-title' }, t('programme.budget.addIndicatorTo', { goal: goal.code })),
      field(t('programme.budget.indicatorCode'), textInput('code', indicator?.code ?? '')),
      field(t('programme.budget.indicatorName'), textInput('name', indicator?.name ?? '')),
      field(t('programme.budget.unit'), textInput('unit', indicator?.unit ?? '')),
      h(
        'div',
        { class: 'pp-figures' },
        BUDGET_INDICATOR_COLUMNS.map((column) =>
          field(
            indicatorTitle(column, screen.year),
            numberInput(`figures.${column}`, indicator?.figures[column]),
          ),
        ),
      ),
    ],
    (form) => {
      const figures: Record<string, number | null> = {};
      for (const column of BUDGET_INDICATOR_COLUMNS) {
        const text = valueOf(form, `figures.${column}`);
        figures[column] = text === '' ? null : Number(text);
      }
      const unit = valueOf(form, 'unit');
      return saveBudgetPart(screen.planId, screen.year, 'indicators', indicator?.id ?? null, {
        goal: goal.id,
        code: valueOf(form, 'code'),
        name: valueOf(form, 'name'),
        unit: unit === '' ? null : unit,
        figures,
        version: indicator?.version,
      });
    },
  );
}

// ——— Activities: cost grid and justification form ———

const FUNDING_WORDS = (funding: FundingType): string =>
  funding === 'budget' ? t('programme.budget.inBudget') : t('programme.budget.offBudget');

function activityBox(
  screen: BudgetScreen,
  goal: BudgetGoalResponse,
  activity: BudgetActivityResponse,
  at: string,
): HTMLElement {
  const lines = costLines(activity.costs);
  return h(
    'div',
    { class: 'pp-activity pb-activity', 'data-activity': activity.code, 'data-issue-path': at, tabindex: -1 },
    h('p', {}, h('span', { class: 'code' }, activity.code), ' ', activity.name),
    h(
      'p',
      { class: 'muted', 'data-issue-path': `${at}.unit`, tabindex: -1 },
      t('programme.budget.responsible'),
      ' ',
      activity.unitName ?? activity.unit ?? t('programme.budget.noUnit'),
    ),
    tableRegion(
      `${activity.code} ${t('programme.budget.costs')}`,
      h(
        'table',
        { class: 'pb-costs' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('programme.budget.costLine')),
            BUDGET_COST_COLUMNS.map((column) => h('th', { scope: 'col' }, costTitle(column, screen.year))),
          ),
        ),
        h(
          'tbody',
          {},
          lines.map(({ funding, code, amounts }) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, `${FUNDING_WORDS(funding)} · ${economicCodeLabel(code)}`),
              BUDGET_COST_COLUMNS.map((column) =>
                h('td', { class: 'number' }, amounts[column] === undefined ? '' : lira(amounts[column])),
              ),
            ),
          ),
          h(
            'tr',
            { class: 'total' },
            h('th', { scope: 'row' }, t('programme.budget.total')),
            BUDGET_COST_COLUMNS.map((column) =>
              h('td', { class: 'number', 'data-column': column }, lira(activity.totals[column].total)),
            ),
          ),
        ),
      ),
    ),
    // Monitored once accepted (issue 14 point 5); a revision's draft keeps showing what was entered.
    screen.card.status === 'accepted' || screen.card.status === 'published' || activity.progress.length > 0
      ? budgetProgressBox(activity)
      : null,
    h(
      'details',
      { class: 'pb-justification' },
      h('summary', {}, t('programme.budget.justification')),
      h(
        'dl',
        {},
        (['legalBasis', 'rationale', 'costElements', 'budgetLines'] as const).flatMap((key) => [
          h('dt', {}, t(`programme.budget.${key}`)),
          h('dd', {}, activity.justification[key] ?? '—'),
        ]),
      ),
    ),
    screen.editable
      ? editBox(
          t('programme.budget.editActivity'),
          h(
            'div',
            {},
            activityForm(screen, goal, activity),
            removeButton(screen, 'activities', activity.id, activity.code),
          ),
        )
      : null,
  );
}

function costLines(
  costs: BudgetCostGrid,
): Array<{ funding: FundingType; code: string; amounts: Partial<Record<BudgetCostColumn, number>> }> {
  return FUNDING_TYPES.flatMap((funding) =>
    ECONOMIC_CODES.flatMap((code) => {
      const amounts = costs[funding]?.[code];
      return amounts === undefined ? [] : [{ funding, code, amounts }];
    }),
  );
}

/** One line of the cost grid: its six inputs named by the API's path (costs.budget.03.t). */
function costLineRow(
  year: number,
  funding: FundingType,
  code: string,
  amounts: Partial<Record<BudgetCostColumn, number>>,
): HTMLElement {
  const row = h(
    'fieldset',
    { class: 'pb-cost-line', 'data-line': `${funding}.${code}` },
    h('legend', {}, `${FUNDING_WORDS(funding)} · ${economicCodeLabel(code)}`),
    h(
      'div',
      { class: 'pp-amounts' },
      BUDGET_COST_COLUMNS.map((column) =>
        field(
          costTitle(column, year),
          numberInput(`costs.${funding}.${code}.${column}`, amounts[column], '0'),
        ),
      ),
    ),
  );
  const remove = h('button', { type: 'button', class: 'link-button' }, t('programme.budget.removeLine'));
  remove.addEventListener('click', () => row.remove());
  row.append(remove);
  return row;
}

function activityForm(
  screen: BudgetScreen,
  goal: BudgetGoalResponse,
  activity?: BudgetActivityResponse,
): HTMLElement {
  const lines = h(
    'div',
    { class: 'pb-cost-lines', 'data-issue-path': 'costs' },
    (activity ? costLines(activity.costs) : []).map(({ funding, code, amounts }) =>
      costLineRow(screen.year, funding, code, amounts),
    ),
  );
  const fundingSelect = h(
    'select',
    { id: uid('pb-funding'), name: 'newFunding' },
    FUNDING_TYPES.map((funding) => h('option', { value: funding }, FUNDING_WORDS(funding))),
  );
  const codeSelect = h(
    'select',
    { id: uid('pb-code'), name: 'newCode' },
    ECONOMIC_CODES.map((code) => h('option', { value: code }, economicCodeLabel(code))),
  );
  const addLine = h('button', { type: 'button', class: 'pb-add-line' }, t('programme.budget.addLine'));
  addLine.addEventListener('click', () => {
    const key = `${fundingSelect.value}.${codeSelect.value}`;
    if (lines.querySelector(`[data-line="${key}"]`)) return;
    lines.append(costLineRow(screen.year, fundingSelect.value as FundingType, codeSelect.value, {}));
  });
  const unitSelect = h(
    'select',
    { id: uid('pb-unit'), name: 'unit' },
    h('option', { value: '' }, t('programme.budget.chooseUnit')),
    screen.units.map((unit) =>
      h('option', { value: unit.code, selected: unit.code === activity?.unit }, `${unit.code} ${unit.name}`),
    ),
  );
  return partForm(
    'pb-activity-form',
    activity ? t('programme.save') : t('programme.budget.addActivity'),
    [
      activity
        ? null
        : h('p', { class: 'pb-form-title' }, t('programme.budget.addActivityTo', { goal: goal.code })),
      field(t('programme.budget.activityCode'), textInput('code', activity?.code ?? '')),
      field(t('programme.budget.activityName'), textInput('name', activity?.name ?? '')),
      field(t('programme.budget.responsible'), unitSelect),
      h('p', { class: 'pb-form-title' }, t('programme.budget.costs')),
      lines,
      h(
        'div',
        { class: 'pb-new-line' },
        field(t('programme.budget.funding'), fundingSelect),
        field(t('programme.budget.economicCode'), codeSelect),
        addLine,
      ),
      h(
        'fieldset',
        { class: 'pb-justification-form' },
        h('legend', {}, t('programme.budget.justification')),
        (['legalBasis', 'rationale', 'costElements', 'budgetLines'] as const).map((key) =>
          field(
            t(`programme.budget.${key}`),
            textInput(`justification.${key}`, activity?.justification[key] ?? '', true),
          ),
        ),
      ),
    ],
    (form) => {
      const costs: Record<string, Record<string, Record<string, number>>> = {};
      for (const input of form.querySelectorAll<HTMLInputElement>('input[name^="costs."]')) {
        const text = input.value.trim();
        if (text === '') continue;
        const [, funding, code, column] = input.name.split('.');
        costs[funding] ??= {};
        costs[funding][code] ??= {};
        costs[funding][code][column] = Number(text);
      }
      const text = (key: string): string | null => valueOf(form, `justification.${key}`) || null;
      const unit = valueOf(form, 'unit');
      return saveBudgetPart(screen.planId, screen.year, 'activities', activity?.id ?? null, {
        goal: goal.id,
        code: valueOf(form, 'code'),
        name: valueOf(form, 'name'),
        unit: unit === '' ? null : unit,
        costs,
        justification: {
          legalBasis: text('legalBasis'),
          rationale: text('rationale'),
          costElements: text('costElements'),
          budgetLines: text('budgetLines'),
        },
        version: activity?.version,
      });
    },
  );
}

// ——— Totals and the workbook ———

function totalsTable(caption: string, totals: ProgrammeBudgetResponse['totals'], year: number): HTMLElement {
  return tableRegion(
    caption,
    h(
      'table',
      { class: 'pb-totals' },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('td', {}),
          BUDGET_COST_COLUMNS.map((column) => h('th', { scope: 'col' }, costTitle(column, year))),
        ),
      ),
      h(
        'tbody',
        {},
        (['budget', 'offBudget', 'total'] as const).map((part) =>
          h(
            'tr',
            { 'data-part': part },
            h('th', { scope: 'row' }, part === 'total' ? t('programme.budget.total') : FUNDING_WORDS(part)),
            BUDGET_COST_COLUMNS.map((column) => h('td', { class: 'number' }, lira(totals[column][part]))),
          ),
        ),
      ),
    ),
  );
}

function downloadButton(screen: BudgetScreen): HTMLElement {
  const button = h('button', { type: 'button', class: 'pp-download' }, t('programme.budget.download'));
  const place = h('div', { class: 'pp-download-place' });
  button.addEventListener('click', () => {
    button.disabled = true;
    const progress = createProgress(t('programme.downloading'));
    place.replaceChildren(progress.element);
    downloadBudgetCards(screen.planId, screen.year, { onProgress: (state) => progress.update(state) })
      .then((file) => {
        saveFile(file, `performans-kartlari-${screen.year}.xlsx`);
        place.replaceChildren();
        announce(t('programme.downloaded'));
      })
      .catch((error: unknown) => showError(place, error))
      .finally(() => {
        button.disabled = false;
      });
  });
  return h('div', { class: 'no-print pb-download' }, button, place);
}
