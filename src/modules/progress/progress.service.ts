import { Injectable } from '@nestjs/common';
import type { ProgressResponse } from '../../contracts/progress.js';
import type { Lang } from '../../contracts/validation.js';
import { BadRequestError, NotFoundError } from '../../common/app-error.js';
import { parseAssessedPeriod, type Period } from './periods.js';
import { computeProgress } from './progress-engine.js';
import { ProgressRepository } from './progress.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class ProgressService {
  constructor(private readonly repository: ProgressRepository) {}

  /** Realisation of every indicator, target, aim and the plan for an assessed period (domain.md 4). */
  async getProgress(planId: string, periodText: string | undefined, lang: Lang, today = new Date()): Promise<ProgressResponse> {
    const header = UUID.test(planId) ? await this.repository.findPlanHeader(planId) : null;
    if (!header) throw new NotFoundError('PLAN_NOT_FOUND', `Plan ${planId} not found`);
    const period = periodText === undefined || periodText === '' ? latestEndedPeriod(header, today) : parseAssessedPeriod(periodText, header.startYear, header.endYear);
    if (!period) {
      const message =
        lang === 'en'
          ? `period must be YYYY-H1 (30 June monitoring) or YYYY (year-end evaluation) within ${header.startYear}–${header.endYear}`
          : `dönem ${header.startYear}–${header.endYear} içinde YYYY-H1 (30 Haziran izleme) veya YYYY (yıl sonu değerlendirme) olmalı`;
      throw new BadRequestError('PERIOD_INVALID', message, [{ path: 'period', code: 'PERIOD_INVALID', message }]);
    }
    const plan = await this.repository.loadEnginePlan(planId, header, period.year);
    return { planId, ...computeProgress(plan, period) };
  }
}

/** Without ?period: the latest assessed period that has ended by today, within the plan. */
export function latestEndedPeriod(plan: { startYear: number; endYear: number }, today: Date): Period {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  const candidate: Period = month >= 7 ? { year, half: 1 } : { year: year - 1, half: null };
  if (candidate.year > plan.endYear) return { year: plan.endYear, half: null };
  if (candidate.year < plan.startYear) return { year: plan.startYear, half: 1 };
  return candidate;
}
