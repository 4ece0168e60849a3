import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { INDICATOR_CONTENT_FIELDS } from '../../contracts/drafting.js';
import type { IndicatorResponse } from '../../contracts/resources.js';
import type { Lang } from '../../contracts/validation.js';
import { BadRequestError, indicatorNotFound, getByCode } from '../../common/app-error.js';
import { errorMessage } from '../../common/messages/index.js';
import type { PlanRows } from '../plans/plan-document.mapper.js';
import { assertFreshVersion } from '../../common/versions.js';
import { PlanEditorService } from '../plans/plan-editor.service.js';
import { sameContent, type LockedChange } from '../plans/plan-content-lock.js';
import {
  assertCodeFree,
  assertContentEditable,
  assertHoldsNoApprovedValues,
  assertRoom,
  parentByCode,
} from '../plans/plan-guards.js';
import type { CreateIndicatorDto, UpdateIndicatorDto } from './dto/indicator.dto.js';
import { IndicatorTarget } from './indicator-target.entity.js';
import { Indicator } from './indicator.entity.js';
import { toIndicatorResponse } from './indicator.mapper.js';
import { loadPlanRows, writeRowChanges } from '../plans/plan-storage.repository.js';
import { indicatorRow, noRowChanges, yearlyTargetRows } from '../plans/plan-row-changes.js';
import { nextIndicatorCodes, prefixesOf, strategyRowsOf } from '../plans/strategy-tree.js';

/** Indicators (performans göstergeleri) one by one, under the plan rules. */
@Injectable()
export class IndicatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editor: PlanEditorService,
  ) {}

  async listIndicators(
    planId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IndicatorResponse[]> {
    return responses(await loadPlanRows(manager, planId));
  }

  async getIndicator(
    planId: string,
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IndicatorResponse> {
    return getByCode(await this.listIndicators(planId, manager), code, indicatorNotFound);
  }

  async createIndicator(planId: string, dto: CreateIndicatorDto, lang: Lang): Promise<IndicatorResponse> {
    const code = await this.editor.edit(planId, lang, async (manager, rows) => {
      const target = parentByCode(rows.targets, dto.target, 'UNKNOWN_TARGET', 'target');
      const code = dto.code ?? nextIndicatorCodes(prefixesOf(rows.plan), strategyRowsOf(rows), target.id)[0];
      assertContentEditable(
        rows.plan,
        [{ kind: 'indicators', action: 'create', path: 'code', subject: code }],
        lang,
      );
      assertRoom(
        'indicatorsPerTarget',
        rows.indicators.filter((indicator) => indicator.targetId === target.id).length,
        'target',
        lang,
      );
      assertRoom('indicators', rows.indicators.length, 'code', lang);
      assertCodeFree(rows, code);
      const writes = noRowChanges();
      const halfYearTargets = halfYearTargetsOf(rows.plan, dto.halfYearTargets, lang);
      const row = indicatorRow(
        { ...dto, code, halfYearTargets },
        {
          id: randomUUID(),
          targetId: target.id,
          position: maxPosition(rows) + 1,
        },
      );
      writes.indicators.insert.push(row);
      writes.yearlyTargets.insert.push(...yearlyTargetRows(row.id, dto.targets ?? {}));
      await writeRowChanges(manager, rows.plan, writes);
      return code;
    });
    return this.getIndicator(planId, code);
  }

  async updateIndicator(
    planId: string,
    code: string,
    dto: UpdateIndicatorDto,
    lang: Lang,
  ): Promise<IndicatorResponse> {
    return this.editor.edit(planId, lang, async (manager, rows) => {
      const indicator = findIndicator(rows, code);
      await assertFreshVersion({ what: 'indicator', name: code }, indicator.version, dto.version, () =>
        this.getIndicator(planId, code, manager),
      );
      const changes: Partial<Indicator> = {};
      for (const key of [...INDICATOR_CONTENT_FIELDS, 'weight'] as const) {
        if (dto[key] !== undefined) (changes as Record<string, unknown>)[key] = dto[key];
      }
      if (dto.halfYearTargets !== undefined)
        changes.halfYearTargets = halfYearTargetsOf(rows.plan, dto.halfYearTargets, lang);
      // A presentation setting, not plan content: no plan update carries it and no lock holds it
      // (a closed plan is still refused by the editor).
      if (dto.chartFromZero !== undefined && dto.chartFromZero !== indicator.chartFromZero)
        changes.chartFromZero = dto.chartFromZero;
      const targetsChange = dto.targets !== undefined && !sameTargets(rows, indicator.id, dto.targets);
      const locked: LockedChange[] = [
        ...(targetsChange ? [change('targets', 'targets', code)] : []),
        ...(dto.weight !== undefined && dto.weight !== Number(indicator.weight)
          ? [change('weights', 'weight', code)]
          : []),
        ...INDICATOR_CONTENT_FIELDS.filter(
          (key) => dto[key] !== undefined && !sameContent(dto[key], stored(indicator, key)),
        ).map((key) => change('content', key, code)),
      ];
      assertContentEditable(rows.plan, locked, lang);
      if (dto.monitoringMonths !== undefined && dto.monitoringMonths !== (indicator.monitoringMonths ?? 6)) {
        const entries = rows.values.filter((value) => value.indicatorId === indicator.id).length;
        if (entries > 0) {
          throw new BadRequestError(
            'MONITORING_CHANGE',
            `Indicator ${code} has ${entries} entries; their periods fit the current monitoring frequency`,
            [
              {
                path: 'monitoringMonths',
                code: 'MONITORING_CHANGE',
                message: 'Delete the entries before changing the monitoring frequency',
              },
            ],
          );
        }
      }
      if (Object.keys(changes).length > 0) await manager.update(Indicator, { id: indicator.id }, changes);
      if (dto.targets !== undefined && targetsChange) {
        await replaceYearlyTargets(manager, rows.plan, indicator.id, dto.targets);
        // New yearly targets are a change of the indicator too: its version moves.
        if (Object.keys(changes).length === 0)
          await manager.increment(Indicator, { id: indicator.id }, 'version', 1);
      }
      return this.getIndicator(planId, code, manager);
    });
  }

  async deleteIndicator(planId: string, code: string, lang: Lang): Promise<void> {
    await this.editor.edit(planId, lang, async (manager, rows) => {
      const indicator = findIndicator(rows, code);
      assertHoldsNoApprovedValues(rows, { kind: 'indicator', id: indicator.id, code }, lang);
      assertContentEditable(
        rows.plan,
        [{ kind: 'content', action: 'delete', path: 'code', subject: code }],
        lang,
      );
      await manager.delete(Indicator, { id: indicator.id });
    });
  }
}

/**
 * Half-year targets as stored: only years of the plan (400 NOT_PLAN_YEAR, a detail per year),
 * none as null.
 */
function halfYearTargetsOf(
  plan: { startYear: number; endYear: number },
  targets: Record<string, number> | null | undefined,
  lang: Lang,
): Record<string, number> | null {
  if (!targets || Object.keys(targets).length === 0) return null;
  const outside = Object.keys(targets).filter(
    (year) => Number(year) < plan.startYear || Number(year) > plan.endYear,
  );
  if (outside.length > 0) {
    const years = `${plan.startYear}–${plan.endYear}`;
    const message = (year: string): string => errorMessage('NOT_PLAN_YEAR', { year, years }, lang);
    throw new BadRequestError(
      'NOT_PLAN_YEAR',
      outside.map(message).join('; '),
      outside.map((year) => ({
        path: `halfYearTargets.${year}`,
        code: 'NOT_PLAN_YEAR',
        message: message(year),
      })),
    );
  }
  return Object.fromEntries(Object.entries(targets).sort(([a], [b]) => Number(a) - Number(b)));
}

/** A stored field as a form sends it back: an unset frequency is the default 6 months. */
function stored(indicator: Indicator, key: (typeof INDICATOR_CONTENT_FIELDS)[number]): unknown {
  if (key === 'monitoringMonths' || key === 'reportingMonths') return indicator[key] ?? 6;
  return indicator[key];
}

function change(kind: LockedChange['kind'], path: string, subject: string): LockedChange {
  return { kind, action: 'change', path, subject };
}

export function findIndicator(rows: PlanRows, code: string): Indicator {
  return getByCode(rows.indicators, code, indicatorNotFound);
}

/** Are `targets` exactly the indicator's stored yearly targets (a form sending them back unchanged)? */
function sameTargets(rows: PlanRows, indicatorId: string, targets: Record<string, number>): boolean {
  const stored = rows.yearlyTargets.filter((row) => row.indicatorId === indicatorId);
  return (
    stored.length === Object.keys(targets).length &&
    stored.every((row) => targets[String(row.year)] === Number(row.value))
  );
}

function maxPosition(rows: PlanRows): number {
  return rows.indicators.reduce((max, item) => Math.max(max, item.position), 0);
}

async function replaceYearlyTargets(
  manager: EntityManager,
  plan: { id: string; institutionId: string },
  indicatorId: string,
  targets: Record<string, number>,
): Promise<void> {
  await manager.delete(IndicatorTarget, { indicatorId });
  const rows = Object.entries(targets).map(([year, value]) => ({
    institutionId: plan.institutionId,
    planId: plan.id,
    indicatorId,
    year: Number(year),
    value,
  }));
  if (rows.length > 0) await manager.insert(IndicatorTarget, rows);
}

function responses(rows: PlanRows): IndicatorResponse[] {
  const targetCode = new Map(rows.targets.map((target) => [target.id, target.code]));
  return rows.indicators.map((indicator) =>
    toIndicatorResponse(
      indicator,
      targetCode.get(indicator.targetId) ?? '',
      rows.yearlyTargets.filter((row) => row.indicatorId === indicator.id),
    ),
  );
}
