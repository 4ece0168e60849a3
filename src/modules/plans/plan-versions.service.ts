import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadRequestError, ConflictError, NotFoundError } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { currentActor } from '../../common/request-context.js';
import type { PlanVersionResponse, VersionDiffLine } from '../../contracts/plan-versions.js';
import type { Lang } from '../../contracts/validation.js';
import { setActor } from '../../database/actor.js';
import { IndicatorTarget } from '../indicators/indicator-target.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import type { PlanUpdateDto } from './dto/plan-update.dto.js';
import { effectiveStatus } from './plan-document.mapper.js';
import { PlanEditorService } from './plan-editor.service.js';
import { changeKey, checkUpdate } from './plan-updates.js';
import { PlanVersion } from './plan-version.entity.js';
import { firstVersion, toVersionResponse } from './plan-version.mapper.js';
import { Plan } from './plan.entity.js';

/**
 * Plan updates (güncelleme, domain.md 6): a new version whose changed yearly targets replace the
 * current ones for the remaining years; earlier years keep theirs, so each year's progress is
 * computed against the version in force for it. The old/new pairs stay in plan_versions.
 */
@Injectable()
export class PlanVersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editor: PlanEditorService,
  ) {}

  async createUpdate(planId: string, dto: PlanUpdateDto, lang: Lang): Promise<PlanVersionResponse> {
    // lifecycle: a closed plan reaches the status check below and gets PLAN_STATUS.
    const version = await this.editor.edit(
      planId,
      lang,
      async (manager, rows) => {
        const status = effectiveStatus(rows.plan);
        if (status !== 'yururlukte') {
          throw new ConflictError(
            'PLAN_STATUS',
            lang === 'en'
              ? `The plan is ${status}; only a plan in force (yururlukte) can be updated`
              : `Plan ${status} durumunda; yalnızca yürürlükteki (yururlukte) bir plan güncellenebilir`,
          );
        }
        // The update's reason goes into the audit entries of the targets it changes.
        await setActor(manager, currentActor(), dto.reason);
        const closed = await manager.query<Array<{ year: number }>>(
          `SELECT DISTINCT substring(period from 1 for 4)::int AS year
             FROM assessment_periods WHERE plan_id = $1 AND status = 'closed'`,
          [planId],
        );
        const earlier = await manager.find(PlanVersion, { where: { planId }, order: { number: 'ASC' } });
        const codeById = new Map(rows.indicators.map((indicator) => [indicator.id, indicator.code]));
        const targets = new Map<string, Map<number, number>>(
          rows.indicators.map((indicator) => [indicator.code, new Map()]),
        );
        for (const row of rows.yearlyTargets) {
          targets.get(codeById.get(row.indicatorId) ?? '')?.set(row.year, Number(row.value));
        }
        const outcome = checkUpdate(
          { effectiveYear: dto.effectiveYear, targets: dto.targets },
          {
            startYear: rows.plan.startYear,
            endYear: rows.plan.endYear,
            closedYears: closed.map((row) => row.year),
            targets,
            alreadyChanged: new Set(
              earlier.flatMap((item) =>
                item.changes.map((change) => changeKey(change.indicator, change.year)),
              ),
            ),
          },
          lang,
        );
        if (!outcome.ok) {
          throw new BadRequestError(
            'UPDATE_RULES',
            lang === 'en'
              ? `The update breaks ${outcome.details.length} update rule(s); nothing was saved`
              : `Güncelleme ${outcome.details.length} güncelleme kuralını bozuyor; hiçbir şey kaydedilmedi`,
            outcome.details,
          );
        }
        const idByCode = new Map(rows.indicators.map((indicator) => [indicator.code, indicator.id]));
        for (const change of outcome.changes) {
          const indicatorId = idByCode.get(change.indicator) as string;
          if (change.old === null) {
            await manager.insert(IndicatorTarget, {
              indicatorId,
              year: change.year,
              institutionId: rows.plan.institutionId,
              planId,
              value: change.new,
            });
          } else {
            await manager.update(IndicatorTarget, { indicatorId, year: change.year }, { value: change.new });
          }
        }
        const saved = manager.create(PlanVersion, {
          institutionId: rows.plan.institutionId,
          planId,
          number: (earlier.at(-1)?.number ?? 1) + 1,
          effectiveYear: dto.effectiveYear,
          reason: dto.reason,
          decisionDate: dto.decisionDate ?? null,
          decisionNumber: dto.decisionNumber ?? null,
          createdBy: currentActor()?.id ?? null,
          changes: outcome.changes,
        });
        return manager.save(saved);
      },
      { lifecycle: true },
    );
    return toVersionResponse(version);
  }

  async listVersions(planId: string): Promise<PlanVersionResponse[]> {
    const plan = await this.getPlan(planId);
    const updates = await this.dataSource.manager.find(PlanVersion, {
      where: { planId },
      order: { number: 'ASC' },
    });
    return [firstVersion(plan), ...updates.map(toVersionResponse)];
  }

  /** The yearly targets version `number` changed against the previous version (none for 1). */
  async diff(planId: string, number: number): Promise<VersionDiffLine[]> {
    await this.getPlan(planId);
    if (number === 1) return [];
    const version = await this.dataSource.manager.findOneBy(PlanVersion, { planId, number });
    if (!version) throw new NotFoundError('PLAN_VERSION_NOT_FOUND', `Plan version ${number} not found`);
    const indicators = await this.dataSource.manager.find(Indicator, { where: { planId } });
    const names = new Map(indicators.map((indicator) => [indicator.code, indicator.name]));
    return version.changes.map((change) => ({ ...change, name: names.get(change.indicator) ?? null }));
  }

  private async getPlan(planId: string): Promise<Plan> {
    const plan = isUuid(planId) ? await this.dataSource.manager.findOneBy(Plan, { id: planId }) : null;
    if (!plan) throw new NotFoundError('PLAN_NOT_FOUND', `Plan ${planId} not found`);
    return plan;
  }
}
