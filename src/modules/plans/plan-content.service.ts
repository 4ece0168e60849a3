import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AimResponse, TargetResponse } from '../../contracts/resources.js';
import type { CoreValueDoc } from '../../contracts/plan-document.js';
import type { Lang } from '../../contracts/validation.js';
import {
  aimNotFound,
  BadRequestError,
  NotFoundError,
  targetNotFound,
  getByCode,
} from '../../common/app-error.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { Unit } from '../institutions/unit.entity.js';
import { Aim } from './aim.entity.js';
import { CoreValue } from './core-value.entity.js';
import type { CreateAimDto, UpdateAimDto } from './dto/aim.dto.js';
import type { CoreValueDto, UpdateCoreValueDto } from './dto/plan.dto.js';
import type { CreateTargetDto, UpdateTargetDto } from './dto/target.dto.js';
import { assertFreshVersion } from '../../common/versions.js';
import { PlanEditorService } from './plan-editor.service.js';
import { sameContent, type LockedChange } from './plan-content-lock.js';
import {
  assertCodeFree,
  assertContentEditable,
  assertHoldsNoApprovedValues,
  assertRoom,
  parentByCode,
} from './plan-guards.js';
import { toAimResponse, toTargetResponse } from './plan.mapper.js';
import { TargetCollaborator } from './target-collaborator.entity.js';
import { Target } from './target.entity.js';
import { loadPlanRows } from './plan-storage.repository.js';
import { nextAimCode, nextTargetCode, prefixesOf, strategyRowsOf } from './strategy-tree.js';

/** Core values, aims and targets of a plan, one by one, under the plan rules (PlanEditorService). */
@Injectable()
export class PlanContentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editor: PlanEditorService,
  ) {}

  // Core values (temel değerler): addressed by their 1-based position.

  async listCoreValues(planId: string): Promise<CoreValueDoc[]> {
    const rows = await loadPlanRows(this.dataSource.manager, planId);
    return rows.coreValues.map(toCoreValueDoc);
  }

  async addCoreValue(planId: string, dto: CoreValueDto, lang: Lang): Promise<CoreValueDoc> {
    return this.editor.edit(planId, lang, async (manager, rows) => {
      assertContentEditable(rows.plan, [content('create', 'title', `"${dto.title}"`)], lang);
      assertRoom('coreValues', rows.coreValues.length, 'title', lang);
      const value = {
        institutionId: rows.plan.institutionId,
        planId,
        position: rows.coreValues.length + 1,
        title: dto.title,
        description: dto.description ?? null,
      };
      await manager.insert(CoreValue, value);
      return toCoreValueDoc(value);
    });
  }

  async updateCoreValue(
    planId: string,
    position: number,
    dto: UpdateCoreValueDto,
    lang: Lang,
  ): Promise<CoreValueDoc> {
    return this.editor.edit(planId, lang, async (manager, rows) => {
      const value = rows.coreValues.find((row) => row.position === position);
      if (!value) throw new NotFoundError('CORE_VALUE_NOT_FOUND', { position: position });
      assertContentEditable(
        rows.plan,
        (['title', 'description'] as const)
          .filter((key) => dto[key] !== undefined && (dto[key] ?? null) !== value[key])
          .map((key) => content('change', key, `"${value.title}"`)),
        lang,
      );
      if (dto.title !== undefined) value.title = dto.title;
      if (dto.description !== undefined) value.description = dto.description;
      await manager.update(
        CoreValue,
        { id: value.id },
        { title: value.title, description: value.description },
      );
      return toCoreValueDoc(value);
    });
  }

  async deleteCoreValue(planId: string, position: number, lang: Lang): Promise<void> {
    await this.editor.edit(planId, lang, async (manager, rows) => {
      const value = rows.coreValues.find((row) => row.position === position);
      if (!value) throw new NotFoundError('CORE_VALUE_NOT_FOUND', { position: position });
      assertContentEditable(rows.plan, [content('delete', 'position', `"${value.title}"`)], lang);
      await manager.delete(CoreValue, { id: value.id });
      // Close the gap in two steps so the (plan_id, position) key never sees a duplicate.
      await manager.query(
        'UPDATE core_values SET position = -position WHERE plan_id = $1 AND position > $2',
        [planId, position],
      );
      await manager.query(
        'UPDATE core_values SET position = -position - 1 WHERE plan_id = $1 AND position < 0',
        [planId],
      );
    });
  }

  // Aims (amaçlar)

  async listAims(planId: string, manager: EntityManager = this.dataSource.manager): Promise<AimResponse[]> {
    const rows = await loadPlanRows(manager, planId);
    return rows.aims.map((aim) =>
      toAimResponse(
        aim,
        rows.targets.filter((target) => target.aimId === aim.id).map((target) => target.code),
      ),
    );
  }

  async getAim(
    planId: string,
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AimResponse> {
    const aims = await this.listAims(planId, manager);
    return getByCode(aims, code, aimNotFound);
  }

  async createAim(planId: string, dto: CreateAimDto, lang: Lang): Promise<AimResponse> {
    const code = await this.editor.edit(planId, lang, async (manager, rows) => {
      const code = dto.code ?? nextAimCode(prefixesOf(rows.plan), strategyRowsOf(rows));
      assertContentEditable(rows.plan, [content('create', 'code', code)], lang);
      assertRoom('aims', rows.aims.length, 'code', lang);
      assertCodeFree(rows, code);
      const position = rows.aims.reduce((max, aim) => Math.max(max, aim.position), 0) + 1;
      await manager.insert(Aim, {
        institutionId: rows.plan.institutionId,
        planId,
        code,
        title: dto.title,
        position,
      });
      return code;
    });
    return this.getAim(planId, code);
  }

  async updateAim(planId: string, code: string, dto: UpdateAimDto, lang: Lang): Promise<AimResponse> {
    return this.editor.edit(planId, lang, async (manager, rows) => {
      const aim = findAim(rows.aims, code);
      await assertFreshVersion({ what: 'aim', name: code }, aim.version, dto.version, () =>
        this.getAim(planId, code, manager),
      );
      if (dto.title !== undefined && dto.title !== aim.title)
        assertContentEditable(rows.plan, [content('change', 'title', code)], lang);
      if (dto.title !== undefined) await manager.update(Aim, { id: aim.id }, { title: dto.title });
      return this.getAim(planId, code, manager);
    });
  }

  async deleteAim(planId: string, code: string, lang: Lang): Promise<void> {
    await this.editor.edit(planId, lang, async (manager, rows) => {
      const aim = findAim(rows.aims, code);
      assertHoldsNoApprovedValues(rows, { kind: 'aim', id: aim.id, code }, lang);
      assertContentEditable(rows.plan, [content('delete', 'code', code)], lang);
      await manager.delete(Aim, { id: aim.id });
    });
  }

  // Targets (hedefler) with their target cards

  async listTargets(planId: string): Promise<TargetResponse[]> {
    return this.targetResponses(this.dataSource.manager, planId);
  }

  async getTarget(
    planId: string,
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TargetResponse> {
    return getByCode(await this.targetResponses(manager, planId), code, targetNotFound);
  }

  async createTarget(planId: string, dto: CreateTargetDto, lang: Lang): Promise<TargetResponse> {
    const code = await this.editor.edit(planId, lang, async (manager, rows) => {
      const aim = parentByCode(rows.aims, dto.aim, 'UNKNOWN_AIM', 'aim');
      const code = dto.code ?? nextTargetCode(prefixesOf(rows.plan), strategyRowsOf(rows), aim.id);
      assertContentEditable(rows.plan, [content('create', 'code', code)], lang);
      assertRoom(
        'targetsPerAim',
        rows.targets.filter((target) => target.aimId === aim.id).length,
        'aim',
        lang,
      );
      assertRoom('targets', rows.targets.length, 'code', lang);
      assertCodeFree(rows, code);
      const units = unitIds(rows.units, dto.responsibleUnit, dto.collaboratingUnits ?? []);
      const position = rows.targets.reduce((max, target) => Math.max(max, target.position), 0) + 1;
      const inserted = await manager.insert(Target, {
        institutionId: rows.plan.institutionId,
        planId,
        aimId: aim.id,
        code,
        title: dto.title,
        position,
        responsibleUnitId: units.responsible,
        risks: dto.risks ?? null,
        controls: dto.controls ?? null,
        strategies: dto.strategies ?? null,
        activities: dto.activities ? dto.activities.map((activity) => ({ ...activity })) : null,
        costEstimate: dto.costEstimate ?? null,
        findings: dto.findings ?? null,
        needs: dto.needs ?? null,
      });
      const targetId = (inserted.identifiers[0] as { id: string }).id;
      await this.replaceCollaborators(manager, rows.plan.institutionId, targetId, units.collaborating);
      return code;
    });
    return this.getTarget(planId, code);
  }

  async updateTarget(
    planId: string,
    code: string,
    dto: UpdateTargetDto,
    lang: Lang,
  ): Promise<TargetResponse> {
    return this.editor.edit(planId, lang, async (manager, rows) => {
      const target = getByCode(rows.targets, code, targetNotFound);
      await assertFreshVersion({ what: 'target', name: code }, target.version, dto.version, () =>
        this.getTarget(planId, code, manager),
      );
      const currentResponsible = rows.units.find((unit) => unit.id === target.responsibleUnitId)?.code ?? '';
      const currentCollaborators = rows.collaborators
        .filter((link) => link.targetId === target.id)
        .sort((a, b) => a.position - b.position)
        .map((link) => rows.units.find((unit) => unit.id === link.unitId)?.code ?? '');
      const units = unitIds(
        rows.units,
        dto.responsibleUnit ?? currentResponsible,
        dto.collaboratingUnits ?? currentCollaborators,
      );
      const changes: Partial<Target> = { responsibleUnitId: units.responsible };
      for (const key of [
        'title',
        'risks',
        'controls',
        'strategies',
        'costEstimate',
        'findings',
        'needs',
      ] as const) {
        if (dto[key] !== undefined) (changes as Record<string, unknown>)[key] = dto[key];
      }
      if (dto.activities !== undefined)
        changes.activities = dto.activities.map((activity) => ({ ...activity }));
      assertContentEditable(
        rows.plan,
        targetChanges(code, target, changes, {
          responsible: dto.responsibleUnit !== undefined && units.responsible !== target.responsibleUnitId,
          collaborating:
            dto.collaboratingUnits !== undefined &&
            !sameContent(
              units.collaborating,
              rows.collaborators
                .filter((link) => link.targetId === target.id)
                .sort((a, b) => a.position - b.position)
                .map((link) => link.unitId),
            ),
          weights: Object.entries(dto.indicatorWeights ?? {})
            .filter(([indicatorCode, weight]) => {
              const indicator = rows.indicators.find(
                (item) => item.code === indicatorCode && item.targetId === target.id,
              );
              return indicator !== undefined && weight !== Number(indicator.weight);
            })
            .map(([indicatorCode]) => indicatorCode),
        }),
        lang,
      );
      await manager.update(Target, { id: target.id }, changes);
      if (dto.collaboratingUnits !== undefined) {
        await this.replaceCollaborators(manager, rows.plan.institutionId, target.id, units.collaborating);
      }
      if (dto.indicatorWeights !== undefined) {
        for (const [indicatorCode, weight] of Object.entries(dto.indicatorWeights)) {
          const indicator = rows.indicators.find(
            (item) => item.code === indicatorCode && item.targetId === target.id,
          );
          if (!indicator) {
            throw new BadRequestError(
              'UNKNOWN_INDICATOR',
              `Indicator ${indicatorCode} is not on target ${code}`,
              [
                {
                  path: `indicatorWeights.${indicatorCode}`,
                  code: 'UNKNOWN_INDICATOR',
                  message: `Indicator ${indicatorCode} is not on target ${code}`,
                },
              ],
            );
          }
          if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
            throw new BadRequestError('VALIDATION_FAILED', {}, [
              {
                path: `indicatorWeights.${indicatorCode}`,
                code: 'INVALID_TYPE',
                message: 'A weight must be a number ≥ 0',
              },
            ]);
          }
          if (weight !== Number(indicator.weight))
            await manager.update(Indicator, { id: indicator.id }, { weight });
        }
      }
      return this.getTarget(planId, code, manager);
    });
  }

  async deleteTarget(planId: string, code: string, lang: Lang): Promise<void> {
    await this.editor.edit(planId, lang, async (manager, rows) => {
      const target = getByCode(rows.targets, code, targetNotFound);
      assertHoldsNoApprovedValues(rows, { kind: 'target', id: target.id, code }, lang);
      assertContentEditable(rows.plan, [content('delete', 'code', code)], lang);
      await manager.delete(Target, { id: target.id });
    });
  }

  private async replaceCollaborators(
    manager: EntityManager,
    institutionId: string,
    targetId: string,
    unitIdList: string[],
  ): Promise<void> {
    await manager.delete(TargetCollaborator, { targetId });
    if (unitIdList.length === 0) return;
    await manager.insert(
      TargetCollaborator,
      unitIdList.map((unitId, index) => ({ institutionId, targetId, unitId, position: index + 1 })),
    );
  }

  private async targetResponses(manager: EntityManager, planId: string): Promise<TargetResponse[]> {
    const rows = await loadPlanRows(manager, planId);
    const unitCode = new Map(rows.units.map((unit) => [unit.id, unit.code]));
    const aimCode = new Map(rows.aims.map((aim) => [aim.id, aim.code]));
    const aimOrder = new Map(rows.aims.map((aim) => [aim.id, aim.position]));
    return [...rows.targets]
      .sort((a, b) => (aimOrder.get(a.aimId) ?? 0) - (aimOrder.get(b.aimId) ?? 0) || a.position - b.position)
      .map((target) =>
        toTargetResponse(
          target,
          aimCode.get(target.aimId) ?? '',
          {
            responsible: unitCode.get(target.responsibleUnitId) ?? '',
            collaborating: rows.collaborators
              .filter((link) => link.targetId === target.id)
              .sort((a, b) => a.position - b.position)
              .map((link) => unitCode.get(link.unitId) ?? ''),
          },
          rows.indicators
            .filter((indicator) => indicator.targetId === target.id)
            .map((indicator) => indicator.code),
        ),
      );
  }
}

/** A change no plan update carries (plan-content-lock.ts). */
function content(action: LockedChange['action'], path: string, subject: string): LockedChange {
  return { kind: 'content', action, path, subject };
}

/** Card fields a plan update's `cards` carries; the rest of a card only a draft changes. */
const CARD_FIELDS = ['costEstimate', 'risks', 'controls', 'strategies', 'findings', 'needs'] as const;

/** What a PATCH of a target card really changes, for the content lock. */
export function targetChanges(
  code: string,
  stored: Target,
  changes: Partial<Target>,
  other: { responsible: boolean; collaborating: boolean; weights: string[] },
): LockedChange[] {
  const differs = (key: keyof Target): boolean =>
    changes[key] !== undefined && !sameContent(changes[key] ?? null, stored[key] ?? null);
  return [
    ...(differs('title') ? [content('change', 'title', code)] : []),
    ...(other.responsible ? [content('change', 'responsibleUnit', code)] : []),
    ...(other.collaborating ? [content('change', 'collaboratingUnits', code)] : []),
    ...(differs('activities') ? [content('change', 'activities', code)] : []),
    ...CARD_FIELDS.filter(differs).map((key): LockedChange => ({
      kind: 'cards',
      action: 'change',
      path: key,
      subject: `${code} ${key}`,
    })),
    ...other.weights.map((indicator): LockedChange => ({
      kind: 'weights',
      action: 'change',
      path: `indicatorWeights.${indicator}`,
      subject: indicator,
    })),
  ];
}

function toCoreValueDoc(value: Pick<CoreValue, 'title' | 'description'>): CoreValueDoc {
  return { title: value.title, ...(value.description ? { description: value.description } : {}) };
}

function findAim(aims: Aim[], code: string): Aim {
  return getByCode(aims, code, aimNotFound);
}

/** RESPONSIBLE_UNIT: unit codes must exist in the institution. */
export function unitIds(
  units: Unit[],
  responsible: string,
  collaborating: string[],
): { responsible: string; collaborating: string[] } {
  const byCode = new Map(units.map((unit) => [unit.code, unit.id]));
  const problems = [
    ...(byCode.has(responsible)
      ? []
      : [
          {
            path: 'responsibleUnit',
            code: 'RESPONSIBLE_UNIT',
            message: `Unit ${responsible} does not exist`,
          },
        ]),
    ...collaborating
      .map((code, index) => ({ code, index }))
      .filter(({ code }) => !byCode.has(code))
      .map(({ code, index }) => ({
        path: `collaboratingUnits[${index}]`,
        code: 'RESPONSIBLE_UNIT',
        message: `Unit ${code} does not exist`,
      })),
  ];
  if (problems.length > 0) throw new BadRequestError('UNKNOWN_UNIT', {}, problems);
  const unique = [...new Set(collaborating)];
  return {
    responsible: byCode.get(responsible) as string,
    collaborating: unique.map((code) => byCode.get(code) as string),
  };
}
