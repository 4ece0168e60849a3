import { Injectable } from '@nestjs/common';
import { INSTITUTION_KINDS, type InstitutionKind } from '../../contracts/plan-document.js';
import {
  PROGRESS_BASES,
  RATE_BANDS,
  type NationalComparisonResponse,
  type PlanRateResponse,
  type RateBand,
  type ProgressBasis,
  type ProgressResponse,
  type ProgressTrendResponse,
} from '../../contracts/progress.js';
import type { Lang } from '../../contracts/validation.js';
import { BadRequestError, planNotFound } from '../../common/app-error.js';
import { errorMessage } from '../../common/messages/index.js';
import { formatPeriod, parseAssessedPeriod, type Period } from '../periods/period-keys.js';
import { ProgressCache } from './progress-cache.js';
import { computeTrend, trendPeriods } from './progress-trend.js';
import { computePlanRate, computeProgress, type EnginePlan } from './progress-engine.js';
import { ProgressRepository, type PlanHeader } from './progress.repository.js';
import { isUuid } from '../../common/ids.js';
import { clockNow } from '../../common/clock.js';
import { jsonAnswer, type JsonAnswer } from '../../common/json-answer.js';
import { defaultPeriod, latestEndedPeriod } from '../periods/default-period.js';
import { ReadReplica } from '../../database/read-replica.service.js';

/** A GET progress located: the plan's header, the period and basis, and the cache key of the three. */
interface Located {
  planId: string;
  header: PlanHeader;
  period: Period;
  basis: ProgressBasis;
  key: string;
}

type RateFigures = Pick<PlanRateResponse, 'rate' | 'coverage' | 'band' | 'aims'>;

@Injectable()
export class ProgressService {
  private readonly cache = new ProgressCache<ProgressResponse>(1000);
  /** GET progress as sent: its JSON text and entity tag, under the same keys and stamps as `cache`. */
  private readonly answers = new ProgressCache<JsonAnswer>(1000);
  private readonly rates = new ProgressCache<RateFigures>(20000);
  private readonly trends = new ProgressCache<ProgressTrendResponse>(200);

  constructor(
    private readonly repository: ProgressRepository,
    private readonly replica: ReadReplica,
  ) {}

  /** Each cache's hits, misses and entries since start (GET /api/metrics). */
  cacheStats(): Array<{ cache: string; hits: number; misses: number; entries: number }> {
    const caches = { figures: this.cache, answers: this.answers, rates: this.rates, trends: this.trends };
    return Object.entries(caches).map(([cache, kept]) => ({
      cache,
      hits: kept.hits,
      misses: kept.misses,
      entries: kept.size,
    }));
  }

  /**
   * Realisation of every indicator, target, aim and the plan for an assessed period (domain.md 4),
   * on approved values unless `basis` is "all". Without a period: the plan's default period.
   */
  async getProgress(
    planId: string,
    periodText: string | undefined,
    lang: Lang,
    options: { basis?: ProgressBasis; today?: Date } = {},
  ): Promise<ProgressResponse> {
    return this.progressAt(await this.locate(planId, periodText, lang, options));
  }

  /**
   * GET progress as the JSON text it is sent as, with its entity tag: the text is kept beside the
   * figures under the same stamp, so a repeated read sends it without serialising 400 indicators
   * again, and the tag (from the period, the basis and the stamp) lets a client's repeated read
   * cost a 304.
   */
  async getProgressAnswer(
    planId: string,
    periodText: string | undefined,
    lang: Lang,
    options: { basis?: ProgressBasis; today?: Date } = {},
  ): Promise<JsonAnswer> {
    const located = await this.locate(planId, periodText, lang, options);
    const period = formatPeriod(located.period);
    if (this.replica.routing && (await this.repository.isPeriodClosed(planId, period))) {
      // A closed period's figures change only by a correction or a plan update, so they may come
      // from the replica: located there again, so that the stamp and the figures come from one place.
      return this.replica.read(async () => this.answerAt(await this.locate(planId, period, lang, options)));
    }
    return this.answerAt(located);
  }

  /** The answer of a located GET progress, kept under its stamp. */
  private async answerAt(located: Located): Promise<JsonAnswer> {
    const { key, header } = located;
    const kept = this.answers.get(key, header.stamp);
    if (kept) return kept;
    const answer = jsonAnswer(await this.progressAt(located), `progress|${key}|${header.stamp}`);
    this.answers.set(key, header.stamp, answer);
    return answer;
  }

  /** The plan's header and the assessed period asked for (default: the plan's default period). */
  private async locate(
    planId: string,
    periodText: string | undefined,
    lang: Lang,
    options: { basis?: ProgressBasis; today?: Date },
  ): Promise<Located> {
    const basis = options.basis ?? 'approved';
    const header = isUuid(planId) ? await this.repository.findPlanHeader(planId) : null;
    if (!header) throw planNotFound(planId);
    const period =
      periodText === undefined || periodText === ''
        ? await this.defaultPeriodOf(header, options.today ?? clockNow())
        : parseAssessedPeriod(periodText, header.startYear, header.endYear);
    if (!period) throw periodError(lang, `${header.startYear}–${header.endYear}`);
    return { planId, header, period, basis, key: `${planId}|${formatPeriod(period)}|${basis}` };
  }

  private async progressAt({ planId, header, period, basis, key }: Located): Promise<ProgressResponse> {
    const cached = this.cache.get(key, header.stamp);
    if (cached) return cached;
    const plan = await this.repository.loadEnginePlan(header, period.year, basis === 'approved');
    const progress = { planId, basis, ...computeProgress(plan, period) };
    this.cache.set(key, header.stamp, progress);
    return progress;
  }

  /**
   * GET progress of each of `years` (year ends) on one load of the plan, as getTrend reads it: each
   * answer equals GET progress of that year and basis.
   */
  async yearEndProgress(
    planId: string,
    years: readonly number[],
    basis: ProgressBasis = 'approved',
  ): Promise<ProgressResponse[]> {
    const header = isUuid(planId) ? await this.repository.findPlanHeader(planId) : null;
    if (!header) throw planNotFound(planId);
    if (years.length === 0) return [];
    const history = await this.repository.loadEnginePlanHistory(header, basis === 'approved');
    return years.map((year) => ({
      planId,
      basis,
      ...computeProgress(history.planOf(year), { year, half: null }),
    }));
  }

  /**
   * The plan's, each aim's and each target's rate for every assessed period that holds a value on
   * the basis, in time order: the plan is loaded once and each period computed by the engine, so
   * each point equals GET progress of that period and basis.
   */
  async getTrend(planId: string, basis: ProgressBasis = 'approved'): Promise<ProgressTrendResponse> {
    const header = isUuid(planId) ? await this.repository.findPlanHeader(planId) : null;
    if (!header) throw planNotFound(planId);
    const key = `${planId}|${basis}`;
    const cached = this.trends.get(key, header.stamp);
    if (cached) return cached;
    const history = await this.repository.loadEnginePlanHistory(header, basis === 'approved');
    const trend: ProgressTrendResponse = {
      planId,
      basis,
      ...computeTrend(trendPeriods(history.latest), history.planOf),
    };
    this.trends.set(key, header.stamp, trend);
    return trend;
  }

  /**
   * The period every screen opens on (periods/default-period.ts): the latest closed period with
   * approved values and so on; a plan with none of these opens on the latest period ended by today.
   */
  private async defaultPeriodOf(header: PlanHeader, today: Date): Promise<Period> {
    const chosen = defaultPeriod(await this.repository.defaultPeriodInput(header.id));
    const parsed = chosen === null ? null : parseAssessedPeriod(chosen, header.startYear, header.endYear);
    return parsed ?? latestEndedPeriod(header, today);
  }

  /**
   * Plan rates of every plan that covers the period (e.g. a union's member municipalities),
   * computed by the same engine from one query.
   */
  async getPlanRates(
    periodText: string,
    lang: Lang,
    visibleInstitutions: string[] | null,
    basis: ProgressBasis = 'approved',
    /** Only institutions of this kind (the national comparison); null: every kind. */
    kind: InstitutionKind | null = null,
  ): Promise<PlanRateResponse[]> {
    const probe = parseAssessedPeriod(periodText, 1900, 2200);
    if (!probe) throw periodError(lang, null);
    const period = formatPeriod(probe);
    const keyOf = (planId: string): string => `${planId}|${period}|${basis}`;
    const headers = await this.repository.findPlanHeaders(null, probe.year, visibleInstitutions, kind);
    const rates = new Map(
      headers.map((header) => [header.id, this.rates.get(keyOf(header.id), header.stamp)]),
    );
    const missing = headers.filter((header) => rates.get(header.id) === undefined);
    // Read in batches, each computed by the engine while PostgreSQL reads the next.
    await this.repository.eachEnginePlanBatch(
      missing,
      probe.year,
      { withText: false, approvedOnly: basis === 'approved' },
      (plans, batch) => {
        for (const header of batch) {
          const figures = computePlanRate(plans.get(header.id) as EnginePlan, probe);
          this.rates.set(keyOf(header.id), header.stamp, figures);
          rates.set(header.id, figures);
        }
      },
    );
    // Titles and names come fresh from the header query; only the computed figures are cached.
    return headers.map((header) => ({
      planId: header.id,
      title: header.title,
      institution: header.institution,
      period,
      basis,
      ...(rates.get(header.id) as RateFigures),
    }));
  }

  /**
   * Every plan of institutions of one kind that covers the period, nationwide (a superadmin's
   * view): the rows of getPlanRates, by the same engine and cache, ranked by rate, with how many
   * plans read in each band.
   */
  async getNationalComparison(
    kind: InstitutionKind,
    periodText: string,
    lang: Lang,
    basis: ProgressBasis = 'approved',
  ): Promise<NationalComparisonResponse> {
    const rows = await this.getPlanRates(periodText, lang, null, basis, kind);
    const bands = Object.fromEntries(RATE_BANDS.map((band) => [band, 0])) as Record<RateBand, number>;
    for (const row of rows) bands[row.band] += 1;
    // Highest rate first; a plan without a rate is last, never ranked as 0 (the header order, by name, breaks ties).
    const plans = rows
      .map((row, index) => ({ row, index }))
      .sort(
        (a, b) =>
          (a.row.rate === null ? 1 : 0) - (b.row.rate === null ? 1 : 0) ||
          (b.row.rate ?? 0) - (a.row.rate ?? 0) ||
          a.index - b.index,
      )
      .map(({ row }) => row);
    const period = formatPeriod(parseAssessedPeriod(periodText, 1900, 2200) as Period);
    return { kind, period, basis, plans, bands };
  }
}

/** ?kind= of the national comparison: one of the institution kinds. */
export function parseKind(text: string | undefined, lang: Lang): InstitutionKind {
  if (text !== undefined && (INSTITUTION_KINDS as readonly string[]).includes(text))
    return text as InstitutionKind;
  const message = errorMessage('INSTITUTION_KIND_INVALID', {}, lang);
  throw new BadRequestError('INSTITUTION_KIND_INVALID', message, [
    { path: 'kind', code: 'INSTITUTION_KIND_INVALID', message },
  ]);
}

/** ?basis=approved|all; absent means approved. */
export function parseBasis(text: string | undefined, lang: Lang): ProgressBasis {
  if (text === undefined || text === '') return 'approved';
  if ((PROGRESS_BASES as readonly string[]).includes(text)) return text as ProgressBasis;
  const message = errorMessage('BASIS_INVALID', {}, lang);
  throw new BadRequestError('BASIS_INVALID', message, [{ path: 'basis', code: 'BASIS_INVALID', message }]);
}

function periodError(lang: Lang, years: string | null): BadRequestError {
  const message = errorMessage('PERIOD_INVALID', years ? { years } : {}, lang);
  return new BadRequestError('PERIOD_INVALID', message, [
    { path: 'period', code: 'PERIOD_INVALID', message },
  ]);
}
