import { SWOT_KINDS, SWOT_STRATEGY_KINDS, type AnalysisPart } from '../../../src/contracts/analysis.js';
import { h } from '../../lib/dom.js';
import { t } from '../../lib/i18n.js';
import { rowsOf, type Screen } from './screen.js';
import { optionText, partTitle, rowActions, rowForm, rowName } from './rows.js';

/**
 * The GZFT (SWOT) four boxes — strengths, weaknesses, opportunities, threats — and under them the
 * four strategy boxes GF, GT, ZF, ZT; each box lists its rows and, for an editor, adds to itself.
 */
export function swotSection(screen: Screen): HTMLElement {
  return h(
    'div',
    { class: 'analysis-swot' },
    boxes(screen, 'swot', SWOT_KINDS, t('analysis.swotHeading')),
    boxes(screen, 'strategies', SWOT_STRATEGY_KINDS, t('analysis.strategiesHeading')),
  );
}

function boxes(screen: Screen, part: AnalysisPart, kinds: readonly string[], heading: string): HTMLElement {
  const rows = rowsOf(screen.analysis, part);
  const errors = h('div', { class: 'analysis-errors' });
  const headingId = `analysis-${part}-heading`;
  return h(
    'section',
    { class: 'card analysis-part', 'aria-labelledby': headingId, 'data-part': part },
    h('h2', { id: headingId }, heading),
    h('p', { class: 'visually-hidden' }, partTitle(part)),
    errors,
    h(
      'div',
      { class: 'four-box' },
      kinds.map((kind) => {
        const mine = rows.filter((row) => row.fields.kind === kind);
        const boxHeading = `${part}-${kind}-heading`;
        return h(
          'section',
          { class: `box box-${kind}`, 'data-box': kind, 'aria-labelledby': boxHeading },
          h('h3', { id: boxHeading }, optionText(kind)),
          mine.length === 0
            ? h('p', { class: 'muted' }, t('analysis.boxEmpty'))
            : h(
                'ul',
                {},
                mine.map((row) => {
                  const item = h(
                    'li',
                    { 'data-row-id': row.id },
                    h('span', {}, String(row.fields.text)),
                    screen.editable
                      ? h(
                          'span',
                          { class: 'row-actions' },
                          rowActions(
                            screen.plan.id,
                            part,
                            row,
                            rowName({ ...row, fields: { text: row.fields.text ?? '' } }),
                            errors,
                            (form) => item.replaceChildren(form),
                            { kind },
                          ),
                        )
                      : null,
                  );
                  return item;
                }),
              ),
          screen.editable
            ? rowForm(screen.plan.id, part, null, {
                fixed: { kind },
                label: t('analysis.addTo', { box: optionText(kind) }),
              })
            : null,
        );
      }),
    ),
  );
}
