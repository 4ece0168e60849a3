import type { PlanDocument, TargetDoc } from '../../../src/contracts/plan-document.js';
import {
  ECONOMIC_CODES,
  OFF_BUDGET_SOURCES,
  type ProgrammeActivityResponse,
  type ProgrammeIndicatorResponse,
  type ProgrammeResponse,
  type ProgrammeRevisionResponse,
  type ProgrammeTablesResponse,
  type ProgrammeTargetResponse,
  type PutProgrammeRequest,
  type ResourceNeed,
} from '../../../src/contracts/programme.js';
import type { PlanResponse, UnitResponse } from '../../../src/contracts/resources.js';
import { listUnits } from '../../api/institutions.js';
import { getPlan, getPlanDocument } from '../../api/plans.js';
import {
  acceptProgramme,
  addProgrammeActivity,
  addProgrammeTarget,
  deleteProgrammeActivity,
  deleteProgrammeTarget,
  getProgramme,
  getProgrammeBudget,
  getProgrammeTables,
  getProgrammeValidation,
  listProgrammeRevisions,
  openProgrammeRevision,
  putProgramme,
  putProgrammeIndicator,
  submitProgramme,
  updateProgrammeActivity,
  updateProgrammeTarget,
  type ActivityRequest,
  type ProgrammeValidation,
} from '../../api/programmes.js';
import { confirmButton } from '../../components/confirm-button.js';
import { pageHeader, planEyebrow } from '../../components/page-header.js';
import { whileSaving } from '../../forms/while-saving.js';
import { h, labelledSection, replaceChildren, uid, type Child } from '../../lib/dom.js';
import { requireFields, toApiError } from '../../lib/errors.js';
import { announce } from '../../lib/announce.js';
import { formatDate, formatDateTime, formatNumber, todayIso } from '../../lib/format.js';
import { t, type MessageParams } from '../../lib/i18n.js';
import { economicCodeLabel, offBudgetLabel, unitNamer } from '../../lib/labels.js';
import { href, refresh, type RouteContext } from '../../lib/router.js';
import { hasRole } from '../../lib/session.js';
import type { MessageKey } from '../../messages/index.js';
import { budgetSections } from './budget.js';
import { downloadSection, rulesSection, tablesSection } from './tables.js';
import { deadlineNotes } from './deadline-notes.js';
import { figureSourceText, lira, programmeStatusText } from './programme-words.js';
import './programme.css';

/**
 * #/plans/:planId/programmes/:year — the performance programme editor (planning-cycle.md 3); a
 * programme-budget programme shows its performance cards (budget.ts) in place of the PHs and the
 * tables. The classic format: the PHs chosen from the plan's targets of the year with their indicators'
 * t-2, t-1 and t figures, the activities with their costs by economic code and off-budget source,
 * general administration and transfers, the budget proposal; beside them Tablo 1–5 and the rules
 * as the server computes them, read again after every change (nothing is added up here), the
 * workbook and the lifecycle. Planners and administrators edit a draft; every other role reads.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const year = Number(context.params.year);
  const [plan, programme, tables, validation, revisions] = await Promise.all([
    getPlan(planId, context.signal),
    getProgramme(planId, year, context.signal),
    getProgrammeTables(planId, year, context.signal),
    getProgrammeValidation(planId, year, context.signal),
    listProgrammeRevisions(planId, year, context.signal),
  ]);
  if (context.signal.aborted) return;
  const writer = hasRole(plan.institution.id, 'planner', 'admin');
  const editable = writer && programme.status === 'draft';
  const [units, document, card, deadlines] = await Promise.all([
    listUnits(plan.institution.id, context.signal).catch((): UnitResponse[] => []),
    editable ? getPlanDocument(planId, context.signal) : Promise.resolve(null),
    programme.format === 'programme-budget'
      ? getProgrammeBudget(planId, year, context.signal)
      : Promise.resolve(null),
    deadlineNotes(plan, [{ year, status: programme.status }], context.signal),
  ]);
  if (context.signal.aborted) return;
  const screen: Screen = {
    plan,
    planId,
    year,
    programme,
    tables,
    validation,
    units,
    unitName: unitNamer(units),
    editable,
    document,
  };
  context.setTitle(`${t('programme.ofYear', { year })} — ${plan.title}`);
  replaceChildren(
    context.outlet,
    pageHeader(
      planEyebrow(plan),
      t('programme.ofYear', { year }),
      h(
        'p',
        { class: 'pp-status', 'data-status': programme.status },
        programmeStatusText(programme),
        programme.submittedOn
          ? ` · ${t('programme.submittedOn', { date: formatDate(programme.submittedOn) })}`
          : '',
        programme.decisionDate
          ? ` · ${t('programme.decisionOn', { date: formatDate(programme.decisionDate), number: programme.decisionNumber ?? '' })}`
          : '',
      ),
      h('p', {}, h('a', { href: href('/plans/:planId/programmes', { planId }) }, t('programme.backToList'))),
      editable ? null : h('p', { class: 'muted pp-readonly' }, readOnlyText(writer, programme)),
    ),
    h(
      'div',
      { class: 'pp-layout' },
      h(
        'div',
        { class: 'pp-editor' },
        card ? budgetSections({ planId, year, card, units, editable, document }) : targetsSection(screen),
        institutionSection(screen),
        proposalSection(screen),
      ),
      h(
        'div',
        { class: 'pp-side' },
        deadlines,
        rulesSection(validation),
        card ? null : tablesSection(tables, screen.unitName),
        card ? null : downloadSection(planId, year),
        lifecycleSection(screen, writer, revisions),
      ),
    ),
  );
}

interface Screen {
  plan: PlanResponse;
  planId: string;
  year: number;
  programme: ProgrammeResponse;
  tables: ProgrammeTablesResponse;
  validation: ProgrammeValidation;
  units: UnitResponse[];
  unitName: (code: string) => string;
  editable: boolean;
  /** The plan document (its targets of the year), read only when the programme can change. */
  document: PlanDocument | null;
}

function readOnlyText(writer: boolean, programme: ProgrammeResponse): string {
  if (!writer) return t('programme.readOnlyRole');
  return programme.status === 'accepted' ? t('programme.readOnlyAccepted') : t('programme.readOnlySubmitted');
}

// ——— Amount fields ———

/** Inputs for TL amounts named `<prefix>.<key>` (the paths the API's details and rules use). */
function amountFields(
  prefix: string,
  keys: readonly string[],
  values: Partial<Record<string, number>>,
  label: (key: string) => string,
  editable: boolean,
): HTMLElement {
  return h(
    'div',
    { class: 'pp-amounts' },
    keys.map((key) => {
      const id = uid('pp-amount');
      return h(
        'div',
        { class: 'field' },
        h('label', { for: id }, label(key)),
        h('input', {
          id,
          name: `${prefix}.${key}`,
          type: 'number',
          inputmode: 'decimal',
          step: '0.01',
          min: '0',
          value: values[key] ?? '',
          disabled: !editable,
        }),
      );
    }),
  );
}

/** The amounts typed into `<prefix>.<key>` fields; an empty field is left out (absent is zero). */
function readAmounts(form: HTMLFormElement, prefix: string, keys: readonly string[]): Record<string, number> {
  const amounts: Record<string, number> = {};
  for (const key of keys) {
    const input = form.elements.namedItem(`${prefix}.${key}`) as HTMLInputElement | null;
    const text = input?.value.trim() ?? '';
    if (text !== '') amounts[key] = Number(text);
  }
  return amounts;
}

function needFields(prefix: string, need: ResourceNeed, editable: boolean): HTMLElement[] {
  return [
    h(
      'fieldset',
      { class: 'pp-need' },
      h('legend', {}, t('programme.budget')),
      amountFields(`${prefix}budget`, ECONOMIC_CODES, need.budget, economicCodeLabel, editable),
    ),
    h(
      'fieldset',
      { class: 'pp-need' },
      h('legend', {}, t('programme.offBudget')),
      amountFields(`${prefix}offBudget`, OFF_BUDGET_SOURCES, need.offBudget, offBudgetLabel, editable),
    ),
  ];
}

function readNeed(form: HTMLFormElement, prefix: string): ResourceNeed {
  return {
    budget: readAmounts(form, `${prefix}budget`, ECONOMIC_CODES),
    offBudget: readAmounts(form, `${prefix}offBudget`, OFF_BUDGET_SOURCES),
  };
}

function textField(
  label: string,
  name: string,
  value: string,
  options: { multiline?: boolean; editable: boolean; issuePath?: string },
): HTMLElement {
  if (!options.editable)
    return h(
      'div',
      { class: 'field pp-read', 'data-issue-path': options.issuePath },
      h('span', { class: 'pp-read-label' }, label),
      h('p', { class: 'pp-read-text', 'data-name': name }, value || '—'),
    );
  const id = uid('pp-field');
  const attrs = { id, name, 'data-issue-path': options.issuePath };
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    options.multiline ? h('textarea', { ...attrs, rows: 2 }, value) : h('input', { ...attrs, value }),
  );
}

/** The remove button's label, its label naming the card, and its question, of each removable card. */
const REMOVE_TEXTS = {
  target: ['programme.removeTarget', 'programme.removeTargetOf', 'programme.removeTargetConfirm'],
  activity: ['programme.removeActivity', 'programme.removeActivityOf', 'programme.removeActivityConfirm'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey, MessageKey]>;

/**
 * An editable card's actions: its save button (if any) and a remove button that asks first (its
 * texts filled from `params`), a refusal shown beside it; the screen is read again after the
 * removal. None on a screen that cannot edit.
 */
function removeActions(
  screen: Screen,
  submit: HTMLButtonElement | null,
  card: keyof typeof REMOVE_TEXTS,
  params: MessageParams,
  remove: () => Promise<unknown>,
): HTMLElement | null {
  if (!screen.editable) return null;
  const [label, ariaLabel, question] = REMOVE_TEXTS[card];
  const errors = h('div', {});
  return h(
    'div',
    { class: 'actions' },
    submit,
    errors,
    confirmButton({
      label: t(label),
      ariaLabel: t(ariaLabel, params),
      question: t(question, params),
      yes: t('programme.yes'),
      no: t('programme.no'),
      errors,
      act: async () => {
        await remove();
        await refresh();
      },
    }),
  );
}

function saveButton(label: string): HTMLButtonElement {
  return h('button', { type: 'submit' }, label);
}

function onSubmit(
  form: HTMLFormElement,
  submit: HTMLButtonElement,
  act: () => Promise<unknown> | null,
  done: string,
): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const saving = act();
    if (saving) whileSaving(form, submit, saving.catch(rereadWhenStale), done);
  });
}

/**
 * 409 STALE_VERSION: someone changed the record since this screen read it. The screen is read
 * again (the form then shows what is stored now) and says so; any other refusal goes to the form.
 */
async function rereadWhenStale(error: unknown): Promise<never> {
  const apiError = toApiError(error);
  if (apiError.status === 409 && apiError.code === 'STALE_VERSION') {
    await refresh();
    announce(t('monitoring.staleReread'));
    // The form went with the screen read before: nothing is left to settle.
    return new Promise<never>(() => undefined);
  }
  throw error;
}

// ——— Performance targets (PH) ———

function targetsSection(screen: Screen): HTMLElement {
  const { programme } = screen;
  return labelledSection(
    'card pp-targets',
    'pp-targets-heading',
    t('programme.targetsHeading'),
    programme.targets.length === 0 ? h('p', { class: 'muted' }, t('programme.noTargets')) : null,
    programme.targets.map((target, index) => targetArticle(screen, target, index)),
    screen.editable ? addTargetForm(screen) : null,
  );
}

function targetArticle(screen: Screen, target: ProgrammeTargetResponse, index: number): HTMLElement {
  const at = `targets[${index}]`;
  return h(
    'article',
    { class: 'pp-target', 'data-ph': target.code, 'data-issue-path': at, tabindex: -1 },
    h(
      'h3',
      { 'data-issue-path': `${at}.target`, tabindex: -1 },
      h('span', { class: 'code' }, target.code),
      ' ',
      target.targetCode
        ? t('programme.targetOf', { code: target.targetCode, title: target.title ?? '' })
        : t('programme.targetGone'),
    ),
    explanationForm(screen, target),
    h('h4', {}, t('programme.indicatorsHeading', { ph: target.code })),
    target.indicators.length === 0 ? h('p', { class: 'muted' }, t('programme.noIndicators')) : null,
    target.indicators.map((indicator, i) =>
      indicatorForm(screen, target, indicator, `${at}.indicators[${i}]`),
    ),
    h('h4', {}, t('programme.activitiesHeading', { ph: target.code })),
    target.activities.length === 0 ? h('p', { class: 'muted' }, t('programme.noActivities')) : null,
    target.activities.map((activity, a) => activityForm(screen, target, activity, `${at}.activities[${a}]`)),
    screen.editable ? addActivityForm(screen, target) : null,
    removeActions(screen, null, 'target', { ph: target.code }, () =>
      deleteProgrammeTarget(screen.planId, screen.year, target.code),
    ),
  );
}

function explanationForm(screen: Screen, target: ProgrammeTargetResponse): HTMLElement {
  const submit = saveButton(t('programme.save'));
  const form = h(
    'form',
    { class: 'pp-explanation', novalidate: true },
    textField(t('programme.explanation'), 'explanation', target.explanation ?? '', {
      multiline: true,
      editable: screen.editable,
    }),
    screen.editable ? submit : null,
  );
  onSubmit(
    form,
    submit,
    () =>
      updateProgrammeTarget(screen.planId, screen.year, target.code, {
        explanation: (form.elements.namedItem('explanation') as HTMLTextAreaElement).value,
        version: target.version,
      }),
    t('programme.saved'),
  );
  return form;
}

/** The plan's targets of the year (an indicator target or a cost estimate for it) not yet a PH. */
function targetsOfYear(screen: Screen): Array<{ aim: string; target: TargetDoc }> {
  if (!screen.document) return [];
  const used = new Set(screen.programme.targets.map((target) => target.targetCode));
  const key = String(screen.year);
  return screen.document.plan.aims.flatMap((aim) =>
    aim.targets
      .filter(
        (target) =>
          !used.has(target.code) &&
          (target.indicators.some((indicator) => indicator.targets[key] !== undefined) ||
            target.costEstimate?.[key] !== undefined),
      )
      .map((target) => ({ aim: aim.code, target })),
  );
}

function addTargetForm(screen: Screen): HTMLElement {
  const choices = targetsOfYear(screen);
  if (choices.length === 0)
    return h('p', { class: 'muted' }, t('programme.noTargetsLeft', { year: screen.year }));
  const id = uid('pp-plan-target');
  const submit = saveButton(t('programme.addTarget'));
  const form = h(
    'form',
    { class: 'pp-add-target', novalidate: true },
    h('h3', {}, t('programme.addTargetHeading')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, t('programme.planTarget', { year: screen.year })),
      h(
        'select',
        { id, name: 'target' },
        choices.map(({ target }) => h('option', { value: target.code }, `${target.code} ${target.title}`)),
      ),
    ),
    textField(t('programme.explanation'), 'explanation', '', { multiline: true, editable: true }),
    submit,
  );
  onSubmit(
    form,
    submit,
    () => {
      const explanation = (form.elements.namedItem('explanation') as HTMLTextAreaElement).value.trim();
      return addProgrammeTarget(screen.planId, screen.year, {
        target: (form.elements.namedItem('target') as HTMLSelectElement).value,
        explanation: explanation || undefined,
      });
    },
    t('programme.targetAdded'),
  );
  return form;
}

// ——— Indicators: t-2, t-1, t ———

function indicatorForm(
  screen: Screen,
  target: ProgrammeTargetResponse,
  indicator: ProgrammeIndicatorResponse,
  at: string,
): HTMLElement {
  const submit = saveButton(t('programme.save'));
  const typed = indicator.figures.filter((figure) => figure.source !== 'actual' && figure.source !== 'plan');
  const form = h(
    'form',
    {
      class: 'pp-indicator',
      'data-indicator': indicator.code,
      'data-issue-path': at,
      tabindex: -1,
      novalidate: true,
    },
    h(
      'p',
      { class: 'pp-indicator-name' },
      h('span', { class: 'code' }, indicator.code),
      ' ',
      indicator.name,
      ' — ',
      h(
        'span',
        { 'data-issue-path': `${at}.unit`, tabindex: -1 },
        indicator.unit ? t('programme.unit', { unit: indicator.unit }) : t('programme.noUnit'),
      ),
    ),
    h(
      'div',
      { class: 'pp-figures', 'data-issue-path': `${at}.figures`, tabindex: -1 },
      indicator.figures.map((figure) => {
        const fixed = figure.source === 'actual' || figure.source === 'plan';
        if (fixed)
          return h(
            'div',
            { class: 'field pp-figure', 'data-year': figure.year, 'data-source': figure.source ?? '' },
            h('span', { class: 'pp-figure-year' }, String(figure.year)),
            h('strong', {}, formatNumber(figure.value)),
            h('span', { class: 'pp-source' }, figureSourceText(figure.source)),
          );
        const id = uid('pp-figure');
        return h(
          'div',
          { class: 'field pp-figure', 'data-year': figure.year, 'data-source': figure.source ?? '' },
          h('label', { for: id }, String(figure.year)),
          h('input', {
            id,
            name: `figures.${figure.year}`,
            type: 'number',
            inputmode: 'decimal',
            step: 'any',
            value: figure.value ?? '',
            disabled: !screen.editable,
          }),
          h('span', { class: 'pp-source' }, figureSourceText(figure.source)),
        );
      }),
    ),
    textField(t('programme.explanation'), 'explanation', indicator.explanation ?? '', {
      editable: screen.editable,
    }),
    screen.editable ? submit : null,
  );
  onSubmit(
    form,
    submit,
    () => {
      const figures: Record<string, number | null> = {};
      for (const figure of typed) {
        const text = (form.elements.namedItem(`figures.${figure.year}`) as HTMLInputElement).value.trim();
        figures[String(figure.year)] = text === '' ? null : Number(text);
      }
      return putProgrammeIndicator(screen.planId, screen.year, target.code, indicator.code, {
        figures,
        explanation: (form.elements.namedItem('explanation') as HTMLInputElement).value,
        version: indicator.version,
      });
    },
    t('programme.saved'),
  );
  return form;
}

// ——— Activities ———

function unitSelect(screen: Screen, value: string | null, issuePath?: string): HTMLElement {
  const id = uid('pp-unit');
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, t('programme.responsibleUnit')),
    h(
      'select',
      { id, name: 'unit', disabled: !screen.editable, 'data-issue-path': issuePath },
      h('option', { value: '' }, t('programme.chooseUnit')),
      screen.units.map((unit) => h('option', { value: unit.code, selected: unit.code === value }, unit.name)),
    ),
  );
}

function activityFields(
  screen: Screen,
  activity: ProgrammeActivityResponse | null,
  issuePath?: string,
): Child[] {
  return [
    h(
      'div',
      { class: 'pp-activity-head' },
      textField(t('programme.activityCode'), 'code', activity?.code ?? '', { editable: screen.editable }),
      textField(t('programme.activityName'), 'name', activity?.name ?? '', { editable: screen.editable }),
    ),
    unitSelect(screen, activity?.unit ?? null, issuePath ? `${issuePath}.unit` : undefined),
    textField(t('programme.description'), 'description', activity?.description ?? '', {
      multiline: true,
      editable: screen.editable,
    }),
    ...needFields('', activity?.cost ?? { budget: {}, offBudget: {} }, screen.editable),
  ];
}

function readActivity(form: HTMLFormElement): ActivityRequest {
  const text = (name: string): string =>
    (
      form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
    ).value.trim();
  const need = readNeed(form, '');
  const code = text('code');
  return {
    name: text('name'),
    unit: text('unit'),
    code: code || undefined,
    description: text('description'),
    budget: need.budget,
    offBudget: need.offBudget,
  };
}

function activityForm(
  screen: Screen,
  target: ProgrammeTargetResponse,
  activity: ProgrammeActivityResponse,
  at: string,
): HTMLElement {
  const submit = saveButton(t('programme.save'));
  const form = h(
    'form',
    {
      class: 'pp-activity',
      'data-activity': activity.code,
      'data-issue-path': at,
      tabindex: -1,
      novalidate: true,
    },
    h(
      'h5',
      {},
      h('span', { class: 'code' }, activity.code),
      ' ',
      activity.name,
      ' — ',
      t('programme.activityTotal', { amount: lira(activity.amounts.total) }),
    ),
    activityFields(screen, activity, at),
    removeActions(screen, submit, 'activity', { code: activity.code }, () =>
      deleteProgrammeActivity(screen.planId, screen.year, activity.code),
    ),
  );
  onSubmit(
    form,
    submit,
    () => {
      const body = readActivity(form);
      if (!checkActivity(form, body)) return null;
      return updateProgrammeActivity(screen.planId, screen.year, activity.code, {
        ...body,
        code: body.code ?? activity.code,
        target: target.code,
        version: activity.version,
      });
    },
    t('programme.saved'),
  );
  return form;
}

function checkActivity(form: HTMLFormElement, body: ActivityRequest): boolean {
  return requireFields(form, t('programme.activityIncomplete'), [
    { path: 'name', value: body.name ?? '', message: t('programme.nameRequired') },
    { path: 'unit', value: body.unit ?? '', message: t('programme.unitRequired') },
  ]);
}

function addActivityForm(screen: Screen, target: ProgrammeTargetResponse): HTMLElement {
  const submit = saveButton(t('programme.addActivity'));
  const form = h(
    'form',
    { class: 'pp-add-activity', 'data-ph': target.code, novalidate: true },
    h('h5', {}, t('programme.addActivityTo', { ph: target.code })),
    activityFields(screen, null),
    submit,
  );
  onSubmit(
    form,
    submit,
    () => {
      const body = readActivity(form);
      if (!checkActivity(form, body)) return null;
      return addProgrammeActivity(screen.planId, screen.year, { ...body, target: target.code });
    },
    t('programme.activityAdded'),
  );
  return h(
    'details',
    { class: 'pp-add-activity-box' },
    h('summary', {}, t('programme.addActivityTo', { ph: target.code })),
    form,
  );
}

// ——— General administration, transfers, the budget proposal ———

function institutionSection(screen: Screen): HTMLElement {
  const { programme } = screen;
  const submit = saveButton(t('programme.save'));
  const form = h(
    'form',
    { class: 'pp-institution', novalidate: true },
    h('h3', {}, t('programme.generalAdministration')),
    needFields('generalAdministration.', programme.generalAdministration, screen.editable),
    h('h3', {}, t('programme.transfers')),
    needFields('transfers.', programme.transfers, screen.editable),
    screen.editable ? submit : null,
  );
  return programmeCard(
    screen,
    form,
    submit,
    () => ({
      generalAdministration: readNeed(form, 'generalAdministration.'),
      transfers: readNeed(form, 'transfers.'),
    }),
    {
      id: 'pp-institution-heading',
      heading: 'programme.institutionHeading',
      intro: 'programme.institutionIntro',
    },
  );
}

function proposalSection(screen: Screen): HTMLElement {
  const { programme, tables } = screen;
  const submit = saveButton(t('programme.saveProposal'));
  const broken = new Map(tables.identityBreaks.map((line) => [line.line, line]));
  const fields = amountFields(
    'proposal',
    ECONOMIC_CODES,
    programme.proposal,
    economicCodeLabel,
    screen.editable,
  );
  // A line the identity breaks says what the tables compute for it (the server's figure).
  for (const field of Array.from(fields.querySelectorAll<HTMLInputElement>('input'))) {
    const code = field.name.slice('proposal.'.length);
    const line = broken.get(code as (typeof tables.identityBreaks)[number]['line']);
    if (!line) continue;
    field.closest('.field')?.classList.add('pp-break');
    field.insertAdjacentElement(
      'afterend',
      h('p', { class: 'pp-break-note' }, t('programme.breakComputed', { amount: lira(line.computed) })),
    );
  }
  const total = broken.get('total');
  const form = h(
    'form',
    { class: 'pp-proposal', 'data-issue-path': 'proposal', tabindex: -1, novalidate: true },
    fields,
    total
      ? h(
          'p',
          { class: 'pp-break-note', role: 'note' },
          t('programme.breakTotal', { proposal: lira(total.proposal), computed: lira(total.computed) }),
        )
      : null,
    screen.editable ? submit : null,
  );
  return programmeCard(
    screen,
    form,
    submit,
    () => ({ proposal: readAmounts(form, 'proposal', ECONOMIC_CODES) }),
    { id: 'pp-proposal-heading', heading: 'programme.proposalHeading', intro: 'programme.proposalIntro' },
  );
}

/**
 * A card of the programme's own figures under its heading and intro: its form saves what `read`
 * takes from it with putProgramme, at the version the screen read.
 */
function programmeCard(
  screen: Screen,
  form: HTMLFormElement,
  submit: HTMLButtonElement,
  read: () => Omit<PutProgrammeRequest, 'version'>,
  section: { id: string; heading: MessageKey; intro: MessageKey },
): HTMLElement {
  const { version } = screen.programme;
  onSubmit(
    form,
    submit,
    () => putProgramme(screen.planId, screen.year, { ...read(), version }),
    t('programme.saved'),
  );
  return labelledSection(
    'card',
    section.id,
    t(section.heading),
    h('p', { class: 'muted' }, t(section.intro)),
    form,
  );
}

// ——— Lifecycle ———

function lifecycleSection(
  screen: Screen,
  writer: boolean,
  revisions: ProgrammeRevisionResponse[],
): HTMLElement {
  const { programme } = screen;
  return labelledSection(
    'card pp-lifecycle',
    'pp-lifecycle-heading',
    t('programme.lifecycleHeading'),
    h('p', {}, programmeStatusText(programme)),
    writer ? lifecycleForm(screen) : null,
    h('h3', {}, t('programme.revisionsHeading')),
    revisions.length === 0
      ? h('p', { class: 'muted' }, t('programme.noRevisions'))
      : h(
          'ol',
          { class: 'pp-revisions' },
          revisions.map((revision) =>
            h(
              'li',
              { 'data-revision': revision.revision },
              h('strong', {}, t('programme.revisionNumber', { revision: revision.revision })),
              ' ',
              t('programme.revisionOpened', {
                date: formatDateTime(revision.openedAt),
                reason: revision.reason,
              }),
              revision.accepted.decisionDate
                ? h(
                    'p',
                    { class: 'muted' },
                    t('programme.revisionAccepted', {
                      date: formatDate(revision.accepted.decisionDate),
                      number: revision.accepted.decisionNumber ?? '',
                    }),
                  )
                : null,
            ),
          ),
        ),
  );
}

function lifecycleForm(screen: Screen): HTMLElement | null {
  const { programme, planId, year } = screen;
  const dateField = (name: string, label: string): HTMLElement => {
    const id = uid('pp-date');
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h('input', { id, name, type: 'date', value: todayIso() }),
    );
  };
  const value = (form: HTMLFormElement, name: string): string =>
    (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement).value.trim();
  /** A step's form: its fields, each required one checked (`incomplete` if any is empty) before `send`. */
  const stepForm = (
    className: string,
    submit: HTMLButtonElement,
    fields: Child[],
    incomplete: string,
    required: Array<[name: string, message: string]>,
    send: (form: HTMLFormElement) => Promise<unknown>,
    done: string,
  ): HTMLFormElement => {
    const form = h('form', { class: className, novalidate: true }, fields, submit);
    const complete = (): boolean =>
      requireFields(
        form,
        incomplete,
        required.map(([path, message]) => ({ path, value: value(form, path), message })),
      );
    onSubmit(form, submit, () => (complete() ? send(form) : null), done);
    return form;
  };
  if (programme.status === 'draft') {
    const errors = screen.validation.errors;
    const submit = saveButton(t('programme.submit'));
    submit.disabled = errors > 0;
    return stepForm(
      'pp-submit',
      submit,
      [
        dateField('date', t('programme.submitDate')),
        errors > 0
          ? h('p', { class: 'lifecycle-blocked' }, t('programme.submitBlocked', { count: errors }))
          : null,
      ],
      t('programme.dateRequired'),
      [['date', t('programme.dateRequired')]],
      (form) => submitProgramme(planId, year, value(form, 'date')),
      t('programme.submitted'),
    );
  }
  if (programme.status === 'submitted')
    return stepForm(
      'pp-accept',
      saveButton(t('programme.accept')),
      [
        dateField('date', t('programme.decisionDate')),
        textField(t('programme.decisionNumber'), 'number', '', { editable: true }),
      ],
      t('programme.acceptIncomplete'),
      [
        ['date', t('programme.dateRequired')],
        ['number', t('programme.numberRequired')],
      ],
      (form) => acceptProgramme(planId, year, { date: value(form, 'date'), number: value(form, 'number') }),
      t('programme.accepted'),
    );
  return stepForm(
    'pp-revise',
    saveButton(t('programme.openRevision')),
    [textField(t('programme.revisionReason'), 'reason', '', { multiline: true, editable: true })],
    t('programme.reasonRequired'),
    [['reason', t('programme.reasonRequired')]],
    (form) => openProgrammeRevision(planId, year, value(form, 'reason')),
    t('programme.revisionOpenedNow'),
  );
}
