import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AssessmentPeriodResponse } from '../../contracts/workflow.js';
import type { Lang } from '../../contracts/validation.js';
import { BadRequestError, ConflictError, NotFoundError } from '../../common/app-error.js';
import { errorMessage } from '../../common/messages/index.js';
import { type Actor, setActor } from '../../database/actor.js';
import { effectiveStatus } from '../plans/plan-lifecycle.js';
import { getPlanOr404, lockPlan } from '../plans/plan-storage.repository.js';
import { Plan } from '../plans/plan.entity.js';
import { parseAssessedPeriod } from './period-keys.js';
import { AssessmentPeriod } from './assessment-period.entity.js';
import { compareAssessmentPeriods } from './assessment-periods.js';
import { toAssessmentPeriodResponse } from './periods.mapper.js';
import { PeriodsRepository } from './periods.repository.js';

/** The assessment period a close or reopen names, and the version the client read (if it sent one). */
export interface PeriodStep {
  planId: string;
  period: string;
  version: number | undefined;
}

/** Assessment periods of a plan: a planner opens, closes and reopens them (domain.md 6). */
@Injectable()
export class PeriodsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PeriodsRepository,
  ) {}

  async listPeriods(planId: string): Promise<AssessmentPeriodResponse[]> {
    await getPlanOr404(this.dataSource.manager, planId);
    const rows = await this.dataSource.manager.findBy(AssessmentPeriod, { planId });
    return rows.sort((a, b) => compareAssessmentPeriods(a.period, b.period)).map(toAssessmentPeriodResponse);
  }

  async openPeriod(
    planId: string,
    period: string,
    actor: Actor | null,
    lang: Lang,
  ): Promise<AssessmentPeriodResponse> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager, actor);
      const plan = await lockAndGetPlan(manager, planId);
      assertPlanOpen(plan, lang);
      if (!parseAssessedPeriod(period, plan.startYear, plan.endYear)) {
        const years = `${plan.startYear}–${plan.endYear}`;
        const message = errorMessage('PERIOD_INVALID', { period, years }, lang);
        throw new BadRequestError('PERIOD_INVALID', message, [
          { path: 'period', code: 'PERIOD_INVALID', message },
        ]);
      }
      const existing = await manager.findOneBy(AssessmentPeriod, { planId: plan.id, period });
      if (existing)
        throw new ConflictError(
          'PERIOD_EXISTS',
          errorMessage('PERIOD_EXISTS', { period, status: existing.status }, lang),
          undefined,
          toAssessmentPeriodResponse(existing),
        );
      await manager.insert(AssessmentPeriod, {
        institutionId: plan.institutionId,
        planId: plan.id,
        period,
        status: 'open',
        openedBy: actor?.id ?? null,
      });
      return toAssessmentPeriodResponse(
        await manager.findOneByOrFail(AssessmentPeriod, { planId: plan.id, period }),
      );
    });
  }

  /**
   * Locks the period: no more entries, submissions, approvals or returns in it (corrections stay
   * possible). Refused while values of it are still submitted (409 PERIOD_HAS_SUBMITTED), so no
   * submitted value is locked unreviewed.
   */
  closePeriod(step: PeriodStep, actor: Actor | null, lang: Lang = 'tr'): Promise<AssessmentPeriodResponse> {
    return this.transition(
      step,
      actor,
      'open',
      { status: 'closed', closedBy: actor?.id ?? null, closedAt: new Date() },
      async (manager, plan, row) => {
        const waiting = await this.repository.countSubmittedByUnit(manager, plan.id, row.period);
        if (waiting.length === 0) return;
        const total = waiting.reduce((sum, item) => sum + item.submitted, 0);
        throw new ConflictError(
          'PERIOD_HAS_SUBMITTED',
          errorMessage('PERIOD_HAS_SUBMITTED', { count: total, period: row.period }, lang),
          waiting.map((item) => ({
            path: `units.${item.unit}`,
            code: 'PERIOD_HAS_SUBMITTED',
            message: errorMessage('PERIOD_HAS_SUBMITTED', { unit: item.name, count: item.submitted }, lang),
          })),
          toAssessmentPeriodResponse(row),
        );
      },
    );
  }

  reopenPeriod(step: PeriodStep, actor: Actor | null, lang: Lang = 'tr'): Promise<AssessmentPeriodResponse> {
    return this.transition(
      step,
      actor,
      'closed',
      { status: 'open', closedBy: null, closedAt: null },
      (_manager, plan) => {
        assertPlanOpen(plan, lang);
        return Promise.resolve();
      },
    );
  }

  private async transition(
    { planId, period, version }: PeriodStep,
    actor: Actor | null,
    from: AssessmentPeriod['status'],
    change: Pick<AssessmentPeriod, 'status' | 'closedBy' | 'closedAt'>,
    guard: (manager: EntityManager, plan: Plan, row: AssessmentPeriod) => Promise<void>,
  ): Promise<AssessmentPeriodResponse> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager, actor);
      const plan = await lockAndGetPlan(manager, planId);
      const row = await manager.findOneBy(AssessmentPeriod, { planId: plan.id, period });
      if (!row) throw new NotFoundError('PERIOD_NOT_FOUND', { period });
      if (version !== undefined && version !== row.version)
        throw new ConflictError(
          'STALE_VERSION',
          { what: 'period', period, given: version, now: row.version },
          undefined,
          toAssessmentPeriodResponse(row),
        );
      if (row.status !== from)
        throw new ConflictError(
          row.status === 'closed' ? 'PERIOD_CLOSED' : 'PERIOD_OPEN',
          { period },
          undefined,
          toAssessmentPeriodResponse(row),
        );
      await guard(manager, plan, row);
      await manager.update(AssessmentPeriod, { id: row.id }, { ...change, version: row.version + 1 });
      return toAssessmentPeriodResponse(await manager.findOneByOrFail(AssessmentPeriod, { id: row.id }));
    });
  }
}

/**
 * A closed plan (kapandı) takes no new assessment period, as it takes no content or value writes:
 * 409 PLAN_CLOSED, the code the plan editor and the value workflow use.
 */
export function assertPlanOpen(plan: Plan, lang: Lang): void {
  if (effectiveStatus(plan) !== 'kapandi') return;
  throw new ConflictError('PLAN_CLOSED', errorMessage('PLAN_CLOSED', { what: 'period' }, lang));
}

async function lockAndGetPlan(manager: EntityManager, planId: string): Promise<Plan> {
  await lockPlan(manager, planId);
  return getPlanOr404(manager, planId);
}
