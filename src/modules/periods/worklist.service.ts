import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ApprovalQueueItem, ApprovalQueueResponse, WorklistResponse } from '../../contracts/workflow.js';
import {
  DEFAULT_PLAUSIBILITY,
  judgePlausibility,
  type PlausibilityFactors,
} from '../indicators/plausibility.js';
import { BadRequestError } from '../../common/app-error.js';
import { istanbulDate } from '../../common/clock.js';
import { parsePeriod } from './period-keys.js';
import { allEntryPeriodsIn, assessmentPeriodOf, periodDates } from './assessment-periods.js';
import { PeriodsRepository } from './periods.repository.js';
import { getPlanOr404 } from '../plans/plan-storage.repository.js';
import type { EngineIndicator } from '../progress/progress-engine.js';
import { buildWorklist, countByUnit, entryFigures, groupApprovalQueue, type FiguresOf } from './worklist.js';

/** The range the plausibility rule expected of `value`, as the approver is shown it. */
function plausibilityOf(
  indicator: EngineIndicator | undefined,
  period: string,
  value: number,
  factors: PlausibilityFactors,
): ApprovalQueueItem['plausibility'] {
  if (!indicator) return null;
  const result = judgePlausibility(
    {
      valueType: indicator.valueType,
      baseline: indicator.baseline,
      targets: indicator.targets,
      entries: Object.fromEntries(
        Object.entries(indicator.values ?? {}).map(([key, entry]) => [key, entry.value]),
      ),
    },
    period,
    value,
    factors,
  );
  return result.range && result.compared !== null ? { compared: result.compared, ...result.range } : null;
}

/** entryFigures over the plan's indicators as loaded (an unknown code cannot occur: rows come from them). */
function figuresFrom(
  indicators: Map<string, EngineIndicator>,
  plan: { startYear: number; endYear: number },
): FiguresOf {
  return (code, period) => {
    const indicator = indicators.get(code);
    if (!indicator) throw new RangeError(`indicator ${code} not loaded`);
    return entryFigures(indicator, plan, period);
  };
}

/** What units owe in the open periods, and what waits for the planner's approval (values and corrections). */
@Injectable()
export class WorklistService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PeriodsRepository,
  ) {}

  async getWorklist(planId: string, unit: string | undefined): Promise<WorklistResponse> {
    const plan = await getPlanOr404(this.dataSource.manager, planId);
    if (unit !== undefined && !(await this.repository.unitExists(plan.institutionId, unit))) {
      const message = `Unknown unit ${unit}`;
      throw new BadRequestError('UNKNOWN_UNIT', message, [{ path: 'unit', code: 'UNKNOWN_UNIT', message }]);
    }
    const openPeriods = await this.repository.findOpenPeriods(plan.id);
    const entryPeriods = openPeriods.flatMap((text) => {
      const period = parsePeriod(text);
      return period ? allEntryPeriodsIn(period) : [];
    });
    const years = [...new Set(openPeriods.map((text) => parsePeriod(text)?.year ?? 0))];
    const [indicators, values, figureIndicators, activities, progress] = await Promise.all([
      this.repository.findIndicators(plan.id, unit),
      this.repository.findValues(plan.id, entryPeriods),
      this.repository.findFigureIndicators(plan.id),
      this.repository.findActivities(plan.id, years, unit),
      this.repository.findProgress(plan.id, openPeriods),
    ]);
    const asOf = istanbulDate();
    const periods = buildWorklist(
      openPeriods,
      indicators,
      values,
      asOf,
      figuresFrom(figureIndicators, plan),
      plan.settings,
      { activities, progress },
    );
    return {
      planId: plan.id,
      asOf,
      periods,
      units: countByUnit(periods.flatMap((period) => period.entries)),
    };
  }

  async getApprovalQueue(planId: string): Promise<ApprovalQueueResponse> {
    const plan = await getPlanOr404(this.dataSource.manager, planId);
    const [submitted, corrections, figureIndicators, progress] = await Promise.all([
      this.repository.findSubmitted(plan.id),
      this.repository.findPendingCorrections(plan.id),
      this.repository.findFigureIndicators(plan.id),
      this.repository.findSubmittedProgress(plan.id),
    ]);
    const figuresOf = figuresFrom(figureIndicators, plan);
    const factors = plan.settings?.plausibility ?? DEFAULT_PLAUSIBILITY;
    const asOf = istanbulDate();
    const approvalDeadlineOf = (period: string): string => {
      const assessed = parsePeriod(assessmentPeriodOf(period) ?? period);
      if (!assessed) throw new RangeError(`not a period: ${period}`);
      return periodDates(assessed, plan.settings).approvalDeadline;
    };
    const rows = submitted.map((row) => ({
      ...row,
      approvalDeadline: approvalDeadlineOf(row.period),
      overdue: asOf > approvalDeadlineOf(row.period),
      plausibility: row.implausible
        ? plausibilityOf(figureIndicators.get(row.indicator), row.period, row.value, factors)
        : null,
      figures: figuresOf(row.indicator, row.period),
    }));
    const withAssessment = <T extends { period: string }>(row: T) => ({
      ...row,
      assessmentPeriod: assessmentPeriodOf(row.period) ?? row.period,
    });
    return {
      planId: plan.id,
      asOf,
      total: rows.length,
      units: groupApprovalQueue(rows.map(withAssessment)),
      corrections: corrections.map(withAssessment),
      activityTotal: progress.length,
      activities: progress.map((row) => ({
        ...withAssessment(row),
        approvalDeadline: approvalDeadlineOf(row.period),
        overdue: asOf > approvalDeadlineOf(row.period),
      })),
    };
  }
}
