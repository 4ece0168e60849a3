import type {
  StrategyAimNode,
  StrategyIndicatorNode,
  StrategyTargetNode,
  StrategyTreeResponse,
} from '../../../src/contracts/drafting.js';
import { DIRECTIONS, VALUE_TYPES } from '../../../src/contracts/plan-document.js';
import type { PreviousIndicatorRealisation, UnitResponse } from '../../../src/contracts/resources.js';
import {
  createAim,
  createIndicator,
  createTarget,
  deleteNode,
  moveNode,
  renameAim,
} from '../../api/strategy.js';
import { confirmButton } from '../../components/confirm-button.js';
import { append, h, uid } from '../../lib/dom.js';
import { clearErrors, requireFields, showError, showFieldError } from '../../lib/errors.js';
import { formatNumber, formatPeriod, formatRate } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { directionLabel, valueTypeLabel } from '../../lib/labels.js';
import { href } from '../../lib/router.js';

/**
 * The strategy tree of the workspace: aims → targets → indicators with codes, titles, weights
 * and each target's weight total; adding (the server numbers the new node), renaming an aim,
 * moving (codes renumber), deleting with a question. A target or an indicator opens the card
 * editor. Read-only when the plan is not a draft or the user may not edit it.
 */

export interface TreeOptions {
  planId: string;
  editable: boolean;
  /** The institution's units, for a new target's responsible unit (read while the tree is drawn). */
  units: Promise<readonly UnitResponse[]>;
  /** The previous plan's last realisation by indicator code (a copied plan), else empty. */
  previous: ReadonlyMap<string, PreviousIndicatorRealisation>;
  /** Runs a change, then the screen reloads the tree and the validation (and says what changed). */
  change(act: () => Promise<ChangeResult>): Promise<void>;
  /** Shows a refused change that has no form of its own (a move). */
  fail(error: unknown): void;
}

/** What a change tells the user, and the codes it renamed (a move). */
export interface ChangeResult {
  message: string;
  renamed?: Record<string, string>;
  tree?: StrategyTreeResponse;
  /** The element to focus after the tree is drawn again (its data-focus). */
  focus?: string;
}

export function weightTotal(target: StrategyTargetNode): number {
  return Math.round(target.indicators.reduce((sum, indicator) => sum + indicator.weight, 0) * 100) / 100;
}

/**
 * How many indicator rows get their controls with the tree itself (more than a screen holds); the
 * rest get them target by target when the browser is idle, or at once when the pointer or the
 * focus comes into a target (docs/performance.md, "Drafting workspace").
 */
const EAGER_ROWS = 60;

/** A target's controls still to build, by the target's element. */
type Pending = Map<HTMLElement, () => void>;

/**
 * The tree. `focus` (a data-focus of the tree, e.g. `down:PG1.2.3`) names a control the screen
 * focuses right after: its target gets its controls at once.
 */
export function strategyTree(tree: StrategyTreeResponse, options: TreeOptions, focus?: string): HTMLElement {
  const pending: Pending = new Map();
  const eager = eagerTargets(tree, focus);
  const root = h(
    'div',
    { class: options.editable ? 'ws-tree ws-editable' : 'ws-tree' },
    tree.aims.length === 0 ? h('p', { class: 'muted' }, t('workspace.empty')) : null,
    h(
      'ol',
      { class: 'ws-aims' },
      tree.aims.map((aim, index) => aimItem(tree, aim, index, options, pending, eager)),
    ),
    options.editable ? addAimForm(options) : null,
  );
  if (pending.size > 0) completeLater(root, pending);
  return root;
}

/** The targets whose controls come with the tree: the first rows, and the one `focus` is in. */
export function eagerTargets(tree: StrategyTreeResponse, focus: string | undefined): Set<string> {
  const code = focus ? focus.slice(focus.indexOf(':') + 1) : '';
  const eager = new Set<string>();
  let rows = 0;
  for (const aim of tree.aims)
    for (const target of aim.targets) {
      if (
        rows < EAGER_ROWS ||
        target.code === code ||
        target.indicators.some((indicator) => indicator.code === code)
      )
        eager.add(target.code);
      rows += Math.max(1, target.indicators.length);
    }
  return eager;
}

/**
 * Builds the pending targets' controls in document order while the browser is idle, a few
 * milliseconds at a time, and a target's at once when the pointer or the focus enters it (so a
 * keyboard user tabbing into a target finds its buttons in place). Stops when the tree leaves the
 * page (a change draws a new tree).
 */
function completeLater(root: HTMLElement, pending: Pending): void {
  const complete = (target: EventTarget | null): void => {
    const item = target instanceof Element ? target.closest<HTMLElement>('li.ws-target') : null;
    const build = item ? pending.get(item) : undefined;
    if (!item || !build) return;
    pending.delete(item);
    build();
  };
  root.addEventListener('focusin', (event) => complete(event.target));
  root.addEventListener('pointerover', (event) => complete(event.target));
  let shown = false;
  let waits = 0;
  const step = (deadline?: IdleDeadline): void => {
    if (!root.isConnected) {
      // Not on the page yet (the screen inserts it right after it is built), or gone for good.
      waits += 1;
      if (!shown && waits < 20) later(step);
      return;
    }
    shown = true;
    // At most about 8 ms at a time, so a click or a key is never kept waiting long.
    const until = performance.now() + 8;
    for (const [item, build] of pending) {
      pending.delete(item);
      build();
      const left = Math.min(until - performance.now(), deadline ? deadline.timeRemaining() : Infinity);
      if (left <= 1) break;
    }
    if (pending.size > 0) later(step);
  };
  later(step);
}

function later(step: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 500 });
  else window.setTimeout(() => step(), 16);
}

function moveButtons(
  options: TreeOptions,
  kind: 'aims' | 'targets' | 'indicators',
  code: string,
  index: number,
  count: number,
): HTMLElement {
  const move = (position: number, direction: 'up' | 'down'): void =>
    void options
      .change(async () => {
        const moved = await moveNode(options.planId, kind, code, { position });
        const now = moved.renamed[code] ?? code;
        return {
          message: t('workspace.moved', { code: now }),
          renamed: moved.renamed,
          tree: moved,
          focus: `${direction}:${now}`,
        };
      })
      .catch((error: unknown) => options.fail(error));
  return h(
    'span',
    { class: 'ws-move' },
    h(
      'button',
      {
        type: 'button',
        class: 'small',
        'aria-label': t('workspace.upLabel', { code }),
        'data-focus': `up:${code}`,
        disabled: index === 0,
        title: t('workspace.upLabel', { code }),
        onclick: () => move(index, 'up'),
      },
      '↑',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'small',
        'aria-label': t('workspace.downLabel', { code }),
        'data-focus': `down:${code}`,
        disabled: index === count - 1,
        title: t('workspace.downLabel', { code }),
        onclick: () => move(index + 2, 'down'),
      },
      '↓',
    ),
  );
}

function deleteControl(
  options: TreeOptions,
  kind: 'aims' | 'targets' | 'indicators',
  code: string,
  errors: HTMLElement,
): HTMLElement {
  const question =
    kind === 'aims'
      ? t('workspace.deleteAimQuestion', { code })
      : kind === 'targets'
        ? t('workspace.deleteTargetQuestion', { code })
        : t('workspace.deleteIndicatorQuestion', { code });
  return confirmButton({
    label: t('workspace.delete'),
    ariaLabel: t('workspace.deleteLabel', { code }),
    question,
    yes: t('workspace.yes'),
    no: t('workspace.no'),
    className: 'small',
    errors,
    act: () =>
      options.change(async () => {
        await deleteNode(options.planId, kind, code);
        return { message: t('workspace.deleted', { code }) };
      }),
  });
}

function aimItem(
  tree: StrategyTreeResponse,
  aim: StrategyAimNode,
  index: number,
  options: TreeOptions,
  pending: Pending,
  eager: ReadonlySet<string>,
): HTMLElement {
  const item = h('li', { class: 'ws-aim card', 'data-aim': aim.code });
  const heading = h(
    'div',
    { class: 'ws-aim-head' },
    h(
      'h3',
      { class: 'ws-aim-title' },
      h('span', { class: 'code' }, aim.code),
      ' ',
      h('span', { class: 'ws-title-text' }, aim.title),
    ),
  );
  if (options.editable) {
    const controls = h(
      'div',
      { class: 'ws-controls' },
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          'aria-label': t('workspace.editAim', { code: aim.code }),
          'data-focus': `edit:${aim.code}`,
          'data-edit-aim': aim.code,
          onclick: () => openAimEditor(item, aim, options),
        },
        t('workspace.edit'),
      ),
      moveButtons(options, 'aims', aim.code, index, tree.aims.length),
      deleteControl(options, 'aims', aim.code, item),
    );
    heading.append(controls);
  }
  append(
    item,
    heading,
    aim.targets.length === 0 ? h('p', { class: 'muted' }, t('workspace.noTargets')) : null,
    h(
      'ol',
      { class: 'ws-targets' },
      aim.targets.map((target, targetIndex) =>
        targetItem(tree, aim, target, targetIndex, options, pending, eager),
      ),
    ),
    options.editable ? addTargetForm(aim, options) : null,
  );
  return item;
}

/** The aim's title as an inline form; the server's refusal stays beside the field. */
export function openAimEditor(item: HTMLElement, aim: StrategyAimNode, options: TreeOptions): void {
  const title = item.querySelector<HTMLElement>('.ws-aim-title');
  if (!title || item.querySelector('form.ws-aim-edit')) {
    item.querySelector<HTMLInputElement>('form.ws-aim-edit input')?.focus();
    return;
  }
  const id = uid('aim-title');
  const input = h('input', { id, name: 'title', value: aim.title, autocomplete: 'off', required: true });
  const form = h(
    'form',
    { class: 'ws-aim-edit', novalidate: true },
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, t('workspace.aimTitle'), ' ', h('span', { class: 'code' }, aim.code)),
      input,
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('workspace.save')),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            form.replaceWith(title);
            item.querySelector<HTMLElement>(`[data-edit-aim="${CSS.escape(aim.code)}"]`)?.focus();
          },
        },
        t('workspace.cancel'),
      ),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = input.value.trim();
    if (
      !requireFields(form, t('workspace.fixFields'), [
        { path: 'title', value, message: t('workspace.titleRequired') },
      ])
    )
      return;
    void options
      .change(async () => {
        await renameAim(options.planId, aim.code, { title: value, version: aim.version });
        return { message: t('workspace.saved'), focus: `edit:${aim.code}` };
      })
      .catch((error: unknown) => showError(form, error));
  });
  title.replaceWith(form);
  input.focus();
  input.select();
}

function targetItem(
  tree: StrategyTreeResponse,
  aim: StrategyAimNode,
  target: StrategyTargetNode,
  index: number,
  options: TreeOptions,
  pending: Pending,
  eager: ReadonlySet<string>,
): HTMLElement {
  const total = weightTotal(target);
  const off = target.indicators.length > 0 && Math.abs(total - 100) > 0.001;
  const cardHref = (field?: string) =>
    href('/plans/:planId/targets/:code/edit', { planId: options.planId, code: target.code }, { field });
  const item = h('li', { class: 'ws-target', 'data-target': target.code });
  const head = h(
    'div',
    { class: 'ws-target-head' },
    h(
      'h4',
      {},
      h(
        'a',
        {
          href: cardHref('title'),
          'aria-label': t('workspace.openCard', { code: target.code }),
          'data-focus': `target:${target.code}`,
        },
        h('span', { class: 'code' }, target.code),
        ' ',
        target.title,
      ),
    ),
    h(
      'p',
      { class: `ws-weight-total${off ? ' ws-off' : ''}`, 'data-total': total },
      t(off ? 'workspace.weightTotalOff' : 'workspace.weightTotal', { total: formatNumber(total) }),
    ),
  );
  const lines = target.indicators.map((indicator, position) =>
    indicatorLine(indicator, cardHref(`indicators[${position}].name`)),
  );
  append(
    item,
    head,
    target.indicators.length === 0
      ? h('p', { class: 'muted' }, t('workspace.noIndicators'))
      : h(
          'ul',
          { class: 'ws-indicators' },
          target.indicators.map((indicator, position) =>
            h(
              'li',
              { class: 'ws-indicator', 'data-indicator': indicator.code, 'data-position': position + 1 },
              lines[position],
              options.previous.size > 0 ? previousLine(options.previous.get(indicator.code)) : null,
            ),
          ),
        ),
    options.editable ? addIndicatorForm(target, options) : null,
  );
  if (!options.editable) return item;
  // The move and delete controls of the target and of each of its rows.
  const controls = (): void => {
    const others = tree.aims.filter((other) => other.code !== aim.code);
    head.append(
      h(
        'div',
        { class: 'ws-controls' },
        moveButtons(options, 'targets', target.code, index, aim.targets.length),
        others.length > 0 ? moveToAim(target, others, options) : null,
        deleteControl(options, 'targets', target.code, item),
      ),
    );
    const count = target.indicators.length;
    target.indicators.forEach((indicator, position) =>
      lines[position].append(
        h(
          'span',
          { class: 'ws-controls' },
          count > 1 ? moveButtons(options, 'indicators', indicator.code, position, count) : null,
          deleteControl(options, 'indicators', indicator.code, item),
        ),
      ),
    );
  };
  if (eager.has(target.code)) controls();
  else pending.set(item, controls);
  return item;
}

function moveToAim(target: StrategyTargetNode, others: StrategyAimNode[], options: TreeOptions): HTMLElement {
  const id = uid('move-to');
  const select = h(
    'select',
    { id, name: 'aim', 'aria-label': t('workspace.moveToLabel', { code: target.code }) },
    others.map((aim) => h('option', { value: aim.code }, `${aim.code} — ${aim.title}`)),
  );
  return h(
    'span',
    { class: 'ws-move-to' },
    select,
    h(
      'button',
      {
        type: 'button',
        class: 'small',
        'aria-label': t('workspace.moveLabel', { code: target.code }),
        onclick: () => {
          const aim = others.find((other) => other.code === select.value);
          if (!aim) return;
          void options
            .change(async () => {
              const moved = await moveNode(options.planId, 'targets', target.code, {
                aim: aim.code,
                position: aim.targets.length + 1,
              });
              const now = moved.renamed[target.code] ?? target.code;
              return {
                message: t('workspace.moved', { code: now }),
                renamed: moved.renamed,
                tree: moved,
                focus: `target:${now}`,
              };
            })
            .catch((error: unknown) => options.fail(error));
        },
      },
      t('workspace.move'),
    ),
  );
}

/** An indicator's line: its code and name (a link to its card) and weight; controls come after. */
function indicatorLine(indicator: StrategyIndicatorNode, cardLink: string): HTMLElement {
  return h(
    'div',
    { class: 'ws-indicator-line' },
    h('a', { href: cardLink }, h('span', { class: 'code' }, indicator.code), ' ', indicator.name),
    h('span', { class: 'ws-weight number' }, `%${formatNumber(indicator.weight)}`),
  );
}

function previousLine(previous: PreviousIndicatorRealisation | undefined): HTMLElement {
  if (!previous || previous.period === null)
    return h('p', { class: 'ws-previous muted' }, t('workspace.previousNone'));
  return h(
    'p',
    { class: 'ws-previous muted' },
    t('workspace.previous', {
      period: formatPeriod(previous.period),
      actual: formatNumber(previous.actual),
      target: formatNumber(previous.target),
      rate: formatRate(previous.rate),
    }),
  );
}

function field(name: string, label: string, control: HTMLElement): HTMLElement {
  const id = uid(name);
  control.id = id;
  control.setAttribute('name', name);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

/**
 * An "add …" box: a summary that opens its form. The form is built when the box first opens
 * (click or keyboard on the summary, or `open` set), not with the tree: a large draft has one box
 * per target and aim, and their fields would be most of the tree's elements (docs/performance.md).
 */
function addForm(
  className: string,
  summary: string,
  fields: () => HTMLElement[] | Promise<HTMLElement[]>,
  button: string,
  submit: (form: HTMLFormElement) => void,
  open = false,
): HTMLDetailsElement {
  const box = h('details', { class: 'ws-add', open }, h('summary', {}, summary));
  let built = false;
  const build = (): void => {
    if (built) return;
    built = true;
    const form = h('form', { class: className, novalidate: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearErrors(form);
      submit(form);
    });
    const fill = (controls: HTMLElement[]): void => {
      append(form, controls, h('button', { type: 'submit', class: 'primary' }, button));
      box.append(form);
    };
    const made = fields();
    if (Array.isArray(made)) fill(made);
    else void made.then(fill);
  };
  // The summary's click (a pointer, Enter or Space) comes before the box opens: the form is there
  // when it shows. `toggle` covers an opening by script.
  box.firstElementChild?.addEventListener('click', build);
  box.addEventListener('toggle', () => {
    if (box.open) build();
  });
  if (open) build();
  return box;
}

function read(form: HTMLFormElement, name: string): string {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement || element instanceof HTMLSelectElement
    ? element.value.trim()
    : '';
}

function addAimForm(options: TreeOptions): HTMLElement {
  const box = addForm(
    'ws-add-aim',
    t('workspace.addAim'),
    () => [field('title', t('workspace.aimTitle'), h('input', { autocomplete: 'off', required: true }))],
    t('workspace.addAim'),
    (form) => {
      const title = read(form, 'title');
      if (
        !requireFields(form, t('workspace.fixFields'), [
          { path: 'title', value: title, message: t('workspace.titleRequired') },
        ])
      )
        return;
      void options
        .change(async () => {
          const aim = await createAim(options.planId, { title });
          return { message: t('workspace.added', { code: aim.code }), focus: 'add-aim' };
        })
        .catch((error: unknown) => showError(form, error));
    },
    true,
  );
  box.classList.add('ws-add-aim-box');
  box.querySelector('summary')?.setAttribute('data-focus', 'add-aim');
  return box;
}

function addTargetForm(aim: StrategyAimNode, options: TreeOptions): HTMLElement {
  const fields = (units: readonly UnitResponse[]): HTMLElement[] => {
    const unit =
      units.length > 0
        ? h(
            'select',
            { required: true },
            h('option', { value: '' }, '—'),
            units.map((item) => h('option', { value: item.code }, item.name || item.code)),
          )
        : h('input', { autocomplete: 'off', required: true });
    return [
      field('title', t('workspace.targetTitle'), h('input', { autocomplete: 'off', required: true })),
      field(
        'responsibleUnit',
        units.length > 0 ? t('workspace.responsibleUnit') : t('workspace.responsibleUnitCode'),
        unit,
      ),
    ];
  };
  return addForm(
    'ws-add-target',
    t('workspace.addTargetTo', { code: aim.code }),
    () => options.units.then(fields),
    t('workspace.addTarget'),
    (form) => {
      const title = read(form, 'title');
      const responsibleUnit = read(form, 'responsibleUnit');
      if (
        !requireFields(form, t('workspace.fixFields'), [
          { path: 'title', value: title, message: t('workspace.titleRequired') },
          { path: 'responsibleUnit', value: responsibleUnit, message: t('workspace.unitRequired') },
        ])
      )
        return;
      void options
        .change(async () => {
          const target = await createTarget(options.planId, { aim: aim.code, title, responsibleUnit });
          return { message: t('workspace.added', { code: target.code }), focus: `target:${target.code}` };
        })
        .catch((error: unknown) => showError(form, error));
    },
  );
}

function addIndicatorForm(target: StrategyTargetNode, options: TreeOptions): HTMLElement {
  const remaining = Math.max(0, 100 - weightTotal(target));
  return addForm(
    'ws-add-indicator',
    t('workspace.addIndicatorTo', { code: target.code }),
    () => [
      field('name', t('workspace.indicatorName'), h('input', { autocomplete: 'off', required: true })),
      field(
        'weight',
        t('workspace.weight'),
        h('input', {
          type: 'text',
          inputmode: 'decimal',
          autocomplete: 'off',
          value: formatNumber(remaining),
        }),
      ),
      field(
        'direction',
        t('workspace.direction'),
        h(
          'select',
          {},
          DIRECTIONS.map((direction) => h('option', { value: direction }, directionLabel(direction))),
        ),
      ),
      field(
        'valueType',
        t('workspace.valueType'),
        h(
          'select',
          {},
          VALUE_TYPES.map((type) => h('option', { value: type }, valueTypeLabel(type))),
        ),
      ),
    ],
    t('workspace.addIndicator'),
    (form) => {
      const name = read(form, 'name');
      const weight = parseWeight(read(form, 'weight'));
      if (
        !requireFields(form, t('workspace.fixFields'), [
          { path: 'name', value: name, message: t('workspace.nameRequired') },
        ])
      )
        return;
      if (weight === null) {
        showFieldError(form, 'weight', t('workspace.weightInvalid'));
        form.querySelector<HTMLElement>('[name="weight"]')?.focus();
        return;
      }
      void options
        .change(async () => {
          const indicator = await createIndicator(options.planId, {
            target: target.code,
            name,
            weight,
            direction: DIRECTIONS.find((item) => item === read(form, 'direction')) ?? 'artis',
            valueType: VALUE_TYPES.find((item) => item === read(form, 'valueType')) ?? 'duzey',
          });
          return { message: t('workspace.added', { code: indicator.code }), focus: `target:${target.code}` };
        })
        .catch((error: unknown) => showError(form, error));
    },
  );
}

/** "40", "12,5" (Turkish) or "12.5": a weight from 0 to 100, else null. */
export function parseWeight(text: string): number | null {
  const normalised = text.replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  const value = Number(normalised);
  return value >= 0 && value <= 100 ? value : null;
}
