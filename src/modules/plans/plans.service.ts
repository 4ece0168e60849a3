import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { assertFreshVersion } from '../../common/versions.js';
import type { PlanResponse, PlanSummaryResponse } from '../../contracts/resources.js';
import type { Lang, ValidationResponse } from '../../contracts/validation.js';
import {
  DEFAULT_CODE_PREFIXES,
  DEFAULT_PLAN_SETTINGS,
  type PlanStatus,
} from '../../contracts/plan-document.js';
import { BadRequestError, ConflictError, institutionNotFound } from '../../common/app-error.js';
import { errorMessage } from '../../common/messages/index.js';
import { Institution } from '../institutions/institution.entity.js';
import type { RequestUser } from '../../common/request-user.js';
import { AccessService } from '../auth/access.service.js';
import { setActor } from '../../database/actor.js';
import { currentActor, currentReason } from '../../common/request-context.js';
import { CoreValue } from './core-value.entity.js';
import type { CreatePlanDto, UpdatePlanDto } from './dto/plan.dto.js';
import { assertRulesHold, PlanEditorService, planRowsValidation } from './plan-editor.service.js';
import { assertContentEditable } from './plan-guards.js';
import { planRow } from './plan-row-changes.js';
import { sameContent, type LockedChange } from './plan-content-lock.js';
import { holdsApprovedValues, type ApprovedValueRow } from './approved-values.js';
import { toPlanResponse, toPlanSummaryResponse, type PlanCounts } from './plan.mapper.js';
import { Plan } from './plan.entity.js';
import { planTransition, type LifecycleStep, effectiveStatus } from './plan-lifecycle.js';
import { isUuid } from '../../common/ids.js';
import { getPlanOr404, loadPlanRows, lockPlan } from './plan-storage.repository.js';

@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editor: PlanEditorService,
    private readonly access: AccessService,
  ) {}

  async listPlans(user: RequestUser, institutionId?: string): Promise<PlanSummaryResponse[]> {
    if (institutionId !== undefined && !isUuid(institutionId)) return [];
    const visible = this.access.visibleInstitutions(user);
    if (institutionId && visible !== null && !visible.includes(institutionId)) return [];
    const plans = await this.dataSource.manager.find(Plan, {
      where: institutionId ? { institutionId } : visible === null ? {} : { institutionId: In(visible) },
      order: { startYear: 'DESC', title: 'ASC' },
    });
    if (plans.length === 0) return [];
    const institutions = await this.dataSource.manager.findBy(Institution, {
      id: In([...new Set(plans.map((plan) => plan.institutionId))]),
    });
    const byId = new Map(institutions.map((institution) => [institution.id, institution]));
    const counts = await this.countContent(plans.map((plan) => plan.id));
    return plans.map((plan) =>
      toPlanSummaryResponse(
        plan,
        byId.get(plan.institutionId) as Institution,
        counts.get(plan.id) as PlanCounts,
      ),
    );
  }

  /** `manager`: a transaction's, so a write answers with what it wrote (not a later writer's). */
  async getPlan(planId: string, manager: EntityManager = this.dataSource.manager): Promise<PlanResponse> {
    const plan = await this.getPlanEntity(manager, planId);
    const institution = await manager.findOneByOrFail(Institution, { id: plan.institutionId });
    const coreValues = await manager.find(CoreValue, { where: { planId }, order: { position: 'ASC' } });
    const counts = await this.countContent([planId], manager);
    return toPlanResponse(plan, institution, counts.get(planId) as PlanCounts, coreValues);
  }

  async createPlan(dto: CreatePlanDto, lang: Lang, user: RequestUser): Promise<PlanResponse> {
    if (!isUuid(dto.institutionId)) throw institutionNotFound(dto.institutionId);
    this.access.assertRoleIn(user, dto.institutionId, ['admin', 'planner']);
    const id = await this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      const institution = await manager.findOneBy(Institution, { id: dto.institutionId });
      if (!institution) throw institutionNotFound(dto.institutionId);
      const planId = randomUUID();
      await manager.insert(
        Plan,
        planRow(
          { ...dto, population: dto.population ?? institution.population },
          { id: planId, institutionId: institution.id },
        ),
      );
      assertRulesHold(await loadPlanRows(manager, planId), lang);
      return planId;
    });
    return this.getPlan(id);
  }

  async updatePlan(planId: string, dto: UpdatePlanDto, lang: Lang): Promise<PlanResponse> {
    if (dto.status !== undefined) throw statusViaLifecycle('status', lang);
    return this.editor.edit(planId, lang, async (manager, rows) => {
      await assertFreshVersion({ what: 'plan', name: rows.plan.title }, rows.plan.version, dto.version, () =>
        this.getPlan(planId, manager),
      );
      const changes: Partial<Plan> = {};
      for (const [key, value] of Object.entries(dto) as Array<[keyof UpdatePlanDto, unknown]>) {
        if (value !== undefined && key !== 'version') (changes as Record<string, unknown>)[key] = value;
      }
      // A plan without a stored status takes it from its dates: those must not move it either.
      if (effectiveStatus({ ...rows.plan, ...changes }) !== effectiveStatus(rows.plan)) {
        const field = (['councilDecisionDate', 'councilDecisionNumber', 'submittedToCouncil'] as const).find(
          (key) => changes[key] !== undefined,
        );
        throw statusViaLifecycle(field ?? 'status', lang);
      }
      assertContentEditable(rows.plan, planChanges(rows.plan, dto), lang);
      // settings are patched key by key: {clampTargetRates: false} keeps aimAggregation as it was.
      if (dto.settings !== undefined) {
        const given = Object.fromEntries(
          Object.entries(dto.settings).filter(([, value]) => value !== undefined),
        );
        changes.settings = { ...(rows.plan.settings ?? {}), ...given };
      }
      if (Object.keys(changes).length > 0) await manager.update(Plan, { id: planId }, changes);
      return this.getPlan(planId, manager);
    });
  }

  /**
   * One lifecycle step (plan-lifecycle.ts) through the plan editor, so the plan rules judge the
   * plan as it would be: leaving the draft re-checks every error rule, enacting checks
   * COUNCIL_DECISION. The status is stored, not left to be derived from the dates.
   */
  async changeLifecycle(planId: string, step: LifecycleStep, lang: Lang): Promise<PlanResponse> {
    await this.editor.edit(
      planId,
      lang,
      async (manager, rows) => {
        const outcome = planTransition({ ...rows.plan, status: effectiveStatus(rows.plan) }, step, lang);
        if (!outcome.ok && outcome.code === 'PLAN_STATUS')
          throw new ConflictError(outcome.code, outcome.message);
        if (!outcome.ok) {
          throw new BadRequestError(outcome.code, outcome.message, [
            { path: outcome.path, code: outcome.code, message: outcome.message },
          ]);
        }
        // The closing date is stored (closed_on) and also named in the audit entry's reason.
        if (step.action === 'close')
          await setActor(manager, currentActor(), currentReason() ?? `kapandı: ${step.date}`);
        // The withdrawal's date is kept only in the audit entry (the plan's submission date is cleared).
        if (step.action === 'withdraw')
          await setActor(manager, currentActor(), currentReason() ?? `meclisten geri çekildi: ${step.date}`);
        await manager.update(Plan, { id: planId }, outcome.changes);
      },
      { lifecycle: true },
    );
    return this.getPlan(planId);
  }

  /**
   * Publishing needs a plan that is at least submitted to the council (a draft is no plan the
   * public should read as one): 409 PLAN_STATUS otherwise. Unpublishing is always allowed.
   */
  async setPublished(planId: string, published: boolean, lang: Lang = 'tr'): Promise<PlanResponse> {
    await this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      await lockPlan(manager, planId);
      if (published) {
        const status = effectiveStatus(await this.getPlanEntity(manager, planId));
        if (!PUBLISHABLE.includes(status)) {
          throw new ConflictError(
            'PLAN_STATUS',
            errorMessage('PLAN_STATUS', { status, case: 'publish' }, lang),
          );
        }
      }
      await manager.update(Plan, { id: planId }, { publishedAt: published ? new Date() : null });
    });
    return this.getPlan(planId);
  }

  /** A plan holding approved values is never deleted (409 HOLDS_APPROVED_VALUES, per aim). */
  async deletePlan(planId: string, lang: Lang = 'tr'): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      await lockPlan(manager, planId);
      const plan = await this.getPlanEntity(manager, planId);
      const holders = await manager.query<ApprovedValueRow[]>(
        `SELECT 'aims.' || a.code AS path, a.code AS name, v.indicator_id AS "indicatorId", count(*)::int AS values
           FROM indicator_values v
           JOIN indicators i ON i.id = v.indicator_id
           JOIN targets t ON t.id = i.target_id
           JOIN aims a ON a.id = t.aim_id
          WHERE v.plan_id = $1 AND v.status = 'approved'
          GROUP BY a.code, a.position, v.indicator_id, i.position
          ORDER BY a.position, i.position`,
        [plan.id],
      );
      const refused = holdsApprovedValues(plan.title, holders, lang);
      if (refused) throw new ConflictError(refused.code, refused.message, refused.details);
      await manager.delete(Plan, { id: plan.id });
    });
  }

  async validate(planId: string, lang: Lang): Promise<ValidationResponse> {
    const rows = await loadPlanRows(this.dataSource.manager, planId);
    return planRowsValidation(planId, rows, lang);
  }

  async getPlanEntity(manager: EntityManager, planId: string): Promise<Plan> {
    return getPlanOr404(manager, planId);
  }

  private async countContent(
    planIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, PlanCounts>> {
    const rows = await manager.query<Array<PlanCounts & { id: string }>>(
      `SELECT p.id,
              (SELECT count(*) FROM aims a WHERE a.plan_id = p.id)::int AS aims,
              (SELECT count(*) FROM targets t WHERE t.plan_id = p.id)::int AS targets,
              (SELECT count(*) FROM indicators i WHERE i.plan_id = p.id)::int AS indicators,
              (SELECT count(*) FROM indicator_values v WHERE v.plan_id = p.id)::int AS values
         FROM plans p WHERE p.id = ANY($1::uuid[])`,
      [planIds],
    );
    return new Map(rows.map(({ id, ...counts }) => [id, counts]));
  }
}

/** Statuses a plan may be published in: at least submitted to the council. */
const PUBLISHABLE: readonly PlanStatus[] = ['meclis-onayinda', 'yururlukte', 'kapandi'];

/** Settings on which no rate depends: how rates read (bands, coverage) and which entries need a note. */
const FREE_SETTINGS = new Set([
  'statusThresholds',
  'minCoverage',
  'midYearBands',
  'plausibility',
  'entryDeadlineDays',
  'approvalDeadlineDays',
]);

/**
 * What a PATCH of the plan really changes, for the content lock (plan-content-lock.ts): every
 * field but `settings.statusThresholds` (the colour bands of the screens; no rate depends on
 * them) is content of the plan the council accepted. Settings are compared with their defaults
 * filled in, as PlanResponse gives them.
 */
function planChanges(plan: Plan, dto: UpdatePlanDto): LockedChange[] {
  const changes: LockedChange[] = [];
  const content = (path: string): LockedChange => ({
    kind: 'content',
    action: 'change',
    path,
    subject: path,
  });
  for (const [key, value] of Object.entries(dto) as Array<[keyof UpdatePlanDto, unknown]>) {
    if (value === undefined || key === 'version' || key === 'status' || key === 'settings') continue;
    if (!sameContent(value, plan[key as keyof Plan])) changes.push(content(key));
  }
  const stored: Record<string, unknown> = { ...DEFAULT_PLAN_SETTINGS, ...(plan.settings ?? {}) };
  for (const [key, value] of Object.entries(dto.settings ?? {})) {
    if (value === undefined || FREE_SETTINGS.has(key)) continue;
    const current = key === 'codePrefixes' ? (stored[key] ?? DEFAULT_CODE_PREFIXES) : stored[key];
    if (!sameContent(value, current)) changes.push(content(`settings.${key}`));
  }
  return changes;
}

/** 400 STATUS_VIA_LIFECYCLE: a PATCH that sets the status, or dates that would change it. */
function statusViaLifecycle(path: string, lang: Lang): BadRequestError {
  const message = errorMessage('STATUS_VIA_LIFECYCLE', {}, lang);
  return new BadRequestError('STATUS_VIA_LIFECYCLE', message, [
    { path, code: 'STATUS_VIA_LIFECYCLE', message },
  ]);
}
