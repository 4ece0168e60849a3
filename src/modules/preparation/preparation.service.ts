import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  PreparationResponse,
  PreparationStepResponse,
  TeamMemberResponse,
} from '../../contracts/preparation.js';
import type { ErrorCode } from '../../contracts/error-codes.js';
import type { ErrorDetail } from '../../contracts/errors.js';
import { BadRequestError, ConflictError, NotFoundError, planNotFound } from '../../common/app-error.js';
import { istanbulDate } from '../../common/clock.js';
import { isUuid } from '../../common/ids.js';
import { errorMessage, type MessageParams } from '../../common/messages/index.js';
import { assertFreshVersion } from '../../common/versions.js';
import { setActor } from '../../database/actor.js';
import { moveTo, removeFromList, renumber } from '../../database/ordered-rows.js';
import type { Institution } from '../institutions/institution.entity.js';
import { Unit } from '../institutions/unit.entity.js';
import { Plan } from '../plans/plan.entity.js';
import { lockOpenPlan } from '../plans/plan-storage.repository.js';
import { storedPlanTimeline } from '../plans/preparation-timeline.js';
import type {
  CreatePreparationStepDto,
  CreateTeamMemberDto,
  UpdatePreparationStepDto,
  UpdateTeamMemberDto,
} from './dto/preparation.dto.js';
import { PreparationStep } from './preparation-step.entity.js';
import { PreparationTeamMember } from './preparation-team-member.entity.js';
import { toStepResponse, toTeamMemberResponse } from './preparation.mapper.js';
import { defaultSteps, preparationSpan, stepProblems } from './preparation-steps.js';

/**
 * A plan's preparation programme (planning-cycle.md 1): the planning team and the steps. Every
 * write runs in one transaction with the plan row locked, so positions and the one coordinator
 * hold under concurrent writes; a closed plan answers 409 PLAN_CLOSED, any other status writes.
 */
@Injectable()
export class PreparationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(planId: string): Promise<PreparationResponse> {
    const manager = this.dataSource.manager;
    const plan = await manager.findOne(Plan, { where: { id: planId }, relations: { institution: true } });
    if (!plan?.institution) throw planNotFound(planId);
    const today = istanbulDate();
    return {
      team: (await this.team(manager, planId)).map(toTeamMemberResponse),
      steps: (await this.steps(manager, planId)).map((step) => toStepResponse(step, today)),
      timeline: storedPlanTimeline(plan, plan.institution, today),
    };
  }

  // The planning team (stratejik planlama ekibi)

  async addMember(planId: string, dto: CreateTeamMemberDto): Promise<TeamMemberResponse> {
    return this.write(planId, async (manager, plan) => {
      const team = await this.team(manager, planId);
      const person = dto.userId !== undefined ? 'user' : dto.name !== undefined ? 'outsider' : null;
      if (
        person === null ||
        (dto.userId !== undefined && (dto.name !== undefined || dto.title !== undefined))
      )
        throw refusal(
          'PREP_MEMBER_PERSON',
          {},
          dto.userId === undefined ? 'userId' : dto.name !== undefined ? 'name' : 'title',
        );
      let name = dto.name ?? '';
      if (dto.userId !== undefined) {
        const userName = await this.userOfInstitution(manager, dto.userId, plan.institutionId);
        if (userName === null) throw refusal('PREP_NOT_A_MEMBER', {}, 'userId');
        if (team.some((member) => member.userId === dto.userId)) {
          const constraint = 'preparation_team_members_plan_id_user_id_key';
          throw new ConflictError('DUPLICATE', { constraint }, [
            { path: 'userId', code: 'DUPLICATE', message: errorMessage('DUPLICATE', { constraint }) },
          ]);
        }
        name = userName;
      }
      assertOneCoordinator(team, dto.role, null);
      const unitId = await this.unitId(manager, plan.institutionId, dto.unitCode);
      const inserted = await manager.insert(PreparationTeamMember, {
        institutionId: plan.institutionId,
        planId,
        userId: dto.userId ?? null,
        name,
        title: dto.title ?? null,
        role: dto.role,
        unitId,
        position: team.length + 1,
      });
      return this.member(manager, planId, String(inserted.identifiers[0].id));
    });
  }

  async updateMember(
    planId: string,
    memberId: string,
    dto: UpdateTeamMemberDto,
  ): Promise<TeamMemberResponse> {
    return this.write(planId, async (manager, plan) => {
      const team = await this.team(manager, planId);
      const member = findMember(team, memberId);
      await assertFreshVersion(
        { what: 'team-member', name: member.user?.name ?? member.name },
        member.version,
        dto.version,
        () => Promise.resolve(toTeamMemberResponse(member)),
      );
      // A user's name comes from the account; only an outsider is named and titled here.
      if (member.userId !== null && (dto.name !== undefined || dto.title !== undefined))
        throw refusal('PREP_MEMBER_PERSON', {}, dto.name !== undefined ? 'name' : 'title');
      if (dto.role !== undefined) assertOneCoordinator(team, dto.role, member.id);
      const changes: Partial<Pick<PreparationTeamMember, 'name' | 'title' | 'role' | 'unitId'>> = {};
      if (dto.name !== undefined) changes.name = dto.name;
      if (dto.title !== undefined) changes.title = dto.title;
      if (dto.role !== undefined) changes.role = dto.role;
      if (dto.unitCode !== undefined)
        changes.unitId = await this.unitId(manager, plan.institutionId, dto.unitCode);
      if (Object.keys(changes).length > 0)
        await manager.update(PreparationTeamMember, { id: member.id }, changes);
      return this.member(manager, planId, member.id);
    });
  }

  /** The member's steps keep their place and lose their owner (owner_id ON DELETE SET NULL). */
  async deleteMember(planId: string, memberId: string): Promise<void> {
    await this.write(planId, async (manager) => {
      const team = await this.team(manager, planId);
      await removeFromList(manager, 'preparation_team_members', { planId }, team, findMember(team, memberId));
    });
  }

  // The steps of the preparation

  async addStep(planId: string, dto: CreatePreparationStepDto): Promise<PreparationStepResponse> {
    return this.write(planId, async (manager, plan) => {
      const steps = await this.steps(manager, planId);
      const fields = {
        title: dto.title,
        ownerId: dto.ownerId ?? null,
        startDate: dto.startDate,
        dueDate: dto.dueDate,
        status: dto.status ?? 'planned',
        doneDate: dto.doneDate ?? null,
      };
      await this.assertStep(manager, planId, fields);
      const inserted = await manager.insert(PreparationStep, {
        ...fields,
        institutionId: plan.institutionId,
        planId,
        position: steps.length + 1,
      });
      const id = String(inserted.identifiers[0].id);
      if (dto.position !== undefined && dto.position <= steps.length)
        await placeStep(manager, planId, [...steps.map((step) => step.id), id], id, dto.position);
      return this.step(manager, planId, id);
    });
  }

  async updateStep(
    planId: string,
    stepId: string,
    dto: UpdatePreparationStepDto,
  ): Promise<PreparationStepResponse> {
    return this.write(planId, async (manager) => {
      const steps = await this.steps(manager, planId);
      const step = findStep(steps, stepId);
      await assertFreshVersion({ what: 'step', name: step.title }, step.version, dto.version, () =>
        Promise.resolve(toStepResponse(step, istanbulDate())),
      );
      const fields = {
        title: dto.title ?? step.title,
        ownerId: dto.ownerId === undefined ? step.ownerId : dto.ownerId,
        startDate: dto.startDate ?? step.startDate,
        dueDate: dto.dueDate ?? step.dueDate,
        status: dto.status ?? step.status,
        // Leaving the done status clears the done date unless the request says otherwise.
        doneDate:
          dto.doneDate !== undefined
            ? dto.doneDate
            : dto.status !== undefined && dto.status !== 'done'
              ? null
              : step.doneDate,
      };
      await this.assertStep(manager, planId, fields);
      if (dto.position !== undefined && dto.position !== step.position)
        await placeStep(
          manager,
          planId,
          steps.map((item) => item.id),
          step.id,
          dto.position,
        );
      const changed = (Object.keys(fields) as Array<keyof typeof fields>).some(
        (key) => fields[key] !== step[key],
      );
      if (changed || (dto.position !== undefined && dto.position !== step.position))
        await manager.update(PreparationStep, { id: step.id }, fields);
      return this.step(manager, planId, step.id);
    });
  }

  async deleteStep(planId: string, stepId: string): Promise<void> {
    await this.write(planId, async (manager) => {
      const steps = await this.steps(manager, planId);
      await removeFromList(manager, 'preparation_steps', { planId }, steps, findStep(steps, stepId));
    });
  }

  /**
   * The steps of planning-cycle.md 1 in one call, dated across the preparation span and Yayım in
   * the publication week; only into an empty programme (409 PREP_STEPS_EXIST).
   */
  async addDefaultSteps(planId: string): Promise<PreparationStepResponse[]> {
    return this.write(planId, async (manager, plan) => {
      const existing = await manager.count(PreparationStep, { where: { planId } });
      if (existing > 0) throw new ConflictError('PREP_STEPS_EXIST', { count: existing });
      const institution = await this.institutionOf(manager, plan);
      const today = istanbulDate();
      const timeline = storedPlanTimeline(plan, institution, today);
      const steps = defaultSteps(preparationSpan(timeline, today), timeline.publicationWeek);
      await manager.insert(
        PreparationStep,
        steps.map((step, index) => ({
          ...step,
          institutionId: plan.institutionId,
          planId,
          ownerId: null,
          status: 'planned' as const,
          doneDate: null,
          position: index + 1,
        })),
      );
      return (await this.steps(manager, planId)).map((step) => toStepResponse(step, today));
    });
  }

  // Reading and checking

  private async write<R>(
    planId: string,
    change: (manager: EntityManager, plan: Plan) => Promise<R>,
  ): Promise<R> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      return change(manager, await lockOpenPlan(manager, planId));
    });
  }

  private async institutionOf(manager: EntityManager, plan: Plan): Promise<Institution> {
    const loaded = await manager.findOne(Plan, { where: { id: plan.id }, relations: { institution: true } });
    if (!loaded?.institution) throw planNotFound(plan.id);
    return loaded.institution;
  }

  private team(manager: EntityManager, planId: string): Promise<PreparationTeamMember[]> {
    return manager.find(PreparationTeamMember, {
      where: { planId },
      relations: { user: true, unit: true },
      order: { position: 'ASC' },
    });
  }

  private steps(manager: EntityManager, planId: string): Promise<PreparationStep[]> {
    return manager.find(PreparationStep, { where: { planId }, order: { position: 'ASC' } });
  }

  private async member(manager: EntityManager, planId: string, id: string): Promise<TeamMemberResponse> {
    return toTeamMemberResponse(findMember(await this.team(manager, planId), id));
  }

  private async step(manager: EntityManager, planId: string, id: string): Promise<PreparationStepResponse> {
    return toStepResponse(findStep(await this.steps(manager, planId), id), istanbulDate());
  }

  /** The user's name when they hold a role in the institution, else null. */
  private async userOfInstitution(
    manager: EntityManager,
    userId: string,
    institutionId: string,
  ): Promise<string | null> {
    const rows = await manager.query<Array<{ name: string }>>(
      `SELECT u.name FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.user_id = $1 AND m.institution_id = $2`,
      [userId, institutionId],
    );
    return rows[0]?.name ?? null;
  }

  /** The id of the institution's unit `code` (null clears it); 400 UNKNOWN_UNIT otherwise. */
  private async unitId(
    manager: EntityManager,
    institutionId: string,
    code: string | null | undefined,
  ): Promise<string | null> {
    if (code === undefined || code === null) return null;
    const unit = await manager.findOneBy(Unit, { institutionId, code });
    if (!unit) throw refusal('UNKNOWN_UNIT', { code }, 'unitCode');
    return unit.id;
  }

  /** 400 with every problem of the step's fields; the owner must be a member of this plan's team. */
  private async assertStep(
    manager: EntityManager,
    planId: string,
    fields: Pick<PreparationStep, 'ownerId' | 'startDate' | 'dueDate' | 'status' | 'doneDate'>,
  ): Promise<void> {
    const problems: Array<{ path: string; code: ErrorCode; params: MessageParams }> = stepProblems(
      fields,
    ).map(({ path, code }) => ({
      path,
      code,
      params: code === 'DATE_ORDER' ? { due: 1, date: fields.dueDate, beforeDate: fields.startDate } : {},
    }));
    if (fields.ownerId !== null) {
      const owner = await manager.findOneBy(PreparationTeamMember, { id: fields.ownerId, planId });
      if (!owner) problems.push({ path: 'ownerId', code: 'PREP_UNKNOWN_OWNER', params: {} });
    }
    const [first] = problems;
    if (first === undefined) return;
    const details: ErrorDetail[] = problems.map(({ path, code, params }) => ({
      path,
      code,
      message: errorMessage(code, params),
    }));
    throw new BadRequestError(first.code, first.params, details);
  }
}

/** 400 `code` with one detail at `path`. */
function refusal(
  code: 'PREP_MEMBER_PERSON' | 'PREP_NOT_A_MEMBER' | 'UNKNOWN_UNIT' | 'PREP_ONE_COORDINATOR',
  params: MessageParams,
  path: string,
): BadRequestError {
  return new BadRequestError(code, params, [{ path, code, message: errorMessage(code, params) }]);
}

/** At most one coordinator: 400 PREP_ONE_COORDINATOR naming the one there is. */
function assertOneCoordinator(
  team: readonly PreparationTeamMember[],
  role: PreparationTeamMember['role'],
  self: string | null,
): void {
  if (role !== 'coordinator') return;
  const coordinator = team.find((member) => member.role === 'coordinator' && member.id !== self);
  if (coordinator)
    throw refusal('PREP_ONE_COORDINATOR', { name: coordinator.user?.name ?? coordinator.name }, 'role');
}

function findMember(team: readonly PreparationTeamMember[], id: string): PreparationTeamMember {
  const member = isUuid(id) ? team.find((item) => item.id === id) : undefined;
  if (!member) throw new NotFoundError('PREP_MEMBER_NOT_FOUND', { id });
  return member;
}

function findStep(steps: readonly PreparationStep[], id: string): PreparationStep {
  const step = isUuid(id) ? steps.find((item) => item.id === id) : undefined;
  if (!step) throw new NotFoundError('PREP_STEP_NOT_FOUND', { id });
  return step;
}

/** Puts step `id` at the 1-based `position` among the plan's steps `ids` and numbers them in that order. */
async function placeStep(
  manager: EntityManager,
  planId: string,
  ids: string[],
  id: string,
  position: number,
): Promise<void> {
  const order = moveTo(ids, id, position);
  await renumber(
    manager,
    'preparation_steps',
    { planId },
    order.map((item) => ({ id: item })),
  );
}
