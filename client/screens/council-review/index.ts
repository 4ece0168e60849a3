import type { AimProgress, ProgressResponse } from '../../../src/contracts/progress.js';
import type { QuestionResponse } from '../../../src/contracts/questions.js';
import type { ReportKind } from '../../../src/contracts/reports.js';
import type { PlanResponse } from '../../../src/contracts/resources.js';
import { getPlan, getPlanDocument } from '../../api/plans.js';
import { getProgress } from '../../api/progress.js';
import { listQuestions } from '../../api/questions.js';
import { downloadPlanBook, downloadReport } from '../../api/reports.js';
import type { DownloadedFile, DownloadOptions } from '../../api/http.js';
import { mountChart } from '../../charts/mount.js';
import { mountRateChart } from '../../components/rate-chart.js';
import { barChartHeight } from '../../charts/realisation-chart.js';
import {
  COMPLETION_COLOURS,
  toCompletionChartConfig,
  unitCompletion,
  type UnitCompletion,
} from '../../charts/review-completion-chart.js';
import { bandLegend, progressRate, rateNotes } from '../../components/rate-bar.js';
import { announce } from '../../lib/announce.js';
import { saveFile } from '../../lib/download.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { h, labelledSection, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, showError } from '../../lib/errors.js';
import { formatDateTime, formatNumber, formatPeriod, formatRate } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import { createProgress } from '../../lib/progress-bar.js';
import type { RouteContext } from '../../lib/router.js';
import { getInstitutionId, setInstitutionId } from '../../lib/session.js';
import { thresholdsOf, type StatusThresholds } from '../../lib/status.js';
import type { MessageKey } from '../../messages/index.js';
import { canAsk, questionsPanel, type QuestionsPanel } from '../../components/questions-panel.js';
import { deviationsOf, type Deviation } from './review-data.js';
import { pageHeader, periodForm, resizeChartsForPrint } from '../../components/review-shared.js';
import { isMidYear } from '../../lib/band.js';

const ROUTE = '/plans/:planId/review';

/**
 * #/plans/:planId/review?period=2025 — the council review (issue 4, screen 5): a per-period
 * report for council members and city-council working groups: realisation by aim and target as
 * charts, deviations with their reasons, questions and answers, the units' completion of data
 * entry; Excel downloads; print-friendly (styles/main.css @media print).
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const [plan, progress, questions, document] = await Promise.all([
    getPlan(planId, context.signal),
    getProgress(planId, context.query.get('period') ?? undefined, context.signal),
    listQuestions(planId, {}, context.signal),
    getPlanDocument(planId, context.signal),
  ]);
  if (context.signal.aborted) return;
  context.setTitle(`${t('review.title')} — ${plan.title}`);
  if (getInstitutionId() !== plan.institution.id) setInstitutionId(plan.institution.id);
  const thresholds = thresholdsOf(plan.settings);
  const unitNames = new Map(document.units.map((unit) => [unit.code, unit.name]));
  const unitName = (code: string | null) =>
    code === null ? t('review.noUnit') : (unitNames.get(code) ?? code);
  const period = progress.period;

  const panel = questionsPanel({
    plan,
    progress,
    questions,
    period,
    headingId: 'questions-heading',
    emptyText: t('review.noQuestions'),
    filter: (question) => belongsTo(question, period),
  });

  const aimsSection = labelledSection(
    'card report-section',
    'aims-heading',
    t('review.aimsHeading', { period: formatPeriod(period) }),
  );
  const completion = unitCompletion(progress);
  const completionChart = h('div', { class: 'chart-holder' });
  const completionSection = labelledSection(
    'card report-section',
    'completion-heading',
    t('review.completionHeading'),
    h('p', { class: 'muted' }, t('review.completionNote')),
    completionLegend(),
    completionChart,
    completionTable(completion, unitName),
  );
  const targetSections = progress.aims.map((aim) => targetsSection(aim, unitName, thresholds, plan, panel));

  replaceChildren(
    context.outlet,
    h(
      'div',
      { class: 'review' },
      pageHeader(
        plan,
        t('review.title'),
        h('p', { class: 'report-period' }, t('review.periodLine', { period: formatPeriod(period) })),
        h(
          'p',
          { class: 'muted print-only' },
          t('review.printedAt', { date: formatDateTime(new Date().toISOString()) }),
        ),
      ),
      periodForm(plan, period, ROUTE),
      downloads(plan, period, context.signal),
      summary(progress),
      aimsSection,
      targetSections.map((section) => section.element),
      deviationsSection(deviationsOf(progress, document), unitName, progress.period),
      completionSection,
      labelledSection(
        'report-section questions-section',
        'questions-heading',
        t('review.questionsHeading'),
        h('p', { class: 'muted' }, t('review.questionsNote', { period: formatPeriod(period) })),
        panel.element,
      ),
    ),
  );

  const charts = [
    mountRateChart(
      aimsSection,
      progress.aims,
      thresholds,
      {
        label: (list) => t('review.aimsChartLabel', { period: formatPeriod(period), list }),
        caption: t('review.aimsHeading', { period: formatPeriod(period) }),
        headers: [t('review.aim'), t('review.rate'), t('review.status')],
      },
      context.signal,
    ),
    ...targetSections.map((section) => section.draw(context.signal)),
    mountChart(
      completionChart,
      toCompletionChartConfig(completion, {
        enteredLabel: t('review.entered'),
        missingLabel: t('review.missing'),
        noUnitLabel: t('review.noUnit'),
        formatNumber: (value) => formatNumber(value),
      }),
      {
        label: t('review.completionChartLabel', {
          list: completion
            .map((unit) =>
              t('review.completionItem', {
                unit: unit.unit ?? t('review.noUnit'),
                entered: formatNumber(unit.entered),
                expected: formatNumber(unit.expected),
              }),
            )
            .join('; '),
        }),
        table: {
          caption: t('review.completionHeading'),
          headers: [t('review.unit'), t('review.entered'), t('review.missing')],
          rows: completion.map((unit) => [
            unit.unit ?? t('review.noUnit'),
            formatNumber(unit.entered),
            formatNumber(unit.missing),
          ]),
        },
      },
      { height: barChartHeight(completion.length), signal: context.signal },
    ),
  ];
  resizeChartsForPrint(charts, context.signal);
}

/** A question belongs to the review of `period` when it names no period or one of its entries. */
function belongsTo(question: QuestionResponse, period: string): boolean {
  if (!question.period) return true;
  const assessed = /^(\d{4})-H2$/.exec(question.period)?.[1] ?? question.period;
  return assessed === period;
}

const REPORT_LABEL: Record<ReportKind, MessageKey> = {
  'target-cards': 'review.reportTargetCards',
  monitoring: 'review.reportMonitoring',
  evaluation: 'review.reportEvaluation',
  units: 'review.reportUnits',
  costing: 'review.reportCosting',
  audit: 'review.reportAudit',
  plan: 'review.reportPlan',
  'situation-analysis': 'analysis.report',
};

/** The İzleme table for a mid-year period, the Değerlendirme table for a year; then the others. */
function reportsFor(period: string): ReportKind[] {
  return [isMidYear(period) ? 'monitoring' : 'evaluation', 'plan', 'audit', 'units'];
}

/** A download button: its label, the file it fetches and the name to save it under if the server gives none. */
interface DownloadChoice {
  key: string;
  label: string;
  fetch: (options: DownloadOptions) => Promise<DownloadedFile>;
  fallbackName: string;
}

function downloadChoices(plan: PlanResponse, period: string): DownloadChoice[] {
  return [
    ...reportsFor(period).map((kind) => ({
      key: kind,
      label: t(REPORT_LABEL[kind]),
      fetch: (options: DownloadOptions) => downloadReport(plan.id, kind, period, options),
      fallbackName: `${kind}-${period}.xlsx`,
    })),
    {
      key: 'plan-book',
      label: t('review.reportPlanBook'),
      fetch: (options: DownloadOptions) => downloadPlanBook(plan.id, options),
      fallbackName: 'plan-book.docx',
    },
  ];
}

function downloads(plan: PlanResponse, period: string, signal: AbortSignal): HTMLElement {
  const status = h('div', { class: 'download-status' });
  const section = labelledSection(
    'card downloads no-print',
    'downloads-heading',
    t('review.downloadsHeading'),
    h('p', { class: 'muted' }, t('review.downloadsNote', { period: formatPeriod(period) })),
  );
  const buttons = downloadChoices(plan, period).map((choice) => {
    const button = h(
      'button',
      { type: 'button', class: 'download-button', 'data-report': choice.key },
      choice.label,
    );
    button.addEventListener('click', () => {
      clearErrors(section);
      const progress = createProgress(t('review.downloading', { report: choice.label }));
      status.replaceChildren(progress.element);
      for (const other of buttons) other.disabled = true;
      choice
        .fetch({ lang: getLang(), onProgress: (transfer) => progress.update(transfer), signal })
        .then((file) => {
          saveFile(file, choice.fallbackName);
          announce(t('review.downloaded', { file: file.filename ?? choice.fallbackName }));
        })
        .catch((error: unknown) => {
          if (!signal.aborted) showError(section, error);
        })
        .finally(() => {
          progress.done();
          for (const other of buttons) other.disabled = false;
        });
    });
    return button;
  });
  section.append(h('div', { class: 'download-buttons' }, buttons), status);
  return section;
}

function summary(progress: ProgressResponse): HTMLElement {
  return labelledSection(
    'card summary report-section',
    'summary-heading',
    t('review.planRate', { period: formatPeriod(progress.period) }),
    h('div', { class: 'big-rate' }, progressRate(progress)),
    rateNotes(progress),
    bandLegend(progress),
  );
}

/** One aim: its targets as a chart and a table, each target with a "Soru sor" button for reviewers. */
function targetsSection(
  aim: AimProgress,
  unitName: (code: string | null) => string,
  thresholds: StatusThresholds,
  plan: PlanResponse,
  panel: QuestionsPanel,
): { element: HTMLElement; draw(signal: AbortSignal): { resize(): void } } {
  const headingId = uid('aim-targets');
  const chartHolder = h('div', { class: 'chart-holder' });
  const asking = canAsk(plan.institution.id);
  const element = h(
    'section',
    { class: 'card report-section aim-targets', 'aria-labelledby': headingId, 'data-code': aim.code },
    h(
      'h2',
      { id: headingId },
      t('review.targetsOfAim', { code: aim.code, title: aim.title }),
      ' ',
      h('span', { class: 'heading-rate' }, formatRate(aim.rate)),
    ),
    chartHolder,
    tableRegion(
      t('review.targetsCaption', { code: aim.code }),
      h(
        'table',
        { class: 'report-table stack' },
        h('caption', { class: 'visually-hidden' }, t('review.targetsCaption', { code: aim.code })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('review.target')),
            h('th', { scope: 'col' }, t('review.responsibleUnit')),
            h('th', { scope: 'col' }, t('review.rate')),
            asking
              ? h(
                  'th',
                  { scope: 'col', class: 'no-print' },
                  h('span', { class: 'visually-hidden' }, t('review.actions')),
                )
              : null,
          ),
        ),
        h(
          'tbody',
          {},
          aim.targets.map((target) =>
            h(
              'tr',
              { 'data-code': target.code },
              h('th', { scope: 'row' }, h('span', { class: 'code' }, target.code), ' ', target.title),
              h('td', { 'data-label': t('review.responsibleUnit') }, unitName(target.responsibleUnit)),
              h(
                'td',
                { class: 'rate-cell', 'data-label': t('review.rate') },
                progressRate(target, { compact: true }),
              ),
              asking
                ? h(
                    'td',
                    { class: 'no-print' },
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'link-button ask-button',
                        onclick: () => panel.askAbout(target.code),
                      },
                      t('review.askAbout', { code: target.code }),
                    ),
                  )
                : null,
            ),
          ),
        ),
      ),
    ),
  );
  return {
    element,
    draw(signal) {
      // No measured target: a sentence instead of an empty chart frame (on screen and in print).
      if (aim.targets.every((target) => target.rate === null)) {
        replaceChildren(chartHolder, h('p', { class: 'muted no-chart' }, t('review.aimNoData')));
        return { resize: () => undefined };
      }
      return mountRateChart(
        chartHolder,
        aim.targets,
        thresholds,
        {
          label: (list) => t('review.targetsChartLabel', { code: aim.code, list }),
          caption: t('review.targetsCaption', { code: aim.code }),
          headers: [t('review.target'), t('review.rate'), t('review.status')],
        },
        signal,
      );
    },
  };
}

function deviationsSection(
  deviations: Deviation[],
  unitName: (code: string | null) => string,
  period: string,
): HTMLElement {
  const midYear = isMidYear(period);
  const value = (number: number, unit: string | null) => `${formatNumber(number)}${unit ? ` ${unit}` : ''}`;
  return labelledSection(
    'card report-section',
    'deviations-heading',
    t('review.deviationsHeading'),
    h('p', { class: 'muted' }, t(midYear ? 'review.deviationsNoteMidYear' : 'review.deviationsNote')),
    deviations.length === 0
      ? h('p', {}, t('review.noDeviations'))
      : tableRegion(
          t('review.deviationsHeading'),
          h(
            'table',
            { class: 'report-table stack deviations' },
            h('caption', { class: 'visually-hidden' }, t('review.deviationsHeading')),
            tableHead(
              t('review.indicator'),
              t('review.responsibleUnit'),
              [t('review.targetValue'), 'number'],
              [t('review.actualValue'), 'number'],
              [t('review.rate'), 'number'],
              t('review.reason'),
            ),
            h(
              'tbody',
              {},
              deviations.map((deviation) =>
                h(
                  'tr',
                  { 'data-code': deviation.code },
                  h(
                    'th',
                    { scope: 'row' },
                    h('span', { class: 'code' }, deviation.code),
                    ' ',
                    deviation.name,
                    h('span', { class: 'muted block' }, `${deviation.targetCode}`),
                  ),
                  h('td', { 'data-label': t('review.responsibleUnit') }, unitName(deviation.responsibleUnit)),
                  h(
                    'td',
                    { class: 'number', 'data-label': t('review.targetValue') },
                    value(deviation.targetValue, deviation.unit),
                  ),
                  h(
                    'td',
                    { class: 'number', 'data-label': t('review.actualValue') },
                    value(deviation.actual, deviation.unit),
                  ),
                  h('td', { class: 'number', 'data-label': t('review.rate') }, formatRate(deviation.rate)),
                  h(
                    'td',
                    { class: 'reason', 'data-label': t('review.reason') },
                    deviation.reasons.length === 0
                      ? h('span', { class: 'status-text-none' }, t('review.noReason'))
                      : deviation.reasons.map((reason) =>
                          h(
                            'p',
                            { class: 'reason-text' },
                            deviation.reasons.length > 1 ? `${reason.period}: ${reason.text}` : reason.text,
                          ),
                        ),
                  ),
                ),
              ),
            ),
          ),
        ),
  );
}

/** A legend for the completion chart (the chart itself draws none). */
function completionLegend(): HTMLElement {
  const swatch = (colour: string) => {
    const element = h('span', { class: 'swatch', 'aria-hidden': 'true' });
    element.style.background = colour;
    return element;
  };
  return h(
    'p',
    { class: 'legend' },
    swatch(COMPLETION_COLOURS.entered),
    ` ${t('review.entered')}  `,
    swatch(COMPLETION_COLOURS.missing),
    ` ${t('review.missing')}`,
  );
}

function completionTable(
  completion: UnitCompletion[],
  unitName: (code: string | null) => string,
): HTMLElement {
  return tableRegion(
    t('review.completionHeading'),
    h(
      'table',
      { class: 'report-table stack' },
      h('caption', { class: 'visually-hidden' }, t('review.completionHeading')),
      tableHead(
        t('review.unit'),
        [t('review.expected'), 'number'],
        [t('review.entered'), 'number'],
        [t('review.missing'), 'number'],
        [t('review.completionRate'), 'number'],
      ),
      h(
        'tbody',
        {},
        completion.map((unit) =>
          h(
            'tr',
            { 'data-unit': unit.unit ?? '' },
            h(
              'th',
              { scope: 'row' },
              unit.unit ? h('span', { class: 'code' }, unit.unit) : null,
              ' ',
              unitName(unit.unit),
            ),
            h('td', { class: 'number', 'data-label': t('review.expected') }, formatNumber(unit.expected)),
            h('td', { class: 'number', 'data-label': t('review.entered') }, formatNumber(unit.entered)),
            h('td', { class: 'number', 'data-label': t('review.missing') }, formatNumber(unit.missing)),
            h('td', { class: 'number', 'data-label': t('review.completionRate') }, formatRate(unit.rate)),
          ),
        ),
      ),
    ),
    'completion-table',
  );
}
