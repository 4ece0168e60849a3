import { DIRECTIONS, METHODS, VALUE_TYPES } from '../../../src/contracts/plan-document.js';
import type { TargetCardResponse } from '../../../src/contracts/drafting.js';
import type { PlanHeading, UnitResponse } from '../../../src/contracts/resources.js';
import { getTargetCard, isTargetCard, saveTargetCard } from '../../api/drafting.js';
import { createAutosave, type Autosave, type SaveOutcome } from '../../forms/autosave.js';
import { clearFieldErrors, fieldAt, placeError, showFieldErrors } from '../../forms/field-errors.js';
import { moveInGrid, parsePasteBlock, pasteTargets } from '../../forms/grid.js';
import { guardUnsavedWork } from '../../forms/leave-guard.js';
import { openMergeDialog } from '../../forms/merge-dialog.js';
import { outcomeOf } from '../../forms/outcome.js';
import { saveStatus } from '../../forms/save-status.js';
import { h, labelledSection, replaceChildren, uid } from '../../lib/dom.js';
import { showError } from '../../lib/errors.js';
import { formatNumber } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import { directionLabel, unitNamer, valueTypeLabel } from '../../lib/labels.js';
import type { MessageKey } from '../../messages/index.js';
import {
  applyChoices,
  cardDifferences,
  cardToDraft,
  draftToRequest,
  emptyActivity,
  emptyIndicator,
  LIST_FIELDS,
  linesOf,
  weightTotal,
  type CardDifference,
  type CardDraft,
  type CardValue,
  type IndicatorDraft,
  type ListField,
  type YearTexts,
} from './card-draft.js';

/**
 * The target-card editor (hedef kartı, domain.md 2.1), every field of the card, saved as the user
 * types through the form kit: the whole card at once (PUT …/card, atomic), the server's refusals
 * beside their fields, a 409 merged field by field. The yearly targets are a keyboard grid (arrow
 * keys, Enter, paste a block from a spreadsheet). The screen (index.ts) or the drafting workspace
 * mounts it; it loads the card itself.
 */

export interface CardEditorOptions {
  planId: string;
  code: string;
  plan: PlanHeading;
  /** The institution's units (responsible and collaborating units are chosen by name). */
  units: readonly UnitResponse[];
  /** After each save, with the card and the plan's validation as stored. */
  onSaved?(card: TargetCardResponse): void;
  /** Card-relative path of the field to focus once loaded ("indicators[2].weight"). */
  focusPath?: string | null;
}

export interface CardEditor {
  element: HTMLElement;
  /** Resolves once the card is loaded and shown (rejects when it cannot be read). */
  ready: Promise<void>;
  focus(path: string): void;
  hasUnsaved(): boolean;
  destroy(): void;
}

const LABELS: Record<ListField, MessageKey> = {
  risks: 'card.risks',
  controls: 'card.controls',
  strategies: 'card.strategies',
  findings: 'card.findings',
  needs: 'card.needs',
};

export function mountCardEditor(host: HTMLElement, options: CardEditorOptions): CardEditor {
  const lang = getLang();
  const years: string[] = [];
  for (let year = options.plan.startYear; year <= options.plan.endYear; year += 1) years.push(String(year));
  const unitName = unitNamer(options.units);
  const status = saveStatus();
  const summary = h('div', { class: 'editor-summary' });
  const form = h('form', { class: 'card-editor', novalidate: true, 'aria-label': t('editor.formLabel') });
  const element = h(
    'div',
    { class: 'card-editor-host' },
    h('div', { class: 'editor-bar' }, status.element),
    summary,
    form,
  );
  host.append(element);

  let draft: CardDraft | null = null;
  /** The card as last read or saved: presets the merge choices. */
  let base: CardDraft | null = null;
  let autosave: Autosave<TargetCardResponse> | null = null;
  let releaseGuard: (() => void) | null = null;
  let destroyed = false;

  // ----- saving ---------------------------------------------------------------------------

  const save = async (version: number): Promise<SaveOutcome<TargetCardResponse>> => {
    if (!draft) return { kind: 'failed', code: 'CLIENT_ERROR', message: '' };
    const built = draftToRequest(draft, version, lang);
    if (!built.request) {
      return {
        kind: 'invalid',
        code: 'VALIDATION_FAILED',
        message: t('editor.localInvalid'),
        details: built.errors,
      };
    }
    // The rows as sent: new ones get the codes the server gave them, even if moved meanwhile.
    const sentIndicators = draft.indicators.slice();
    const sentActivities = draft.activities.slice();
    try {
      const card = await saveTargetCard(options.planId, options.code, built.request);
      const sortedIndicators = [...card.indicators].sort((a, b) => a.position - b.position);
      let numbered = false;
      sentIndicators.forEach((indicator, index) => {
        const code = sortedIndicators[index]?.code;
        if (!indicator.code && code) {
          indicator.code = code;
          numbered = true;
        }
      });
      sentActivities.forEach((activity, index) => {
        const code = card.target.activities[index]?.code;
        if (!activity.code && code) activity.code = code;
      });
      base = cardToDraft(card, lang);
      if (numbered) rerender();
      options.onSaved?.(card);
      return { kind: 'saved', version: card.target.version };
    } catch (error) {
      return outcomeOf(error, isTargetCard);
    }
  };

  const showOutcome = (outcome: SaveOutcome<TargetCardResponse> | null): void => {
    summary.replaceChildren();
    if (!outcome || outcome.kind === 'saved') {
      clearFieldErrors(form);
      return;
    }
    if (outcome.kind === 'invalid') {
      const unplaced = showFieldErrors(form, outcome.details);
      summary.append(
        h(
          'div',
          { class: 'error-summary', role: 'alert', 'data-error-code': outcome.code },
          h('p', {}, outcome.message),
          unplaced.length > 0
            ? h(
                'ul',
                {},
                unplaced.map((detail) => h('li', {}, `${detail.message} (${detail.code})`)),
              )
            : null,
        ),
      );
    }
  };

  const resolveConflict = async (current: TargetCardResponse): Promise<void> => {
    if (!draft || !autosave) return;
    const theirs = cardToDraft(current, lang);
    const differences = cardDifferences(draft, theirs, base, lang);
    let merged = draft;
    if (differences.length > 0) {
      const choices = await openMergeDialog<CardValue>({
        differences,
        label: (difference) => differenceLabel(difference as CardDifference, draft ?? theirs, theirs),
        show: (value, difference) => showValue(value, difference as CardDifference),
      });
      if (destroyed || !draft) return;
      merged = applyChoices(draft, theirs, differences, choices);
    }
    draft = merged;
    base = theirs;
    renderForm();
    autosave.resolved(current.target.version);
  };

  const changed = (): void => autosave?.changed();

  /** Adds an empty row to `rows` (the card's `field`); the focus goes to its name. */
  const addRowButton = <T>(
    rows: T[],
    empty: () => T,
    field: string,
    path: string,
    label: string,
  ): HTMLElement =>
    h(
      'button',
      {
        type: 'button',
        'data-path': path,
        onclick: () => {
          rows.push(empty());
          rerender(`${field}[${rows.length - 1}].name`);
          changed();
        },
      },
      label,
    );

  /**
   * Removes row `index` of `rows` once confirmed (asking by the row's `name` as it reads then) and
   * saves at once; `focus` says where the focus goes.
   */
  const removeRowButton = (
    rows: unknown[],
    index: number,
    name: () => string,
    focus: () => string,
  ): HTMLElement =>
    h(
      'button',
      {
        type: 'button',
        class: 'danger',
        'aria-label': t('editor.removeOf', { name: name() }),
        onclick: () => {
          if (!window.confirm(t('editor.removeConfirm', { name: name() }))) return;
          rows.splice(index, 1);
          rerender(focus());
          changed();
          autosave?.flush();
        },
      },
      t('editor.remove'),
    );

  // ----- labels for the merge dialog ------------------------------------------------------

  const indicatorName = (indicator: IndicatorDraft | undefined, index: number): string =>
    indicator?.name.trim() || t('editor.indicatorN', { n: index + 1 });

  const differenceLabel = (difference: CardDifference, mine: CardDraft, theirs: CardDraft): string => {
    const target = difference.target;
    switch (target.kind) {
      case 'title':
        return t('editor.title');
      case 'responsibleUnit':
        return t('card.responsible');
      case 'collaboratingUnits':
        return t('card.collaborating');
      case 'list':
        return t(LABELS[target.field]);
      case 'activities':
        return t('card.costs');
      case 'costEstimate':
        return `${t('card.costEstimate')} ${target.year}`;
      case 'indicatorMine':
        return t('editor.indicatorRow', {
          name: indicatorName(mine.indicators[target.mineIndex], target.mineIndex),
        });
      case 'indicatorTheirs':
        return t('editor.indicatorRow', {
          name: indicatorName(theirs.indicators[target.theirsIndex], target.theirsIndex),
        });
      case 'indicatorOrder':
        return t('editor.indicatorOrder');
      case 'indicatorField': {
        const name = indicatorName(mine.indicators[target.mineIndex], target.mineIndex);
        const leaf = target.leaf;
        const field =
          'year' in leaf
            ? leaf.field === 'targets'
              ? t('card.targetOf', { year: leaf.year })
              : t('editor.halfYearOf', { year: leaf.year })
            : t(INDICATOR_FIELD_LABELS[leaf.field]);
        return `${name} — ${field}`;
      }
    }
  };

  const showValue = (value: CardValue, difference: CardDifference): string => {
    if (value === null) return '';
    if (typeof value === 'string') {
      const target = difference.target;
      if (target.kind === 'responsibleUnit') return value ? unitName(value) : '';
      if (target.kind === 'indicatorField') {
        if (target.leaf.field === 'direction' && isDirection(value)) return directionLabel(value);
        if (target.leaf.field === 'valueType' && isValueType(value)) return valueTypeLabel(value, 'short');
        if (target.leaf.field === 'method') return value || t('editor.methodDefault');
      }
      return value;
    }
    if (difference.target.kind === 'activities' && Array.isArray(value))
      return value.map((activity) => (typeof activity === 'string' ? activity : activity.name)).join('; ');
    if (Array.isArray(value)) {
      const texts = value.map((item) => (typeof item === 'string' ? item : item.name));
      if (difference.target.kind === 'collaboratingUnits') return texts.map(unitName).join(', ');
      return texts.join('; ');
    }
    return `${value.name} (${t('editor.weight')}: ${value.weight || '—'})`;
  };

  // ----- building the form ----------------------------------------------------------------

  const textInput = (
    path: string,
    label: string,
    value: string,
    set: (text: string) => void,
    attrs: Record<string, string | number | boolean> = {},
  ): HTMLElement => {
    const id = uid('card');
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h('input', {
        id,
        name: path,
        'data-path': path,
        type: 'text',
        autocomplete: 'off',
        value,
        oninput: (event: Event) => {
          set((event.target as HTMLInputElement).value);
          changed();
        },
        ...attrs,
      }),
    );
  };

  const numberInput = (
    path: string,
    label: string,
    value: string,
    set: (text: string) => void,
    after?: () => void,
  ): HTMLElement =>
    textInput(
      path,
      label,
      value,
      (text) => {
        set(text);
        after?.();
      },
      { inputmode: 'decimal', class: 'number-input' },
    );

  const select = <V extends string>(
    path: string,
    label: string,
    value: V,
    choices: ReadonlyArray<{ value: V; text: string }>,
    set: (value: V) => void,
  ): HTMLElement => {
    const id = uid('card');
    const element = h(
      'select',
      {
        id,
        name: path,
        'data-path': path,
        onchange: (event: Event) => {
          const chosen = choices.find((choice) => choice.value === (event.target as HTMLSelectElement).value);
          if (chosen) set(chosen.value);
          changed();
          autosave?.flush();
        },
      },
      choices.map((choice) =>
        h('option', { value: choice.value, selected: choice.value === value }, choice.text),
      ),
    );
    return h('div', { class: 'field' }, h('label', { for: id }, label), element);
  };

  const unitChoices = (withDefault: boolean): Array<{ value: string; text: string }> => [
    ...(withDefault ? [{ value: '', text: t('editor.activityUnitDefault') }] : []),
    ...options.units.map((unit) => ({ value: unit.code, text: unit.name || unit.code })),
  ];

  const generalSection = (card: CardDraft): HTMLElement => {
    const responsible = card.responsibleUnit;
    const units =
      options.units.some((unit) => unit.code === responsible) || !responsible
        ? unitChoices(false)
        : [{ value: responsible, text: responsible }, ...unitChoices(false)];
    const legendId = uid('collab');
    return labelledSection(
      'card',
      'editor-general',
      t('editor.general'),
      textInput('title', t('editor.title'), card.title, (text) => {
        card.title = text;
      }),
      select('responsibleUnit', t('card.responsible'), responsible, units, (value) => {
        card.responsibleUnit = value;
      }),
      h(
        'fieldset',
        {
          class: 'checkbox-list',
          'data-path': 'collaboratingUnits',
          'aria-labelledby': legendId,
          tabindex: -1,
        },
        h('legend', { id: legendId }, t('card.collaborating')),
        options.units.map((unit) =>
          h(
            'label',
            {},
            h('input', {
              type: 'checkbox',
              value: unit.code,
              checked: card.collaboratingUnits.includes(unit.code),
              onchange: (event: Event) => {
                const checked = (event.target as HTMLInputElement).checked;
                card.collaboratingUnits = checked
                  ? [...card.collaboratingUnits.filter((code) => code !== unit.code), unit.code]
                  : card.collaboratingUnits.filter((code) => code !== unit.code);
                changed();
                autosave?.flush();
              },
            }),
            ' ',
            unit.name || unit.code,
          ),
        ),
      ),
    );
  };

  const weightLine = h('p', { class: 'weights-line', 'aria-live': 'polite' });
  const updateWeights = (): void => {
    if (!draft) return;
    const total = weightTotal(draft, lang);
    const off = Math.round((100 - total) * 100) / 100;
    weightLine.dataset.total = String(total);
    weightLine.dataset.ok = String(off === 0 || draft.indicators.length === 0);
    replaceChildren(
      weightLine,
      h('strong', {}, t('editor.weightsTotal', { total: formatNumber(total, lang) })),
      off === 0 || draft.indicators.length === 0
        ? null
        : h(
            'span',
            { class: 'weights-hint', 'data-rule': 'WEIGHTS_SUM' },
            ' — ',
            off > 0
              ? t('editor.weightsMissing', { amount: formatNumber(off, lang) })
              : t('editor.weightsOver', { amount: formatNumber(-off, lang) }),
          ),
    );
  };

  const moveIndicator = (index: number, by: number): void => {
    if (!draft) return;
    const to = index + by;
    if (to < 0 || to >= draft.indicators.length) return;
    const [row] = draft.indicators.splice(index, 1);
    draft.indicators.splice(to, 0, row);
    rerender(`indicators[${to}].name`);
    changed();
    autosave?.flush();
  };

  const indicatorFieldset = (card: CardDraft, indicator: IndicatorDraft, index: number): HTMLElement => {
    const path = `indicators[${index}]`;
    const legendId = uid('indicator');
    const count = card.indicators.length;
    const monthChoices = [
      { value: '6', text: t('editor.months6') },
      { value: '12', text: t('editor.months12') },
    ] as const;
    return h(
      'fieldset',
      { class: 'indicator-editor', 'data-path': path, 'aria-labelledby': legendId, tabindex: -1 },
      h(
        'legend',
        { id: legendId },
        t('editor.indicatorN', { n: index + 1 }),
        indicator.code ? h('span', { class: 'muted' }, ` · ${indicator.code}`) : '',
      ),
      h(
        'div',
        { class: 'field-grid' },
        textInput(`${path}.name`, t('editor.indicatorName'), indicator.name, (text) => {
          indicator.name = text;
          const rowHead = form.querySelector(`[data-grid-head="${index}"]`);
          if (rowHead) rowHead.textContent = indicatorName(indicator, index);
        }),
        textInput(`${path}.unit`, t('card.unit'), indicator.unit, (text) => {
          indicator.unit = text;
        }),
        numberInput(
          `${path}.weight`,
          t('card.weight'),
          indicator.weight,
          (text) => (indicator.weight = text),
          updateWeights,
        ),
        select(
          `${path}.direction`,
          t('card.direction'),
          indicator.direction,
          DIRECTIONS.map((value) => ({ value, text: directionLabel(value) })),
          (value) => (indicator.direction = value),
        ),
        select(
          `${path}.valueType`,
          t('card.valueType'),
          indicator.valueType,
          VALUE_TYPES.map((value) => ({ value, text: valueTypeLabel(value, 'short') })),
          (value) => (indicator.valueType = value),
        ),
        select(
          `${path}.method`,
          t('card.method'),
          indicator.method,
          [
            { value: '' as const, text: t('editor.methodDefault') },
            ...METHODS.map((value) => ({ value, text: value })),
          ],
          (value) => (indicator.method = value),
        ),
        numberInput(
          `${path}.baseline`,
          t('card.baseline'),
          indicator.baseline,
          (text) => (indicator.baseline = text),
        ),
        select(
          `${path}.monitoringMonths`,
          t('editor.monitoring'),
          indicator.monitoringMonths === 12 ? '12' : '6',
          monthChoices,
          (value) => (indicator.monitoringMonths = value === '12' ? 12 : 6),
        ),
        select(
          `${path}.reportingMonths`,
          t('editor.reporting'),
          indicator.reportingMonths === 12 ? '12' : '6',
          monthChoices,
          (value) => (indicator.reportingMonths = value === '12' ? 12 : 6),
        ),
        textInput(`${path}.dataSource`, t('card.dataSource'), indicator.dataSource, (text) => {
          indicator.dataSource = text;
        }),
      ),
      h(
        'details',
        { class: 'half-year', open: Object.keys(indicator.halfYearTargets).length > 0 },
        h('summary', {}, t('editor.halfYearTargets')),
        h(
          'div',
          { class: 'field-grid', 'data-path': `${path}.halfYearTargets`, tabindex: -1 },
          years.map((year) =>
            numberInput(
              `${path}.halfYearTargets.${year}`,
              t('editor.halfYearOf', { year }),
              indicator.halfYearTargets[year] ?? '',
              (text) => setYear(indicator.halfYearTargets, year, text),
            ),
          ),
        ),
      ),
      h(
        'div',
        { class: 'actions row-actions' },
        h(
          'button',
          {
            type: 'button',
            disabled: index === 0,
            'aria-label': t('editor.moveUpOf', { name: indicatorName(indicator, index) }),
            onclick: () => moveIndicator(index, -1),
          },
          t('editor.moveUp'),
        ),
        h(
          'button',
          {
            type: 'button',
            disabled: index === count - 1,
            'aria-label': t('editor.moveDownOf', { name: indicatorName(indicator, index) }),
            onclick: () => moveIndicator(index, 1),
          },
          t('editor.moveDown'),
        ),
        removeRowButton(
          card.indicators,
          index,
          () => indicatorName(indicator, index),
          () =>
            card.indicators.length > 0
              ? `indicators[${Math.min(index, card.indicators.length - 1)}].name`
              : 'addIndicator',
        ),
      ),
    );
  };

  const indicatorsSection = (card: CardDraft): HTMLElement => {
    updateWeights();
    return h(
      'section',
      { class: 'card', 'aria-labelledby': 'editor-indicators', 'data-path': 'indicators', tabindex: -1 },
      h('h2', { id: 'editor-indicators' }, t('card.indicators')),
      weightLine,
      card.indicators.length === 0 ? h('p', {}, t('card.noIndicators')) : null,
      card.indicators.map((indicator, index) => indicatorFieldset(card, indicator, index)),
      addRowButton(card.indicators, emptyIndicator, 'indicators', 'addIndicator', t('editor.addIndicator')),
    );
  };

  const gridSection = (card: CardDraft): HTMLElement => {
    const size = { rows: card.indicators.length, cols: years.length };
    const cellAt = (row: number, col: number): HTMLInputElement | null =>
      form.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`);
    const onKey = (event: KeyboardEvent): void => {
      const input = event.target as HTMLInputElement;
      const row = Number(input.dataset.row);
      const col = Number(input.dataset.col);
      const length = input.value.length;
      const next = moveInGrid(event.key, { row, col }, size, {
        atStart: (input.selectionStart ?? 0) === 0,
        atEnd: (input.selectionEnd ?? length) === length,
      });
      if (event.key === 'Enter') event.preventDefault();
      if (!next) return;
      event.preventDefault();
      const target = cellAt(next.row, next.col);
      target?.focus();
      target?.select();
    };
    const onPaste = (event: ClipboardEvent): void => {
      const input = event.target as HTMLInputElement;
      const block = parsePasteBlock(event.clipboardData?.getData('text/plain') ?? '');
      if (!block) return;
      event.preventDefault();
      const from = { row: Number(input.dataset.row), col: Number(input.dataset.col) };
      for (const cell of pasteTargets(block, from, size)) {
        const indicator = card.indicators[cell.row];
        const year = years[cell.col];
        setYear(indicator.targets, year, cell.text);
        const target = cellAt(cell.row, cell.col);
        if (target) target.value = cell.text;
      }
      changed();
      autosave?.flush();
    };
    return labelledSection(
      'card',
      'editor-targets',
      t('editor.yearlyTargets'),
      h('p', { class: 'hint', id: 'editor-grid-hint' }, t('editor.gridHint')),
      card.indicators.length === 0
        ? h('p', {}, t('card.noIndicators'))
        : h(
            'div',
            {
              class: 'table-wrap',
              role: 'region',
              'aria-label': t('common.tableOf', { name: t('editor.yearlyTargets') }),
            },
            h(
              'table',
              { class: 'targets-grid' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  h('th', { scope: 'col' }, t('card.indicator')),
                  years.map((year) => h('th', { scope: 'col', class: 'number' }, year)),
                ),
              ),
              h(
                'tbody',
                {},
                card.indicators.map((indicator, row) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row', 'data-grid-head': row }, indicatorName(indicator, row)),
                    years.map((year, col) =>
                      h(
                        'td',
                        {},
                        h('input', {
                          type: 'text',
                          inputmode: 'decimal',
                          autocomplete: 'off',
                          class: 'number-input',
                          name: `indicators[${row}].targets.${year}`,
                          'data-path': `indicators[${row}].targets.${year}`,
                          'data-row': row,
                          'data-col': col,
                          'aria-label': `${indicatorName(indicator, row)} — ${t('card.targetOf', { year })}`,
                          'aria-describedby': 'editor-grid-hint',
                          value: indicator.targets[year] ?? '',
                          oninput: (event: Event) => {
                            setYear(indicator.targets, year, (event.target as HTMLInputElement).value);
                            changed();
                          },
                          onkeydown: onKey as EventListener,
                          onpaste: onPaste as EventListener,
                        }),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
    );
  };

  const listsSection = (card: CardDraft): HTMLElement =>
    labelledSection(
      'card',
      'editor-lists',
      t('card.lists'),
      h('p', { class: 'hint' }, t('editor.oneperLine')),
      LIST_FIELDS.map((field) => {
        const id = uid('list');
        return h(
          'div',
          { class: 'field' },
          h('label', { for: id }, t(LABELS[field])),
          h(
            'textarea',
            {
              id,
              name: field,
              'data-path': field,
              rows: Math.max(3, card[field].length + 1),
              oninput: (event: Event) => {
                card[field] = linesOf((event.target as HTMLTextAreaElement).value);
                changed();
              },
            },
            card[field].join('\n'),
          ),
        );
      }),
    );

  const yearInputs = (path: string, texts: YearTexts, label: (year: string) => string): HTMLElement =>
    h(
      'div',
      { class: 'field-grid years', 'data-path': path, tabindex: -1 },
      years.map((year) =>
        numberInput(`${path}.${year}`, label(year), texts[year] ?? '', (text) => setYear(texts, year, text)),
      ),
    );

  const activitiesSection = (card: CardDraft): HTMLElement =>
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'editor-activities', 'data-path': 'activities', tabindex: -1 },
      h('h2', { id: 'editor-activities' }, t('card.costs')),
      card.activities.map((activity, index) => {
        const path = `activities[${index}]`;
        const legendId = uid('activity');
        const name = activity.name.trim() || t('editor.activityN', { n: index + 1 });
        return h(
          'fieldset',
          { class: 'activity-editor', 'data-path': path, 'aria-labelledby': legendId, tabindex: -1 },
          h('legend', { id: legendId }, t('editor.activityN', { n: index + 1 })),
          textInput(`${path}.name`, t('card.activity'), activity.name, (text) => (activity.name = text)),
          select(
            `${path}.responsibleUnit`,
            t('card.responsible'),
            activity.responsibleUnit,
            unitChoices(true),
            (value) => {
              activity.responsibleUnit = value;
            },
          ),
          h('h3', {}, t('editor.cost')),
          yearInputs(`${path}.cost`, activity.cost, (year) => t('editor.costOf', { year })),
          h('h3', {}, t('editor.offBudget')),
          yearInputs(`${path}.offBudgetCost`, activity.offBudgetCost, (year) =>
            t('editor.offBudgetOf', { year }),
          ),
          h(
            'div',
            { class: 'actions row-actions' },
            removeRowButton(
              card.activities,
              index,
              () => name,
              () => 'addActivity',
            ),
          ),
        );
      }),
      addRowButton(card.activities, emptyActivity, 'activities', 'addActivity', t('editor.addActivity')),
      h('h3', {}, t('card.costEstimate')),
      yearInputs('costEstimate', card.costEstimate, (year) => t('editor.costEstimateOf', { year })),
    );

  const renderForm = (): void => {
    if (!draft) return;
    replaceChildren(
      form,
      generalSection(draft),
      indicatorsSection(draft),
      gridSection(draft),
      listsSection(draft),
      activitiesSection(draft),
    );
  };

  /** Draws the form again (rows added, removed, moved, numbered), keeping or moving the focus. */
  const rerender = (focusPath?: string): void => {
    const active = document.activeElement;
    const activePath =
      active instanceof HTMLElement && form.contains(active) ? active.dataset.path : undefined;
    const caret = active instanceof HTMLInputElement ? [active.selectionStart, active.selectionEnd] : null;
    renderForm();
    const path = focusPath ?? activePath;
    if (!path) return;
    const target = fieldAt(form, path);
    target?.focus();
    if (!focusPath && caret && target instanceof HTMLInputElement)
      target.setSelectionRange(caret[0], caret[1]);
  };

  const focus = (path: string): void => {
    const at = placeError(path, (candidate) => fieldAt(form, candidate) !== null);
    const target = at ? fieldAt(form, at) : null;
    if (!target) return;
    const details = target.closest('details');
    if (details) details.open = true;
    target.scrollIntoView({ block: 'center' });
    target.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    autosave?.flush();
  });
  // Leaving a field saves at once.
  form.addEventListener('focusout', () => autosave?.flush());

  const ready = (async () => {
    const card = await getTargetCard(options.planId, options.code);
    if (destroyed) return;
    draft = cardToDraft(card, lang);
    base = cardToDraft(card, lang);
    autosave = createAutosave<TargetCardResponse>({
      version: card.target.version,
      save,
      onStatus: ({ state, outcome }) => {
        status.set(state, outcome?.kind === 'failed' ? outcome.message : undefined);
        element.dataset.saveState = state;
        if (state === 'saving' || state === 'dirty') return;
        showOutcome(outcome);
        if (state === 'conflict' && outcome?.kind === 'conflict') void resolveConflict(outcome.current);
      },
    });
    releaseGuard = guardUnsavedWork(() => autosave?.hasUnsaved() ?? false);
    renderForm();
    // After the router has drawn the screen (it focuses the heading after a navigation).
    const focusPath = options.focusPath;
    if (focusPath) window.setTimeout(() => focus(focusPath), 0);
  })();
  ready.catch((error: unknown) => {
    if (!destroyed) showError(summary, error);
  });

  return {
    element,
    ready,
    focus,
    hasUnsaved: () => autosave?.hasUnsaved() ?? false,
    destroy() {
      destroyed = true;
      autosave?.destroy();
      releaseGuard?.();
      element.remove();
    },
  };
}

const INDICATOR_FIELD_LABELS: Record<
  | 'name'
  | 'unit'
  | 'direction'
  | 'valueType'
  | 'method'
  | 'dataSource'
  | 'weight'
  | 'baseline'
  | 'monitoringMonths'
  | 'reportingMonths',
  MessageKey
> = {
  name: 'editor.indicatorName',
  unit: 'card.unit',
  direction: 'card.direction',
  valueType: 'card.valueType',
  method: 'card.method',
  dataSource: 'card.dataSource',
  weight: 'card.weight',
  baseline: 'card.baseline',
  monitoringMonths: 'editor.monitoring',
  reportingMonths: 'editor.reporting',
};

function setYear(texts: YearTexts, year: string, text: string): void {
  if (text.trim() === '') delete texts[year];
  else texts[year] = text;
}

function isDirection(value: string): value is (typeof DIRECTIONS)[number] {
  return (DIRECTIONS as readonly string[]).includes(value);
}

function isValueType(value: string): value is (typeof VALUE_TYPES)[number] {
  return (VALUE_TYPES as readonly string[]).includes(value);
}
