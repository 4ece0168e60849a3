import { Injectable } from '@nestjs/common';
import { Packer } from 'docx';
import type { PlanDocument } from '../../contracts/plan-document.js';
import type { ProgressResponse } from '../../contracts/progress.js';
import type { ReportKind } from '../../contracts/reports.js';
import type { Lang } from '../../contracts/validation.js';
import { BadRequestError } from '../../common/app-error.js';
import { istanbulDate } from '../../common/clock.js';
import { preparationTimeline } from '../plans/preparation-timeline.js';
import { allEntryPeriodsIn } from '../periods/assessment-periods.js';
import { formatPeriod, parsePeriod, yearEndEntryPeriod, type Period } from '../periods/period-keys.js';
import { AnalysisService } from '../analysis/analysis.service.js';
import { ProgressService } from '../progress/progress.service.js';
import { latestEndedPeriod } from '../periods/default-period.js';
import { addAuditSheet } from './audit-sheet.js';
import { addCostingSheets } from './costing-sheets.js';
import { addPlanWorkbookSheets, planWorkbookPeriods, type PlanWorkbookInput } from './plan-workbook.js';
import { addEvaluationSheets, addMonitoringSheet } from './rate-sheets.js';
import { buildPlanBook } from './plan-book.js';
import { downloadFileName, periodProblem, reportFileName, reportPeriod } from './report-files.js';
import { ReportsRepository } from './reports.repository.js';
import { addSituationAnalysisSheets } from './situation-analysis-workbook.js';
import { addTargetCardSheets } from './target-cards-workbook.js';
import { addUnitsMatrixSheet } from './units-matrix.js';
import { renderWorkbook } from './workbook-format.js';

/** A finished report: its file name and its bytes. */
export interface ReportFile {
  fileName: string;
  content: Buffer;
}

/**
 * The Excel reports of domain.md 7. Each loads the plan document (the rows, as the document
 * export gives them) and the progress the API itself answers, and hands them to the pure
 * workbook builders, so the workbook shows exactly the API's numbers.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly progress: ProgressService,
    private readonly repository: ReportsRepository,
    private readonly analysis: AnalysisService,
  ) {}

  async targetCards(planId: string): Promise<ReportFile> {
    const document = await this.repository.loadDocument(planId);
    return this.file('target-cards', document, undefined, (workbook) =>
      addTargetCardSheets(workbook, document),
    );
  }

  async monitoring(planId: string, periodText: string | undefined, lang: Lang): Promise<ReportFile> {
    const document = await this.repository.loadDocument(planId);
    const period = formatPeriod(this.period('monitoring', periodText, document, lang));
    const [progress, entries] = await Promise.all([
      this.progress.getProgress(planId, period, lang),
      this.repository.entryDetails(planId, [period]),
    ]);
    return this.file('monitoring', document, period, (workbook) =>
      addMonitoringSheet(workbook, document, progress, entries),
    );
  }

  async evaluation(planId: string, periodText: string | undefined, lang: Lang): Promise<ReportFile> {
    const document = await this.repository.loadDocument(planId);
    const { year } = this.period('evaluation', periodText, document, lang);
    const [history, entries] = await Promise.all([
      this.history(planId, document.plan.startYear, year, lang),
      this.repository.entryDetails(planId, yearEndPeriods(year)),
    ]);
    return this.file('evaluation', document, String(year), (workbook) =>
      addEvaluationSheets(workbook, document, history, entries),
    );
  }

  async units(planId: string): Promise<ReportFile> {
    const document = await this.repository.loadDocument(planId);
    return this.file('units', document, undefined, (workbook) => addUnitsMatrixSheet(workbook, document));
  }

  /** The situation analysis (durum analizi): a sheet per part, the findings with their targets. */
  async situationAnalysis(planId: string): Promise<ReportFile> {
    const document = await this.repository.loadDocument(planId);
    const previous = await this.analysis.previousPlan(planId, 'tr');
    return this.file('situation-analysis', document, undefined, (workbook) =>
      addSituationAnalysisSheets(workbook, document, previous),
    );
  }

  async costing(planId: string): Promise<ReportFile> {
    const document = await this.repository.loadDocument(planId);
    return this.file('costing', document, undefined, (workbook) => addCostingSheets(workbook, document));
  }

  async audit(planId: string, periodText: string | undefined, lang: Lang): Promise<ReportFile> {
    const document = await this.repository.loadDocument(planId);
    const assessed = this.period('audit', periodText, document, lang);
    const period = formatPeriod(assessed);
    const entryPeriods = allEntryPeriodsIn(assessed);
    const [entries, recordCodes] = await Promise.all([
      this.repository.auditEntries(planId, entryPeriods),
      this.repository.recordCodes(planId),
    ]);
    return this.file('audit', document, period, (workbook) =>
      addAuditSheet(workbook, { document, period, entryPeriods, entries, recordCodes }),
    );
  }

  /** Everything but the audit trail; without ?period, as of the latest ended assessed period. */
  async plan(planId: string, periodText: string | undefined, lang: Lang): Promise<ReportFile> {
    const { input, period } = await this.planInput(planId, periodText, lang);
    return this.file('plan', input.document, period, (workbook) => addPlanWorkbookSheets(workbook, input));
  }

  /**
   * The plan book (.docx): the plan as the municipality publishes it and sends it to the council,
   * with its preparation timeline judged on today in Istanbul.
   */
  async planBook(planId: string): Promise<ReportFile> {
    const document = await this.repository.loadDocument(planId);
    const madeOn = istanbulDate();
    const timeline = preparationTimeline(document.institution, document.plan, madeOn);
    const previousPlan = await this.analysis.previousPlan(planId, 'tr');
    const book = buildPlanBook({ document, timeline, madeOn, previousPlan });
    return {
      fileName: downloadFileName(['Stratejik Plan Kitabı', '-', document.plan.title], 'docx'),
      content: await Packer.toBuffer(book),
    };
  }

  /** What the plan workbook shows (also measured by the bench against an in-memory workbook). */
  async planInput(
    planId: string,
    periodText: string | undefined,
    lang: Lang,
  ): Promise<{ input: PlanWorkbookInput; period: string }> {
    // The entries of every period the workbook may show are read beside the plan; the plan's
    // years then settle the period and which progress to read.
    const given = periodText !== undefined && periodText !== '';
    const asked = given ? parsePeriod(periodText) : null;
    const [document, entries] = await Promise.all([
      this.repository.loadDocument(planId),
      asked
        ? this.repository.entryDetails(planId, [
            `${asked.year}-H1`,
            ...yearEndPeriods(asked.year),
            ...yearEndPeriods(asked.year - 1),
          ])
        : Promise.resolve(null),
    ]);
    const period = given ? this.period('plan', periodText, document, lang) : latestEndedPeriod(document.plan);
    const shown = planWorkbookPeriods(period, document.plan.startYear);
    const [monitoring, evaluation, details] = await Promise.all([
      this.progress.getProgress(planId, shown.monitoring, lang),
      shown.evaluationYear === null
        ? Promise.resolve([])
        : this.history(planId, document.plan.startYear, shown.evaluationYear, lang),
      entries ??
        this.repository.entryDetails(planId, [
          shown.monitoring,
          ...(shown.evaluationYear === null ? [] : yearEndPeriods(shown.evaluationYear)),
        ]),
    ]);
    return { input: { document, monitoring, evaluation, entries: details }, period: formatPeriod(period) };
  }

  /** Year-end progress of every year from the plan's first to `year`, oldest first (cached by the service). */
  private history(planId: string, startYear: number, year: number, lang: Lang): Promise<ProgressResponse[]> {
    const years: number[] = [];
    for (let item = startYear; item <= year; item += 1) years.push(item);
    return Promise.all(years.map((item) => this.progress.getProgress(planId, String(item), lang)));
  }

  private period(
    kind: 'monitoring' | 'evaluation' | 'audit' | 'plan',
    text: string | undefined,
    document: PlanDocument,
    lang: Lang,
  ): Period {
    const period = reportPeriod(kind, text ?? '', document.plan);
    if (period) return period;
    const message = periodProblem(kind, document.plan, lang);
    throw new BadRequestError('PERIOD_INVALID', message, [
      { path: 'period', code: 'PERIOD_INVALID', message },
    ]);
  }

  private async file(
    kind: ReportKind,
    document: PlanDocument,
    period: string | undefined,
    build: Parameters<typeof renderWorkbook>[0],
  ): Promise<ReportFile> {
    return {
      fileName: reportFileName(kind, document.plan.title, period),
      content: await renderWorkbook(build),
    };
  }
}

/** The year-end entry periods of a year: 6-monthly indicators end in YYYY-H2, yearly ones in YYYY. */
function yearEndPeriods(year: number): string[] {
  return [yearEndEntryPeriod(year, 6), yearEndEntryPeriod(year, 12)];
}
