import {
  ANALYSIS_ITEM_KINDS,
  ANALYSIS_PARTS,
  type AnalysisItemKind,
  type AnalysisItemResponse,
  type AnalysisPart,
} from '../../../src/contracts/analysis.js';
import type { StrategyTargetNode } from '../../../src/contracts/drafting.js';
import { addItem, deleteItem, updateItem } from '../../api/analysis.js';
import { getStrategy } from '../../api/strategy.js';
import { linkForm, unlinkButton } from '../../components/analysis-links.js';
import { confirmButton } from '../../components/confirm-button.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { selectField } from '../../forms/fields.js';
import { whileSaving } from '../../forms/while-saving.js';
import { announce } from '../../lib/announce.js';
import { h, uid } from '../../lib/dom.js';
import { clearErrors, requireFields } from '../../lib/errors.js';
import { formatNumber } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, refresh } from '../../lib/router.js';
import { optionText, partTitle } from './rows.js';
import type { PartBody, Screen } from './screen.js';

/**
 * Part J, the findings and needs (tespitler ve ihtiyaçlar): each with its code, kind, text and
 * origin, the targets that answer it (each a link to its card) or "no target answers it"; an
 * editor links a target to it here, removes a link, adds, changes and deletes records.
 */
export async function findingsSection(screen: Screen): Promise<PartBody> {
  const tree = await getStrategy(screen.plan.id, screen.signal);
  const targets = tree.aims.flatMap((aim) => aim.targets);
  const items = screen.analysis.findings;
  const needs = items.filter((item) => item.kind === 'ihtiyac');
  const open = needs.filter((item) => item.targets.length === 0).length;
  const errors = h('div', { class: 'analysis-errors' });
  const element = h(
    'section',
    { class: 'card analysis-part', 'aria-labelledby': 'analysis-findings-heading', 'data-part': 'findings' },
    h('h2', { id: 'analysis-findings-heading' }, partTitle('findings')),
    h(
      'p',
      { class: open > 0 ? 'analysis-open' : 'muted', 'data-open': open },
      open > 0
        ? t('analysis.findingsSummary', { needs: formatNumber(needs.length), open: formatNumber(open) })
        : t('analysis.findingsAllAnswered'),
    ),
    errors,
    items.length === 0
      ? h('p', { class: 'muted' }, t('analysis.noFindings'))
      : tableRegion(
          partTitle('findings'),
          h(
            'table',
            { class: 'analysis-table analysis-findings' },
            tableHead(
              t('analysis.field.code'),
              t('analysis.field.kind'),
              t('analysis.field.text'),
              t('analysis.origin'),
              t('analysis.answeredBy'),
              screen.editable ? t('analysis.actions') : null,
            ),
            h(
              'tbody',
              {},
              items.map((item) => itemRow(screen, item, targets, errors)),
            ),
          ),
        ),
    screen.editable ? itemForm(screen, null) : null,
  );
  return { element };
}

function itemRow(
  screen: Screen,
  item: AnalysisItemResponse,
  targets: StrategyTargetNode[],
  errors: HTMLElement,
): HTMLElement {
  const planId = screen.plan.id;
  const titleOf = (code: string): string => targets.find((target) => target.code === code)?.title ?? '';
  const free = targets.filter((target) => !item.targets.includes(target.code));
  const answered =
    item.targets.length === 0
      ? h('p', { class: 'badge analysis-unanswered' }, t('analysis.answeredByNone'))
      : h(
          'ul',
          { class: 'analysis-answers' },
          item.targets.map((code) =>
            h(
              'li',
              { 'data-target': code },
              h(
                'a',
                { href: href('/plans/:planId/targets/:code', { planId, code }) },
                `${code} ${titleOf(code)}`,
              ),
              screen.editable ? [' ', unlinkButton(planId, item.code, code, errors)] : null,
            ),
          ),
        );
  const row = h(
    'tr',
    { 'data-code': item.code, 'data-kind': item.kind, 'data-answered': item.targets.length > 0 },
    h('th', { scope: 'row' }, item.code),
    h('td', {}, optionText(item.kind)),
    h('td', {}, item.text),
    h('td', {}, item.origin ? partTitle(item.origin.part) : ''),
    h(
      'td',
      {},
      answered,
      screen.editable && free.length > 0
        ? linkForm({
            planId,
            label: t('analysis.target'),
            button: t('analysis.linkTo'),
            buttonLabel: t('analysis.linkToOf', { code: item.code }),
            choices: free.map((target) => ({ value: target.code, text: `${target.code} ${target.title}` })),
            ends: (target) => ({ code: item.code, target }),
          })
        : null,
    ),
    screen.editable
      ? h(
          'td',
          { class: 'row-actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              'aria-label': t('analysis.editOf', { name: item.code }),
              onclick: () => {
                const form = itemForm(screen, item);
                row.replaceWith(h('tr', {}, h('td', { colspan: 6 }, form)));
                form.querySelector<HTMLElement>('select, textarea')?.focus();
              },
            },
            t('analysis.edit'),
          ),
          confirmButton({
            label: t('analysis.delete'),
            ariaLabel: t('analysis.deleteOf', { name: item.code }),
            question: t('analysis.deleteItemConfirm'),
            yes: t('analysis.yes'),
            no: t('analysis.no'),
            errors,
            act: async () => {
              await deleteItem(planId, item.code);
              announce(t('analysis.deleted'));
              await refresh();
            },
          }),
        )
      : null,
  );
  return row;
}

/** Adds a finding or need (numbered by the server) or changes one's kind, text and origin. */
function itemForm(screen: Screen, item: AnalysisItemResponse | null): HTMLFormElement {
  const textId = uid('text');
  const area = h('textarea', { id: textId, name: 'text', rows: 3 });
  area.value = item?.text ?? '';
  const submit = h(
    'button',
    { type: 'submit', class: 'primary' },
    item ? t('analysis.save') : t('analysis.add'),
  );
  const form = h(
    'form',
    { class: item ? 'analysis-item-edit' : 'analysis-item-form', novalidate: true },
    item ? null : h('h3', {}, t('analysis.addItemHeading')),
    selectField(
      'kind',
      t('analysis.field.kind'),
      ANALYSIS_ITEM_KINDS.map((kind) => ({ value: kind, text: optionText(kind) })),
      item?.kind ?? 'ihtiyac',
    ),
    h('div', { class: 'field' }, h('label', { for: textId }, t('analysis.field.text')), area),
    selectField(
      'origin',
      t('analysis.field.origin'),
      [
        { value: '', text: t('analysis.option.none') },
        ...ANALYSIS_PARTS.map((part) => ({ value: part, text: partTitle(part) })),
      ],
      item?.origin?.part ?? '',
    ),
    h(
      'div',
      { class: 'actions' },
      submit,
      item ? h('button', { type: 'button', onclick: () => void refresh() }, t('analysis.cancel')) : null,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const text = area.value.trim();
    if (
      !requireFields(form, t('analysis.missing'), [
        { path: 'text', value: text, message: t('analysis.required') },
      ])
    )
      return;
    const kind = (form.elements.namedItem('kind') as HTMLSelectElement).value as AnalysisItemKind;
    const originPart = (form.elements.namedItem('origin') as HTMLSelectElement).value;
    const origin = ANALYSIS_PARTS.find((part): part is AnalysisPart => part === originPart);
    // A kept origin keeps its row; a changed one names only its part.
    const sameOrigin = item?.origin && item.origin.part === origin;
    const originBody = origin ? (sameOrigin ? undefined : { part: origin }) : null;
    whileSaving(
      form,
      submit,
      item
        ? updateItem(screen.plan.id, item.code, {
            version: item.version,
            kind,
            text,
            ...(originBody === undefined ? {} : { origin: originBody }),
          })
        : addItem(screen.plan.id, { kind, text, ...(originBody ? { origin: originBody } : {}) }),
      t(item ? 'analysis.saved' : 'analysis.added'),
    );
  });
  return form;
}
