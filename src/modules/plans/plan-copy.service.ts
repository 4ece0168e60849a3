import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  ImportResponse,
  PreviousIndicatorRealisation,
  PreviousRealisationResponse,
} from '../../contracts/resources.js';
import type { Lang } from '../../contracts/validation.js';
import { istanbulDate } from '../../common/clock.js';
import type { RequestUser } from '../../common/request-user.js';
import { setActor } from '../../database/actor.js';
import { latestEndedPeriod } from '../periods/default-period.js';
import { planYears } from '../periods/period-keys.js';
import { ProgressService } from '../progress/progress.service.js';
import { copiedPlanDocument, type CopyOptions } from './plan-copy.js';
import { toPlanDocument } from './plan-document.mapper.js';
import { planInvalid, storingErrors } from './plan-guards.js';
import { validatePlan } from './plan-rules.js';
import { getPlanOr404, loadPlanRows, writeDocumentRows } from './plan-storage.repository.js';

/**
 * Starting a plan from the institution's previous one (issue 12 point 1): the copy is a new
 * draft written as a plan document is, under the same rules, and remembers where it came from so
 * the workspace can show what the previous plan reached beside each carried indicator.
 */
@Injectable()
export class PlanCopyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
  ) {}

  async copy(planId: string, options: CopyOptions, lang: Lang, user: RequestUser): Promise<ImportResponse> {
    const source = toPlanDocument(await loadPlanRows(this.dataSource.manager, planId, { values: false }));
    const document = copiedPlanDocument(source, options);
    const issues = validatePlan(document, { today: istanbulDate(), lang });
    // A draft is completed one record at a time: the empty baselines and yearly targets of the
    // copy are what the team fills in next (GET …/validation lists them), not a reason to refuse.
    const errors = storingErrors(issues, document);
    if (errors.length > 0) throw planInvalid(errors, lang);
    const id = await this.dataSource.transaction(async (manager) => {
      await setActor(manager, user, 'plan copy');
      const created = await writeDocumentRows(manager, document, user);
      await manager.query('UPDATE plans SET previous_plan_id = $1 WHERE id = $2', [planId, created]);
      return created;
    });
    return { id, warnings: issues.filter((issue) => issue.severity === 'warning') };
  }

  /**
   * What the plan this one was copied from reached: for each of its indicators, the latest
   * ended year-end that holds an approved value, with C, B and the rate the progress API gives.
   */
  async previousRealisation(planId: string): Promise<PreviousRealisationResponse> {
    const plan = await getPlanOr404(this.dataSource.manager, planId);
    const previous = plan.previousPlanId
      ? await this.dataSource.manager.query<
          Array<{ id: string; title: string; start_year: number; end_year: number }>
        >('SELECT id, title, start_year, end_year FROM plans WHERE id = $1', [plan.previousPlanId])
      : [];
    const old = previous[0];
    if (!old) return { previousPlan: null, basis: 'approved', indicators: [] };
    const span = { startYear: old.start_year, endYear: old.end_year };
    const last = latestEndedPeriod(span);
    const lastYear = last.half === null ? last.year : last.year - 1;
    const years = lastYear < span.startYear ? [] : planYears(span.startYear, lastYear);
    const yearly = await this.progress.yearEndProgress(old.id, years, 'approved');
    const latest = new Map<string, PreviousIndicatorRealisation>();
    yearly.forEach((progress, index) => {
      for (const indicator of progress.aims.flatMap((aim) =>
        aim.targets.flatMap((target) => target.indicators),
      )) {
        const known = latest.get(indicator.code);
        if (indicator.actual === null && known) continue;
        latest.set(indicator.code, {
          code: indicator.code,
          name: indicator.name,
          unit: indicator.unit,
          period: indicator.actual === null ? null : String(years[index]),
          actual: indicator.actual,
          target: indicator.actual === null ? null : indicator.target,
          rate: indicator.actual === null ? null : indicator.rate,
        });
      }
    });
    return {
      previousPlan: { id: old.id, title: old.title, startYear: old.start_year, endYear: old.end_year },
      basis: 'approved',
      indicators: [...latest.values()],
    };
  }
}
