import type {
  ActivityReportPerformanceResponse,
  EvaluationCriterion,
  EvaluationResponse,
  MeasureResponse,
  PerformanceTargetRow,
} from '../../../src/contracts/activity-report.js';
import type { Coverage } from '../../../src/contracts/progress.js';
import type { PlanResponse } from '../../../src/contracts/resources.js';
import {
  downloadReportFile,
  getEvaluation,
  getPerformance,
  listUnitReports,
  measureStep,
  putEvaluation,
  putMeasure,
} from '../../api/activity-reports.js';
import { getPlan } from '../../api/plans.js';
import { listProgrammes } from '../../api/programmes.js';
import { pageHeader, planEyebrow } from '../../components/page-header.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { whileSaving } from '../../forms/while-saving.js';
import { announce } from '../../lib/announce.js';
import { h, labelledSection, replaceChildren, uid } from '../../lib/dom.js';
import { saveFile } from '../../lib/download.js';
import { showError } from '../../lib/errors.js';
import { formatNumber, formatRate, noData, todayIso } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { valueStatusLabel } from '../../lib/labels.js';
import { href, navigate, type RouteContext } from '../../lib/router.js';
import { hasRole } from '../../lib/session.js';
import { reportYear } from './report-year.js';
import { unitReportsSection } from './unit-reports-section.js';
import './activity-report.css';

/**
 * #/plans/:planId/activity-report?year=2008 — the activity report workspace (faaliyet raporu,
 * planning-cycle.md 5, issue 14): the Performans Sonuçları Tablosu as the server computes it
 * (GET progress of the year on approved values), the measures per target (the responsible unit
 * writes and submits, the planner approves or returns), the evaluation form with the criteria's
 * guiding questions as prompts, and the two downloads. Every figure is the server's.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const plan = await getPlan(planId, context.signal);
  if (context.signal.aborted) return;
  const asked = context.query.get('year');
  const programmeYears = asked
    ? []
    : (await listProgrammes(planId, context.signal)).map((programme) => programme.year);
  if (context.signal.aborted) return;
  const year = reportYear(plan, asked, programmeYears, todayIso());
  const [performance, evaluation, unitReports] = await Promise.all([
    getPerformance(planId, year, context.signal),
    getEvaluation(planId, year, context.signal),
    listUnitReports(planId, year, context.signal),
  ]);
  if (context.signal.aborted) return;
  context.setTitle(`${t('report.title', { year })} — ${plan.title}`);
  const planner = hasRole(plan.institution.id, 'planner', 'admin');
  const unitWriter = hasRole(plan.institution.id, 'unit_manager', 'admin');

  replaceChildren(
    context.outlet,
    pageHeader(
      planEyebrow(plan),
      t('report.title', { year }),
      h(
        'p',
        { class: 'muted', 'data-basis': '' },
        t('report.basis', { year, coverage: coverageText(performance.coverage) }),
      ),
      yearChoice(plan, year),
    ),
    downloads(planId, year),
    unitReportsSection(planId, unitReports, context.signal),
    results(performance),
    measures(planId, year, performance, { planner, unitWriter }),
    evaluationForm(planId, year, evaluation, planner),
  );
}

function coverageText(coverage: Coverage): string {
  if (coverage.weightShare === null) return t('report.noCoverage');
  return t('report.coverage', {
    withData: coverage.indicatorsWithData,
    due: coverage.indicatorsDue,
    share: formatNumber(Math.round(coverage.weightShare * 10) / 10),
  });
}

function yearChoice(plan: PlanResponse, year: number): HTMLElement {
  const id = uid('report-year');
  const select = h(
    'select',
    { id },
    ...Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, index) => {
      const option = plan.startYear + index;
      return h('option', { value: option, selected: option === year }, String(option));
    }),
  );
  select.addEventListener('change', () =>
    navigate(`${href('/plans/:planId/activity-report', { planId: plan.id })}?year=${select.value}`),
  );
  return h('p', { class: 'report-year' }, h('label', { for: id }, t('report.year')), ' ', select);
}

function downloads(planId: string, year: number): HTMLElement {
  const button = (label: string, file: Parameters<typeof downloadReportFile>[2], fallback: string) => {
    const element = h('button', { type: 'button', class: 'secondary' }, label);
    element.addEventListener('click', () => {
      element.disabled = true;
      downloadReportFile(planId, year, file)
        .then((file) => {
          saveFile(file, fallback);
          announce(t('report.downloaded', { name: file.filename ?? fallback }));
        })
        .catch((error: unknown) => showError(section, error))
        .finally(() => {
          element.disabled = false;
        });
    });
    return element;
  };
  const section = labelledSection(
    'report-downloads',
    'report-downloads-heading',
    t('report.downloads'),
    h(
      'div',
      { class: 'actions' },
      button(t('report.workbook'), 'performance.xlsx', `performans-${year}.xlsx`),
      button(t('report.document'), 'activity-report.docx', `faaliyet-raporu-${year}.docx`),
    ),
  );
  return section;
}

function figure(value: number | null, missing = '—'): string {
  return value === null ? missing : formatNumber(value);
}

function results(performance: ActivityReportPerformanceResponse): HTMLElement {
  const rows: HTMLElement[] = [];
  for (const target of performance.targets) {
    for (const indicator of target.indicators) {
      const off = indicator.deviation !== null && indicator.deviation !== 0;
      rows.push(
        h(
          'tr',
          { 'data-indicator': indicator.code },
          h('td', {}, `${target.code} ${target.title}`),
          h('th', { scope: 'row' }, `${indicator.code} ${indicator.name}`),
          h('td', {}, indicator.unit ?? '—'),
          h('td', { class: 'num' }, figure(indicator.weight)),
          h('td', { class: 'num' }, figure(indicator.baseline)),
          h('td', { class: 'num' }, figure(indicator.target)),
          h('td', { class: 'num' }, figure(indicator.actual, noData())),
          h('td', { class: 'num' }, formatRate(indicator.rate)),
          h('td', { class: 'num' }, figure(indicator.deviation)),
          h(
            'td',
            { class: indicator.reasonMissing ? 'report-missing' : '' },
            off ? (indicator.deviationReason ?? t('report.noReason')) : '—',
          ),
          h('td', {}, target.responsibleUnit?.name ?? '—'),
        ),
      );
    }
    rows.push(
      h(
        'tr',
        { class: 'report-hg', 'data-target': target.code },
        h(
          'td',
          { colspan: 11 },
          t('report.hg', {
            code: target.code,
            rate: formatRate(target.rate),
            coverage: coverageText(target.coverage),
          }),
        ),
      ),
    );
  }
  const table = h(
    'table',
    { class: 'report-table' },
    tableHead(
      t('report.colTarget'),
      t('report.colIndicator'),
      t('report.colUnit'),
      t('report.colWeight'),
      'A',
      'B',
      'C',
      t('report.colRate'),
      t('report.colDeviation'),
      t('report.colReason'),
      t('report.colResponsible'),
    ),
    h('tbody', {}, ...rows),
  );
  return labelledSection(
    'report-results',
    'report-results-heading',
    t('report.resultsHeading'),
    h('p', {}, t('report.planRate', { rate: formatRate(performance.rate) })),
    h(
      'p',
      { class: performance.deviationsWithoutReason > 0 ? 'report-missing' : 'muted' },
      t('report.deviations', { count: performance.deviations, missing: performance.deviationsWithoutReason }),
    ),
    tableRegion(t('report.resultsHeading'), table),
  );
}

function measures(
  planId: string,
  year: number,
  performance: ActivityReportPerformanceResponse,
  may: { planner: boolean; unitWriter: boolean },
): HTMLElement {
  return labelledSection(
    'report-measures',
    'report-measures-heading',
    t('report.measuresHeading'),
    h('p', { class: 'muted' }, t('report.measuresHelp')),
    ...performance.targets.map((target) => measureCard(planId, year, target, may)),
  );
}

function measureCard(
  planId: string,
  year: number,
  target: PerformanceTargetRow,
  may: { planner: boolean; unitWriter: boolean },
): HTMLElement {
  const measure: MeasureResponse | null = target.measure;
  const card = h('article', { class: 'report-measure', 'data-target': target.code });
  const status = measure
    ? h('p', { class: 'muted' }, t('report.status', { status: valueStatusLabel(measure.status) }))
    : null;
  const parts: Array<HTMLElement | null> = [
    h('h3', {}, `${target.code} ${target.title}`),
    h('p', { class: 'muted' }, target.responsibleUnit?.name ?? '—'),
    status,
    measure?.returnComment
      ? h('p', { class: 'report-missing' }, t('report.returned', { comment: measure.returnComment }))
      : null,
  ];
  const writable =
    may.unitWriter && (measure === null || measure.status === 'draft' || measure.status === 'returned');
  if (writable) {
    const id = uid('measures');
    const area = h('textarea', { id, name: 'measures', rows: 3, maxlength: 4000 }, measure?.measures ?? '');
    const save = h('button', { type: 'submit' }, t('report.save'));
    const form = h(
      'form',
      { class: 'report-measure-form' },
      h('label', { for: id }, t('report.measuresFor', { code: target.code })),
      area,
      h('div', { class: 'actions' }, save),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      whileSaving(
        form,
        save,
        putMeasure(planId, year, target.code, { measures: area.value }),
        t('report.saved'),
      );
    });
    parts.push(form);
    if (measure) parts.push(stepButton(planId, year, target.code, 'submit', measure, t('report.submit')));
  } else {
    parts.push(h('p', { class: 'report-measure-text' }, measure?.measures ?? t('report.noMeasures')));
  }
  if (may.planner && measure?.status === 'submitted') {
    parts.push(stepButton(planId, year, target.code, 'approve', measure, t('report.approve')));
    const id = uid('return');
    const comment = h('input', { id, name: 'comment', type: 'text', maxlength: 4000 });
    const send = h('button', { type: 'submit', class: 'secondary' }, t('report.return'));
    const form = h(
      'form',
      { class: 'report-return' },
      h('label', { for: id }, t('report.returnComment')),
      comment,
      send,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      whileSaving(
        form,
        send,
        measureStep(planId, year, target.code, 'return', {
          version: measure.version,
          comment: comment.value,
        }),
        t('report.stepDone', { code: target.code, status: valueStatusLabel('returned') }),
      );
    });
    parts.push(form);
  }
  replaceChildren(card, ...parts);
  return card;
}

function stepButton(
  planId: string,
  year: number,
  target: string,
  step: 'submit' | 'approve',
  measure: MeasureResponse,
  label: string,
): HTMLElement {
  const button = h('button', { type: 'submit', class: step === 'approve' ? '' : 'secondary' }, label);
  const form = h('form', { class: 'actions' }, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    whileSaving(
      form,
      button,
      measureStep(planId, year, target, step, { version: measure.version }),
      t('report.stepDone', {
        code: target,
        status: valueStatusLabel(step === 'approve' ? 'approved' : 'submitted'),
      }),
    );
  });
  return form;
}

function evaluationForm(
  planId: string,
  year: number,
  evaluation: EvaluationResponse,
  editable: boolean,
): HTMLElement {
  const fields: Array<{ indicator: string; key: EvaluationCriterion; element: HTMLTextAreaElement }> = [];
  const criterionField = (
    indicator: string,
    criterion: EvaluationResponse['criteria'][number],
    value: string | null,
  ) => {
    const id = uid('criterion');
    const hint = uid('criterion-hint');
    const area = h(
      'textarea',
      {
        id,
        name: `${indicator}.${criterion.key}`,
        rows: 2,
        maxlength: 4000,
        placeholder: criterion.questions,
        'aria-describedby': hint,
        readonly: !editable,
      },
      value ?? '',
    );
    fields.push({ indicator, key: criterion.key, element: area });
    return h(
      'div',
      { class: 'report-criterion' },
      h(
        'label',
        { for: id },
        criterion.optional ? `${criterion.title} ${t('report.optional')}` : criterion.title,
      ),
      h('p', { id: hint, class: 'report-prompt' }, criterion.questions),
      area,
    );
  };
  const targets = evaluation.targets.map((target) =>
    h(
      'fieldset',
      { class: 'report-target', 'data-target': target.code },
      h('legend', {}, `${target.code} ${target.title}`),
      h('p', { class: 'muted' }, t('report.targetDeviations')),
      target.deviations.length === 0
        ? h('p', {}, t('report.noDeviation'))
        : h(
            'ul',
            {},
            ...target.deviations.map((item) =>
              h(
                'li',
                {},
                `${item.indicator} (${formatNumber(item.deviation)}): ${item.reason ?? t('report.noReason')}`,
              ),
            ),
          ),
      h('p', {}, `${t('report.measuresHeading')}: ${target.measures ?? '—'}`),
      ...evaluation.indicators
        .filter((item) => item.target === target.code)
        .map((item) =>
          h(
            'fieldset',
            { class: 'report-indicator', 'data-indicator': item.indicator },
            h('legend', {}, `${item.indicator} ${item.name}`),
            ...evaluation.criteria.map((criterion) =>
              criterionField(item.indicator, criterion, item[criterion.key]),
            ),
          ),
        ),
    ),
  );
  const infoId = uid('information-system');
  const info = h(
    'textarea',
    { id: infoId, name: 'informationSystem', rows: 4, maxlength: 4000, readonly: !editable },
    evaluation.informationSystem ?? '',
  );
  const save = h('button', { type: 'submit' }, t('report.saveEvaluation'));
  const form = h(
    'form',
    { class: 'report-evaluation' },
    ...targets,
    h(
      'div',
      { class: 'report-criterion' },
      h('label', { for: infoId }, t('report.informationSystem')),
      h('p', { class: 'report-prompt' }, t('report.informationSystemHelp')),
      info,
    ),
    editable ? h('div', { class: 'actions' }, save) : h('p', { class: 'muted' }, t('report.readOnly')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!editable) return;
    const byIndicator = new Map<string, Record<string, string>>();
    for (const field of fields) {
      const texts = byIndicator.get(field.indicator) ?? {};
      texts[field.key] = field.element.value;
      byIndicator.set(field.indicator, texts);
    }
    whileSaving(
      form,
      save,
      putEvaluation(planId, year, {
        ...(evaluation.version === null ? {} : { version: evaluation.version }),
        informationSystem: info.value,
        indicators: [...byIndicator].map(([indicator, texts]) => ({ indicator, ...texts })),
      }),
      t('report.evaluationSaved'),
    );
  });
  return labelledSection(
    'report-evaluation-section',
    'report-evaluation-heading',
    t('report.evaluationHeading'),
    h('p', { class: 'muted' }, t('report.evaluationHelp')),
    form,
  );
}
