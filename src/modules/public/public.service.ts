import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import type {
  OpenDataLicence,
  OpenDataResponse,
  OpenDataRow,
  PublicPlan,
  PublicPlanSummary,
  PublicProgramme,
  PublicProgrammeSummary,
} from '../../contracts/public.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { JsonAnswer } from '../../common/json-answer.js';
import type { Lang } from '../../contracts/validation.js';
import { Institution } from '../institutions/institution.entity.js';
import { Plan } from '../plans/plan.entity.js';
import { ProgressService } from '../progress/progress.service.js';
import { getPlanOr404, loadPlanRows } from '../plans/plan-storage.repository.js';
import { planHeading } from '../plans/plan-lifecycle.js';
import { istanbulYear } from '../../common/clock.js';
import { PublicRepository } from './public.repository.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import {
  assessedPeriodsOf,
  openDataDocument,
  openDataFileName,
  openDataRows,
  toCsv,
  type OpenDataInput,
} from './open-data.js';

/** The transparency pages' data: published plans and approved values, nothing internal. */
@Injectable()
export class PublicService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
    private readonly repository: PublicRepository,
    private readonly programmes: ProgrammesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One page of the published plans (newest start year first, then title) and how many there are. */
  async listPlans(page: number, pageSize: number): Promise<{ items: PublicPlanSummary[]; total: number }> {
    const [plans, total] = await this.dataSource.manager.findAndCount(Plan, {
      where: { publishedAt: Not(IsNull()) },
      // The id breaks ties, so pages neither repeat nor skip a plan.
      order: { startYear: 'DESC', title: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    if (plans.length === 0) return { items: [], total };
    // Only the institutions of published plans (not every tenant's row).
    const rows = await this.dataSource.manager.findBy(Institution, {
      id: In([...new Set(plans.map((plan) => plan.institutionId))]),
    });
    const institutions = new Map(rows.map((row) => [row.id, row]));
    return {
      items: plans.map((plan) => summary(plan, institutions.get(plan.institutionId) as Institution)),
      total,
    };
  }

  async getPlan(planId: string): Promise<PublicPlan> {
    await this.getPublished(planId);
    const rows = await loadPlanRows(this.dataSource.manager, planId);
    const unitName = new Map(rows.units.map((unit) => [unit.id, unit.name]));
    const approved = rows.values.filter((value) => value.status === 'approved');
    return {
      ...summary(rows.plan, rows.institution),
      mission: rows.plan.mission,
      vision: rows.plan.vision,
      values: rows.coreValues.map((value) => ({
        title: value.title,
        ...(value.description ? { description: value.description } : {}),
      })),
      councilDecision:
        rows.plan.councilDecisionDate || rows.plan.councilDecisionNumber
          ? { date: rows.plan.councilDecisionDate, number: rows.plan.councilDecisionNumber }
          : null,
      openDataLicence: this.config.openDataLicence,
      aims: rows.aims.map((aim) => ({
        code: aim.code,
        title: aim.title,
        targets: rows.targets
          .filter((target) => target.aimId === aim.id)
          .map((target) => ({
            code: target.code,
            title: target.title,
            responsibleUnit: unitName.get(target.responsibleUnitId) ?? '',
            indicators: rows.indicators
              .filter((indicator) => indicator.targetId === target.id)
              .map((indicator) => ({
                code: indicator.code,
                name: indicator.name,
                unit: indicator.unit,
                weight: indicator.weight,
                direction: indicator.direction,
                valueType: indicator.valueType,
                baseline: indicator.baseline,
                targets: Object.fromEntries(
                  rows.yearlyTargets
                    .filter((row) => row.indicatorId === indicator.id)
                    .sort((a, b) => a.year - b.year)
                    .map((row) => [String(row.year), row.value]),
                ),
                chartFromZero: indicator.chartFromZero,
                values: approved
                  .filter((value) => value.indicatorId === indicator.id)
                  .sort((a, b) => a.period.localeCompare(b.period))
                  .map((value) => ({
                    period: value.period,
                    value: value.value,
                    revised: value.revised,
                    originalValue: value.originalValue,
                    correctionReason: value.correctionReason,
                    deviationReason: value.deviationReason,
                  })),
              })),
          })),
      })),
    };
  }

  /** Progress from approved values only. */
  /** GET progress of a published plan on approved values, as sent (JSON text and entity tag). */
  async getProgress(planId: string, period: string | undefined, lang: Lang): Promise<JsonAnswer> {
    await this.getPublished(planId);
    return this.progress.getProgressAnswer(planId, period, lang, { basis: 'approved' });
  }

  /** The open data as JSON: every approved figure of a published plan, with the licence. */
  async getOpenData(planId: string): Promise<OpenDataResponse> {
    const { input, rows } = await this.openData(planId);
    return openDataDocument(input, rows);
  }

  /** The same rows as RFC 4180 CSV (UTF-8 with BOM), with its file name and the licence. */
  async getOpenDataCsv(
    planId: string,
  ): Promise<{ fileName: string; content: string; licence: OpenDataLicence }> {
    const { input, rows } = await this.openData(planId);
    return { fileName: openDataFileName(input.plan, 'csv'), content: toCsv(rows), licence: input.licence };
  }

  private async openData(planId: string): Promise<{ input: OpenDataInput; rows: OpenDataRow[] }> {
    const plan = await this.getPublished(planId);
    const [institution, indicators] = await Promise.all([
      this.repository.institutionName(plan.institutionId),
      this.repository.approvedEntries(planId),
    ]);
    const input: OpenDataInput = {
      plan: { id: plan.id, name: plan.title, institution, startYear: plan.startYear, endYear: plan.endYear },
      licence: this.config.openDataLicence,
      indicators,
    };
    // B, C and the rate of each assessed period come from the progress engine (and its cache),
    // as the public page's do.
    const periods = assessedPeriodsOf(indicators);
    const answers = await Promise.all(
      periods.map((period) => this.progress.getProgress(planId, period, 'en', { basis: 'approved' })),
    );
    const progress = new Map(periods.map((period, index) => [period, answers[index]]));
    return { input, rows: openDataRows(input, progress) };
  }

  /** The plan's performance programmes accepted by the council and published, year by year. */
  async listProgrammes(planId: string): Promise<PublicProgrammeSummary[]> {
    const plan = await this.getPublished(planId);
    return (await this.programmes.publishedYears(plan.id)).map(programmeSummary);
  }

  /** A published programme as citizens read it: no ids, versions or monitoring. */
  async getProgramme(planId: string, year: string, lang: Lang): Promise<PublicProgramme> {
    const plan = await this.getPublished(planId);
    const { programme: response, tables } = await this.programmes.published(plan, year, lang);
    return {
      ...programmeSummary(response),
      planId: plan.id,
      targets: response.targets.map((target) => ({
        code: target.code,
        targetCode: target.targetCode,
        aimCode: target.aimCode,
        title: target.title,
        explanation: target.explanation,
        indicators: target.indicators.map(({ code, name, unit, figures, explanation }) => ({
          code,
          name,
          unit,
          figures,
          explanation,
        })),
        activities: target.activities.map((activity) => ({
          code: activity.code,
          name: activity.name,
          unitName: activity.unitName,
          description: activity.description,
          cost: activity.cost,
          amounts: activity.amounts,
        })),
      })),
      performance: tables.performance,
    };
  }

  private async getPublished(planId: string): Promise<Plan> {
    return getPlanOr404(this.dataSource.manager, planId, { published: true });
  }
}

function programmeSummary(programme: {
  year: number;
  decisionDate: string | null;
  decisionNumber: string | null;
  publishedOn: string | null;
}): PublicProgrammeSummary {
  return {
    year: programme.year,
    decisionDate: programme.decisionDate,
    decisionNumber: programme.decisionNumber,
    publishedOn: programme.publishedOn,
  };
}

function summary(plan: Plan, institution: Institution): PublicPlanSummary {
  return {
    ...planHeading(plan, istanbulYear()),
    institution: { name: institution.name, kind: institution.kind },
    publishedAt: (plan.publishedAt as Date).toISOString(),
  };
}
