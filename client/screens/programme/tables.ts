import type {
  Amounts,
  IdentityBreak,
  ProgrammeTablesResponse,
  ResourceColumns,
} from '../../../src/contracts/programme.js';
import { downloadProgrammeTables } from '../../api/programmes.js';
import { regionTable, tableHead } from '../../components/table-region.js';
import { announce } from '../../lib/announce.js';
import { h, labelledSection, type Child } from '../../lib/dom.js';
import { showError } from '../../lib/errors.js';
import { formatNumber } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { economicCodeLabel, offBudgetLabel } from '../../lib/labels.js';
import { createProgress } from '../../lib/progress-bar.js';
import { saveFile } from '../../lib/download.js';
import type { ProgrammeValidation } from '../../api/programmes.js';
import { pathsUp } from './issue-path.js';
import { performanceTable } from './performance-table.js';
import { figureSourceText, lira } from './programme-words.js';

/*
 * The right-hand column of the programme editor: the rules (GET …/validation) with a link to the
 * field each finding concerns, Tablo 1–5 exactly as GET …/tables answers them (identity breaks
 * marked), and the workbook. Nothing is summed here: every figure is the server's.
 */

// ——— Rules ———

/**
 * The element a finding's path points at (`targets[0].activities[1].unit`, `proposal.03`): the
 * field itself, else the nearest enclosing part the editor marks (`targets[0]`, `proposal`).
 */
export function issueTarget(root: ParentNode, path: string): HTMLElement | null {
  for (const rest of pathsUp(path)) {
    const escaped = CSS.escape(rest);
    const found = root.querySelector<HTMLElement>(`[data-issue-path="${escaped}"], form [name="${escaped}"]`);
    if (found) return found;
  }
  return null;
}

function goTo(path: string): void {
  const element = issueTarget(document, path);
  if (!element) return;
  const details = element.closest('details');
  if (details) details.open = true;
  element.scrollIntoView({ block: 'center' });
  element.focus();
}

export function rulesSection(validation: ProgrammeValidation): HTMLElement {
  const ordered = [...validation.issues].sort(
    (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'),
  );
  return labelledSection(
    'card pp-rules',
    'pp-rules-heading',
    t('programme.rulesHeading'),
    h(
      'p',
      { class: 'pp-rules-count' },
      t('programme.rulesCount', { errors: validation.errors, warnings: validation.warnings }),
    ),
    ordered.length === 0
      ? h('p', { class: 'muted' }, t('programme.rulesMet'))
      : h(
          'ul',
          { class: 'pp-issues' },
          ordered.map((issue) =>
            h(
              'li',
              { class: `pp-issue pp-${issue.severity}`, 'data-rule': issue.code, 'data-path': issue.path },
              h(
                'span',
                { class: 'pp-severity' },
                issue.severity === 'error' ? t('programme.error') : t('programme.warning'),
              ),
              ' ',
              h('span', { class: 'pp-issue-text' }, issue.message),
              ' ',
              h(
                'button',
                { type: 'button', class: 'link-button', onclick: () => goTo(issue.path) },
                t('programme.goToField'),
              ),
            ),
          ),
        ),
  );
}

// ——— Tables 1–5 ———

const number = (value: Child): HTMLElement => h('td', { class: 'number' }, value);

function amountCells(line: Amounts): HTMLElement[] {
  return [number(lira(line.budget)), number(lira(line.offBudget)), number(lira(line.total))];
}

export function tablesSection(
  tables: ProgrammeTablesResponse,
  unitName: (code: string) => string,
): HTMLElement {
  return labelledSection(
    'card pp-tables',
    'pp-tables-heading',
    t('programme.tablesHeading'),
    h('p', { class: 'muted' }, t('programme.tablesIntro')),
    table1(tables),
    table2(tables, unitName),
    table3(tables),
    table4(tables),
    table5(tables, unitName),
  );
}

function table1(tables: ProgrammeTablesResponse): HTMLElement {
  return h(
    'div',
    { class: 'pp-table', 'data-table': '1' },
    h('h3', {}, t('programme.table1')),
    tables.performance.targets.map((target, index) => {
      const indicators = tables.indicators[index];
      const years = indicators?.indicators[0]?.figures.map((figure) => figure.year) ?? [];
      return h(
        'div',
        { class: 'pp-table1-target', 'data-ph': target.code },
        h(
          'dl',
          { class: 'identity-list' },
          h('dt', {}, t('programme.aim')),
          h('dd', {}, target.aimCode),
          h('dt', {}, t('programme.planTargetShort')),
          h('dd', {}, `${target.targetCode} ${target.title}`),
          h('dt', {}, t('programme.performanceTarget')),
          h('dd', {}, target.code),
          h('dt', {}, t('programme.explanations')),
          h('dd', {}, indicators?.explanation ?? '—'),
        ),
        regionTable(
          t('programme.indicatorsOf', { ph: target.code }),
          tableHead(
            t('programme.indicator'),
            ...years.map((year): [string, string] => [String(year), 'number']),
          ),
          (indicators?.indicators ?? []).map((indicator) =>
            h(
              'tr',
              { 'data-indicator': indicator.code },
              h(
                'th',
                { scope: 'row' },
                `${indicator.code} ${indicator.name}`,
                indicator.unit ? ` (${indicator.unit})` : '',
                indicator.explanation ? h('p', { class: 'muted' }, indicator.explanation) : null,
              ),
              indicator.figures.map((figure) =>
                h(
                  'td',
                  { class: 'number', 'data-year': figure.year },
                  formatNumber(figure.value),
                  h('span', { class: 'pp-source' }, figureSourceText(figure.source)),
                ),
              ),
            ),
          ),
        ),
        regionTable(
          t('programme.activitiesOf', { ph: target.code }),
          tableHead(
            t('programme.activity'),
            [t('programme.budget'), 'number'],
            [t('programme.offBudget'), 'number'],
            [t('programme.total'), 'number'],
          ),
          target.activities.map((activity) =>
            h(
              'tr',
              { 'data-activity': activity.code },
              h('th', { scope: 'row' }, `${activity.code} ${activity.name}`),
              amountCells(activity),
            ),
          ),
          h(
            'tr',
            { class: 'pp-total', 'data-line': 'target-total' },
            h('th', { scope: 'row' }, t('programme.grandTotalOf', { ph: target.code })),
            amountCells(target.total),
          ),
        ),
      );
    }),
  );
}

function table2(tables: ProgrammeTablesResponse, unitName: (code: string) => string): HTMLElement {
  return h(
    'div',
    { class: 'pp-table', 'data-table': '2' },
    h('h3', {}, t('programme.table2')),
    tables.activityCosts.map((activity) =>
      h(
        'details',
        { class: 'pp-table2-activity', 'data-activity': activity.activity },
        h(
          'summary',
          {},
          t('programme.table2Summary', {
            code: activity.activity,
            name: activity.name,
            amount: lira(activity.total),
          }),
        ),
        h(
          'p',
          {},
          t('programme.responsibleUnitIs', {
            unit: activity.responsibleUnit ? unitName(activity.responsibleUnit) : t('programme.noUnitChosen'),
          }),
        ),
        regionTable(
          t('programme.costsOf', { code: activity.activity }),
          tableHead(t('programme.line'), [t('programme.amount'), 'number']),
          activity.budget.map((line) => costRow(line.code, economicCodeLabel(line.code), line.amount)),
          costRow('budget-total', t('programme.budgetTotal'), activity.budgetTotal, 'pp-total'),
          activity.offBudget.map((line) => costRow(line.source, offBudgetLabel(line.source), line.amount)),
          costRow('off-budget-total', t('programme.offBudgetTotal'), activity.offBudgetTotal, 'pp-total'),
          costRow('total', t('programme.resourceTotal'), activity.total, 'pp-total'),
        ),
      ),
    ),
  );
}

/** A line of an activity's costs in Tablo 2: its label and its amount. */
function costRow(key: string, label: string, amount: number, className?: string): HTMLElement {
  return h(
    'tr',
    { class: className, 'data-line': key },
    h('th', { scope: 'row' }, label),
    number(lira(amount)),
  );
}

function table3(tables: ProgrammeTablesResponse): HTMLElement {
  return h(
    'div',
    { class: 'pp-table', 'data-table': '3' },
    h('h3', {}, t('programme.table3')),
    performanceTable(tables.performance),
  );
}

function table4(tables: ProgrammeTablesResponse): HTMLElement {
  const { resources, identityBreaks } = tables;
  const broken = new Map<string, IdentityBreak>(identityBreaks.map((line) => [line.line, line]));
  const row = (
    key: string,
    label: string,
    line: ResourceColumns,
    identity: string | null,
    className = '',
  ): HTMLElement => {
    const breaks = identity === null ? undefined : broken.get(identity);
    return h(
      'tr',
      { class: `${className}${breaks ? ' pp-break' : ''}`.trim(), 'data-line': key },
      h(
        'th',
        { scope: 'row' },
        label,
        breaks ? h('span', { class: 'pp-break-mark' }, ` ${t('programme.breakMark')}`) : null,
      ),
      number(lira(line.activities)),
      number(lira(line.generalAdministration)),
      number(lira(line.transfers)),
      number(lira(line.total)),
    );
  };
  return h(
    'div',
    { class: 'pp-table', 'data-table': '4' },
    h('h3', {}, t('programme.table4')),
    regionTable(
      t('programme.table4'),
      tableHead(
        t('programme.line'),
        [t('programme.activitiesColumn'), 'number'],
        [t('programme.generalAdministration'), 'number'],
        [t('programme.transfers'), 'number'],
        [t('programme.grandTotal'), 'number'],
      ),
      resources.budget.map((line) => row(line.code, economicCodeLabel(line.code), line, line.code)),
      row('budget-total', t('programme.budgetTotal'), resources.budgetTotal, 'total', 'pp-total'),
      resources.offBudget.map((line) => row(line.source, offBudgetLabel(line.source), line, null)),
      row('off-budget-total', t('programme.offBudgetTotal'), resources.offBudgetTotal, null, 'pp-total'),
      row('total', t('programme.resourceTotal'), resources.total, null, 'pp-total'),
    ),
    identityBreaks.length === 0
      ? h('p', { class: 'pp-identity-ok' }, t('programme.identityHolds'))
      : h(
          'div',
          { class: 'pp-identity-breaks', role: 'note' },
          h('p', {}, t('programme.identityBroken')),
          h(
            'ul',
            {},
            identityBreaks.map((line) =>
              h(
                'li',
                { 'data-line': line.line },
                t('programme.breakLine', {
                  line: line.line === 'total' ? t('programme.budgetTotal') : economicCodeLabel(line.line),
                  proposal: lira(line.proposal),
                  computed: lira(line.computed),
                }),
              ),
            ),
          ),
        ),
  );
}

function table5(tables: ProgrammeTablesResponse, unitName: (code: string) => string): HTMLElement {
  return h(
    'div',
    { class: 'pp-table', 'data-table': '5' },
    h('h3', {}, t('programme.table5')),
    regionTable(
      t('programme.table5'),
      tableHead(t('programme.performanceTarget'), t('programme.activity'), t('programme.responsibleUnit')),
      tables.responsibilities.targets.flatMap((target) =>
        target.activities.map((activity) =>
          h(
            'tr',
            { 'data-activity': activity.code },
            h('td', {}, `${target.code} ${target.title}`),
            h('th', { scope: 'row' }, `${activity.code} ${activity.name}`),
            h(
              'td',
              {},
              activity.responsibleUnit ? unitName(activity.responsibleUnit) : t('programme.noUnitChosen'),
            ),
          ),
        ),
      ),
    ),
  );
}

// ——— The workbook ———

export function downloadSection(planId: string, year: number): HTMLElement {
  const button = h('button', { type: 'button', class: 'pp-download' }, t('programme.downloadTables'));
  const place = h('div', { class: 'pp-download-place' });
  button.addEventListener('click', () => {
    button.disabled = true;
    const progress = createProgress(t('programme.downloading'));
    place.replaceChildren(progress.element);
    downloadProgrammeTables(planId, year, { onProgress: (state) => progress.update(state) })
      .then((file) => {
        saveFile(file, `performans-programi-${year}.xlsx`);
        place.replaceChildren();
        announce(t('programme.downloaded'));
      })
      .catch((error: unknown) => showError(place, error))
      .finally(() => {
        button.disabled = false;
      });
  });
  return labelledSection(
    'card no-print',
    'pp-download-heading',
    t('programme.downloadHeading'),
    button,
    place,
  );
}
