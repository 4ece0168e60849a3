import type { ErrorDetail } from '../../../src/contracts/errors.js';
import {
  DIRECTIONS,
  METHODS,
  VALUE_TYPES,
  type Direction,
  type Method,
  type PlanDocument,
  type TargetDoc,
  type ValueType,
} from '../../../src/contracts/plan-document.js';
import {
  CARD_LIST_FIELDS,
  type PlanUpdateRequest,
  type PlanVersionResponse,
  type UpdateCard,
  type UpdateIndicator,
} from '../../../src/contracts/plan-versions.js';
import type { PlanResponse } from '../../../src/contracts/resources.js';
import type { AssessmentPeriodResponse } from '../../../src/contracts/workflow.js';
import { listPeriods } from '../../api/periods.js';
import { getPlan, getPlanDocument } from '../../api/plans.js';
import { listVersions, proposeUpdate } from '../../api/versions.js';
import { announce } from '../../lib/announce.js';
import { h, labelledSection, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, showError, showValidationErrors } from '../../lib/errors.js';
import { getLang, t } from '../../lib/i18n.js';
import { directionLabel, valueTypeLabel } from '../../lib/labels.js';
import { href, navigate, type RouteContext } from '../../lib/router.js';
import { hasRole } from '../../lib/session.js';
import type { MessageKey } from '../../messages/index.js';
import { formatDecimalInput, parseDecimal } from '../../lib/entry-rules.js';
import './update-proposal.css';
import { remainingYears } from './remaining-years.js';
import { pageHeader, planEyebrow } from '../../components/page-header.js';

/**
 * #/plans/:planId/updates/new — "Güncelleme öner" (domain.md 5 UPDATE_RULES, 6): planners and
 * administrators of a plan in force propose new yearly targets for the remaining years, weights,
 * target card fields (the cost estimate of remaining years and CARD_LIST_FIELDS) and added
 * indicators, with the year the update takes effect and its reason. Only what differs from the
 * plan in force is sent; the server's refusals (UPDATE_RULES, WEIGHTS_SUM…) are shown at their
 * fields. On success the new version's diff opens.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const [plan, document, versions, periods] = await Promise.all([
    getPlan(planId, context.signal),
    getPlanDocument(planId, context.signal),
    listVersions(planId, context.signal),
    listPeriods(planId, context.signal).catch((): AssessmentPeriodResponse[] => []),
  ]);
  if (context.signal.aborted) return;
  context.setTitle(`${t('update.title')} — ${plan.title}`);
  const header = pageHeader(
    planEyebrow(plan),
    t('update.title'),
    h('p', {}, h('a', { href: href('/plans/:planId/versions', { planId }) }, t('update.versionsLink'))),
  );
  const refusal = refusalOf(plan, versions);
  const years = remainingYears(plan, periods, versions);
  if (refusal || years.length === 0) {
    replaceChildren(
      context.outlet,
      header,
      h('p', { class: 'update-refused', role: 'note' }, refusal ?? t('update.noYearsLeft')),
    );
    return;
  }
  replaceChildren(
    context.outlet,
    header,
    h('p', { class: 'muted' }, t('update.intro')),
    proposalForm(plan, document, years),
  );
}

/** Why no update can be proposed here, or null. */
function refusalOf(
  plan: PlanResponse,
  versions: readonly PlanVersionResponse[],
): HTMLElement | string | null {
  if (!hasRole(plan.institution.id, 'planner', 'admin')) return t('update.notAllowed');
  if (plan.status !== 'yururlukte') return t('update.notInForce');
  const pending = versions.find((version) => version.status === 'proposed');
  if (pending)
    return h(
      'span',
      {},
      t('update.pending', { number: pending.number }),
      ' ',
      h(
        'a',
        {
          href: href('/plans/:planId/versions/:number', { planId: plan.id, number: String(pending.number) }),
        },
        t('update.openPending'),
      ),
    );
  return null;
}

const numberText = (value: number | null | undefined): string => formatDecimalInput(value ?? null, getLang());

/** A number input of the form, labelled for screen readers; `data-original` keeps the value in force. */
function numberInput(
  name: string,
  label: string,
  value: number | null | undefined,
  year?: number,
): HTMLInputElement {
  const input = h('input', {
    name,
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    class: 'number-input',
    'aria-label': label,
    value: numberText(value),
    'data-original': numberText(value),
    'data-year': year ?? null,
  });
  return input;
}

function field(label: string, control: HTMLElement): HTMLElement {
  const id = uid('update-field');
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function select(
  name: string,
  options: Array<{ value: string; text: string }>,
  selected: string,
): HTMLSelectElement {
  return h(
    'select',
    { name },
    options.map((option) =>
      h('option', { value: option.value, selected: option.value === selected }, option.text),
    ),
  );
}

function proposalForm(plan: PlanResponse, document: PlanDocument, years: number[]): HTMLFormElement {
  const effective = select(
    'effectiveYear',
    years.map((year) => ({ value: String(year), text: String(year) })),
    String(years[0]),
  );
  const reason = h('textarea', { name: 'reason', rows: 3, maxlength: 2000 });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('update.submit'));
  const targets = document.plan.aims.flatMap((aim) => aim.targets);
  const form = h(
    'form',
    { class: 'update-form', novalidate: true },
    labelledSection(
      'card',
      'update-basics',
      t('update.basics'),
      field(t('update.effectiveYear'), effective),
      h('p', { class: 'hint' }, t('update.effectiveHint', { first: years[0], end: plan.endYear })),
      field(t('update.reason'), reason),
      field(t('update.decisionDate'), h('input', { name: 'decisionDate', type: 'date' })),
      field(
        t('update.decisionNumber'),
        h('input', { name: 'decisionNumber', maxlength: 100, autocomplete: 'off' }),
      ),
    ),
    labelledSection(
      'update-targets',
      'update-targets-heading',
      t('update.targetsHeading'),
      h('p', { class: 'muted' }, t('update.targetsHint')),
      // Where refusals about the whole update are shown (nothing changed, weights, plan limits).
      h('p', { class: 'error-anchor', 'data-error-path': 'targets', tabindex: -1 }),
      h('p', { class: 'error-anchor', 'data-error-path': 'weights', tabindex: -1 }),
      h('p', { class: 'error-anchor', 'data-error-path': 'indicators', tabindex: -1 }),
      targets.map((target) => targetBlock(target, years)),
    ),
    h('div', { class: 'actions' }, submit),
  );
  const applyEffectiveYear = (): void => {
    const year = Number(effective.value);
    for (const input of form.querySelectorAll<HTMLInputElement>('input[data-year]')) {
      const before = Number(input.dataset.year) < year;
      input.disabled = before;
      // An added indicator has no target before the effective year: its box is not even shown.
      if (input.dataset.added === 'true')
        input.closest<HTMLElement>('.field')?.toggleAttribute('hidden', before);
    }
  };
  effective.addEventListener('change', applyEffectiveYear);
  form.addEventListener('update-added', applyEffectiveYear);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const collected = collect(form, Number(effective.value), reason.value.trim());
    if ('problems' in collected) {
      showValidationErrors(form, t('update.fixFields'), collected.problems);
      revealInvalid(form);
      return;
    }
    submit.disabled = true;
    proposeUpdate(plan.id, collected.request)
      .then((version) => {
        announce(t('update.proposed', { number: version.number }), { carry: true });
        navigate(
          href('/plans/:planId/versions/:number', { planId: plan.id, number: String(version.number) }),
        );
      })
      .catch((error: unknown) => {
        showError(form, error);
        revealInvalid(form);
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}

/** A refusal inside a closed target: the target opens so its field shows, and the first one takes focus. */
function revealInvalid(form: HTMLFormElement): void {
  const invalid = [...form.querySelectorAll<HTMLElement>('[aria-invalid="true"]')];
  for (const element of invalid) element.closest('details')?.setAttribute('open', '');
  invalid[0]?.focus();
}

/** One target: its indicators' weights and yearly targets, cost estimate, lists and added indicators. */
function targetBlock(target: TargetDoc, years: number[]): HTMLElement {
  const added = h('div', { class: 'update-added' });
  const addButton = h(
    'button',
    { type: 'button', class: 'update-add-indicator' },
    t('update.addIndicator', { target: target.code }),
  );
  addButton.addEventListener('click', () => {
    const block = addedIndicator(target, years, added);
    added.append(block);
    renumberAdded(addButton.closest('form'));
    addButton.closest('form')?.dispatchEvent(new Event('update-added'));
    block.querySelector<HTMLInputElement>('input[name$=".name"]')?.focus();
  });
  return h(
    'details',
    { class: 'card update-target', 'data-target': target.code },
    h('summary', {}, h('span', { class: 'code' }, target.code), ' ', target.title),
    h(
      'div',
      {
        class: 'table-wrap',
        tabindex: 0,
        role: 'region',
        'aria-label': t('update.gridOf', { target: target.code }),
      },
      h(
        'table',
        { class: 'update-grid' },
        h('caption', { class: 'visually-hidden' }, t('update.gridOf', { target: target.code })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('update.indicator')),
            h('th', { scope: 'col' }, t('update.weight')),
            years.map((year) => h('th', { scope: 'col' }, t('update.targetOf', { year }))),
          ),
        ),
        h(
          'tbody',
          {},
          target.indicators.map((indicator) =>
            h(
              'tr',
              { 'data-indicator': indicator.code },
              h('th', { scope: 'row' }, h('span', { class: 'code' }, indicator.code), ' ', indicator.name),
              h(
                'td',
                {},
                numberInput(
                  `weights.${indicator.code}`,
                  t('update.weightOf', { indicator: indicator.code }),
                  indicator.weight,
                ),
              ),
              years.map((year) =>
                h(
                  'td',
                  {},
                  numberInput(
                    `targets.${indicator.code}.${year}`,
                    t('update.targetOfIndicator', { indicator: indicator.code, year }),
                    indicator.targets[String(year)],
                    year,
                  ),
                ),
              ),
            ),
          ),
          h(
            'tr',
            { class: 'update-cost-row' },
            h('th', { scope: 'row' }, t('update.costEstimate')),
            h('td', {}),
            years.map((year) =>
              h(
                'td',
                {},
                numberInput(
                  `cards.${target.code}.costEstimate.${year}`,
                  t('update.costOf', { target: target.code, year }),
                  target.costEstimate?.[String(year)],
                  year,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'update-lists' },
      CARD_LIST_FIELDS.map((name) => {
        const current = target[name] ?? [];
        const area = h(
          'textarea',
          {
            name: `cards.${target.code}.${name}`,
            rows: Math.max(2, current.length + 1),
            'data-original': JSON.stringify(current),
            'data-list': 'true',
          },
          current.join('\n'),
        );
        return field(`${t(`card.${name}` as MessageKey)} (${t('update.onePerLine')})`, area);
      }),
    ),
    added,
    addButton,
  );
}

/** The next free indicator code of a target: PG1.1.4 after PG1.1.1–3. */
function suggestCode(target: TargetDoc, form: HTMLFormElement | null): string {
  const taken = new Set([
    ...target.indicators.map((indicator) => indicator.code),
    ...[...(form?.querySelectorAll<HTMLInputElement>('input[data-added-code]') ?? [])].map(
      (input) => input.value,
    ),
  ]);
  const stem = `PG${target.code.replace(/^[A-Za-z]+/, '')}`;
  let n = target.indicators.length + 1;
  while (taken.has(`${stem}.${n}`)) n += 1;
  return `${stem}.${n}`;
}

/** An indicator the update adds to `target`; its fields are named `indicators[i].…` on submit. */
function addedIndicator(target: TargetDoc, years: number[], container: HTMLElement): HTMLElement {
  const code = h('input', {
    'data-field': 'code',
    'data-added-code': 'true',
    value: suggestCode(target, container.closest('form')),
    maxlength: 50,
    autocomplete: 'off',
  });
  const text = (name: string, maxlength: number) =>
    h('input', { 'data-field': name, maxlength, autocomplete: 'off' });
  const number = (name: string) =>
    h('input', {
      'data-field': name,
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      class: 'number-input',
    });
  const choose = (name: string, options: Array<{ value: string; text: string }>, selected: string) => {
    const element = select('', options, selected);
    element.removeAttribute('name');
    element.dataset.field = name;
    return element;
  };
  const remove = h('button', { type: 'button', class: 'link-button' }, t('update.removeIndicator'));
  const block = h(
    'fieldset',
    { class: 'update-new-indicator', 'data-target': target.code },
    h('legend', {}, t('update.newIndicator', { target: target.code })),
    field(t('update.code'), code),
    field(t('update.name'), text('name', 500)),
    field(t('update.unit'), text('unit', 50)),
    field(t('update.weight'), number('weight')),
    field(
      t('update.direction'),
      choose(
        'direction',
        DIRECTIONS.map((value: Direction) => ({ value, text: directionLabel(value) })),
        'artis',
      ),
    ),
    field(
      t('update.valueType'),
      choose(
        'valueType',
        VALUE_TYPES.map((value: ValueType) => ({ value, text: valueTypeLabel(value, 'short') })),
        'duzey',
      ),
    ),
    field(
      t('update.method'),
      choose(
        'method',
        METHODS.map((value: Method) => ({ value, text: value })),
        'F1',
      ),
    ),
    field(t('update.baseline'), number('baseline')),
    h(
      'div',
      { class: 'update-new-targets', 'data-field': 'targets' },
      years.map((year) => {
        const input = number(`targets.${year}`);
        input.dataset.year = String(year);
        input.dataset.added = 'true';
        return field(t('update.targetOf', { year }), input);
      }),
    ),
    remove,
  );
  remove.addEventListener('click', () => {
    const form = block.closest('form');
    block.remove();
    renumberAdded(form);
  });
  return block;
}

/** Names the added indicators' fields by their index in the request: indicators[0].code, … */
function renumberAdded(form: HTMLFormElement | null): void {
  if (!form) return;
  form.querySelectorAll('.update-new-indicator').forEach((block, index) => {
    block.querySelectorAll<HTMLElement>('[data-field]').forEach((element) => {
      const path = `indicators[${index}].${element.dataset.field ?? ''}`;
      if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) element.name = path;
      else element.dataset.errorPath = path;
    });
  });
}

type Collected = { request: PlanUpdateRequest } | { problems: ErrorDetail[] };

/** The request from the form: only what differs from the plan in force; typed numbers read in the UI language. */
function collect(form: HTMLFormElement, effectiveYear: number, reason: string): Collected {
  const lang = getLang();
  const problems: ErrorDetail[] = [];
  const numberOf = (input: HTMLInputElement, required: boolean): number | null => {
    const parsed = parseDecimal(input.value, lang);
    if (parsed.kind === 'number') return parsed.value;
    if (parsed.kind === 'invalid' || required)
      problems.push({
        path: input.name,
        code: parsed.kind === 'invalid' ? 'INVALID_NUMBER' : 'REQUIRED',
        message: t(parsed.kind === 'invalid' ? 'update.notANumber' : 'update.required'),
      });
    return null;
  };
  if (!reason) problems.push({ path: 'reason', code: 'REQUIRED', message: t('update.reasonRequired') });
  const request: PlanUpdateRequest = { effectiveYear, reason };
  const decisionDate = (form.elements.namedItem('decisionDate') as HTMLInputElement).value;
  const decisionNumber = (form.elements.namedItem('decisionNumber') as HTMLInputElement).value.trim();
  if (decisionDate) request.decisionDate = decisionDate;
  if (decisionNumber) request.decisionNumber = decisionNumber;
  const targets: Record<string, Record<string, number>> = {};
  const weights: Record<string, number> = {};
  const cards: Record<string, UpdateCard> = {};
  const card = (code: string): UpdateCard => (cards[code] ??= {});
  for (const input of form.querySelectorAll<HTMLInputElement>('input[data-original]')) {
    if (input.disabled || input.value.trim() === input.dataset.original) continue;
    const value = numberOf(input, false);
    if (value === null) continue;
    const parts = input.name.split('.');
    if (parts[0] === 'weights') weights[parts.slice(1).join('.')] = value;
    else if (parts[0] === 'targets') {
      const year = parts.at(-1) ?? '';
      const code = parts.slice(1, -1).join('.');
      (targets[code] ??= {})[year] = value;
    } else if (parts[0] === 'cards') {
      const year = parts.at(-1) ?? '';
      const code = parts.slice(1, -2).join('.');
      (card(code).costEstimate ??= {})[year] = value;
    }
  }
  for (const area of form.querySelectorAll<HTMLTextAreaElement>('textarea[data-list]')) {
    const items = area.value
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (JSON.stringify(items) === area.dataset.original) continue;
    const parts = area.name.split('.');
    const name = parts.at(-1) as (typeof CARD_LIST_FIELDS)[number];
    card(parts.slice(1, -1).join('.'))[name] = items;
  }
  const indicators: UpdateIndicator[] = [];
  form.querySelectorAll<HTMLFieldSetElement>('.update-new-indicator').forEach((block, index) => {
    const get = (name: string) =>
      block.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="indicators[${index}].${name}"]`);
    const textOf = (name: string) => get(name)?.value.trim() ?? '';
    const name = textOf('name');
    if (!name)
      problems.push({ path: `indicators[${index}].name`, code: 'REQUIRED', message: t('update.required') });
    const weightInput = get('weight');
    const baselineInput = get('baseline');
    const weight = weightInput instanceof HTMLInputElement ? numberOf(weightInput, true) : null;
    const baseline = baselineInput instanceof HTMLInputElement ? numberOf(baselineInput, true) : null;
    const yearly: Record<string, number> = {};
    for (const input of block.querySelectorAll<HTMLInputElement>('input[data-year]')) {
      if (input.disabled) continue;
      const value = numberOf(input, true);
      if (value !== null) yearly[input.dataset.year ?? ''] = value;
    }
    const unit = textOf('unit');
    indicators.push({
      target: block.dataset.target ?? '',
      code: textOf('code'),
      name,
      ...(unit ? { unit } : {}),
      weight: weight ?? 0,
      direction: textOf('direction') as Direction,
      valueType: textOf('valueType') as ValueType,
      method: textOf('method') as Method,
      baseline: baseline ?? 0,
      targets: yearly,
    });
  });
  if (problems.length > 0) return { problems };
  if (Object.keys(targets).length > 0) request.targets = targets;
  if (Object.keys(weights).length > 0) request.weights = weights;
  if (Object.keys(cards).length > 0) request.cards = cards;
  if (indicators.length > 0) request.indicators = indicators;
  return { request };
}
