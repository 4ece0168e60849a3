import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { ErrorDetail } from '../../contracts/errors.js';
import type { BudgetCostGrid, ProgrammeBudgetResponse } from '../../contracts/programme.js';
import type { Lang } from '../../contracts/validation.js';
import { BadRequestError, ConflictError, NotFoundError } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { errorMessage } from '../../common/messages/index.js';
import { PROGRAMME_TEXTS } from '../../common/messages/programme-texts.js';
import { assertFreshVersion } from '../../common/versions.js';
import { Unit } from '../institutions/unit.entity.js';
import { getPlanOr404 } from '../plans/plan-storage.repository.js';
import type { Plan } from '../plans/plan.entity.js';
import type {
  BudgetActivityDto,
  BudgetGoalDto,
  BudgetIndicatorDto,
  BudgetProgrammeDto,
  BudgetSubProgrammeDto,
} from './dto/programme-budget.dto.js';
import { ProgrammeBudgetActivity } from './programme-budget-activity.entity.js';
import { ProgrammeBudgetProgramme } from './programme-budget-programme.entity.js';
import { costGridProblems, figureProblems } from './programme-budget-rules.js';
import { toBudgetView, type BudgetView } from './programme-budget.mapper.js';
import { loadBudgetRows } from './programme-budget.repository.js';
import { ProgrammeGoalIndicator } from './programme-goal-indicator.entity.js';
import { ProgrammeGoalTarget } from './programme-goal-target.entity.js';
import { ProgrammeGoal } from './programme-goal.entity.js';
import { refusalCode, targetOfYear } from './programme-rules.js';
import { ProgrammeSubProgramme } from './programme-sub-programme.entity.js';
import { Programme } from './programme.entity.js';
import { ProgrammesService, yearOf } from './programmes.service.js';

/** The parts of a card, as PROGRAMME_PART_NOT_FOUND names them. */
type Part = 'programme' | 'sub-programme' | 'goal' | 'indicator' | 'activity';

interface Scope {
  manager: EntityManager;
  plan: Plan;
  programme: Programme;
  lang: Lang;
}

/**
 * The programme-budget format of the performance programme (planning-cycle.md 3): programmes,
 * sub-programmes, their goals linked to plan targets, the goals' indicators and activities. Every
 * write goes through the programme's lifecycle (ProgrammesService.write: a draft only, 409
 * PP_ACCEPTED until a revision is opened) and needs the programme-budget format (409 PP_FORMAT);
 * a refused write changes nothing. Each answers the whole card, as GET …/budget reads it.
 */
@Injectable()
export class ProgrammeBudgetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesService,
  ) {}

  async get(planId: string, yearText: string, lang: Lang): Promise<ProgrammeBudgetResponse> {
    return (await this.read(planId, yearText, lang)).view.response;
  }

  /** The card with the plan and the institution's name, for the workbook. */
  async read(
    planId: string,
    yearText: string,
    lang: Lang,
  ): Promise<{ view: BudgetView; plan: Plan; institution: string }> {
    const manager = this.dataSource.manager;
    const plan = await getPlanOr404(manager, planId);
    const year = yearOf(plan, yearText, lang);
    const programme = await manager.findOneBy(Programme, { planId: plan.id, year });
    if (!programme) throw new NotFoundError('PROGRAMME_NOT_FOUND', { year });
    const [{ name }] = await manager.query<Array<{ name: string }>>(
      'SELECT name FROM institutions WHERE id = $1',
      [plan.institutionId],
    );
    return { view: await this.view(manager, plan, programme), plan, institution: name };
  }

  // Programmes

  async addProgramme(planId: string, yearText: string, dto: BudgetProgrammeDto, lang: Lang) {
    return this.write(planId, yearText, lang, async ({ manager, plan, programme }) => {
      const siblings = await manager.findBy(ProgrammeBudgetProgramme, { programmeId: programme.id });
      assertCodeFree(siblings, dto.code, null);
      await manager.insert(ProgrammeBudgetProgramme, {
        ...owner(plan),
        programmeId: programme.id,
        code: dto.code,
        name: dto.name,
        position: nextPosition(siblings),
      });
    });
  }

  async putProgramme(planId: string, yearText: string, id: string, dto: BudgetProgrammeDto, lang: Lang) {
    return this.write(planId, yearText, lang, async (scope) => {
      const { manager, programme } = scope;
      const row = await this.part(manager, ProgrammeBudgetProgramme, id, programme.id, 'programme');
      await this.fresh(scope, 'programme', row, dto.version);
      assertCodeFree(
        await manager.findBy(ProgrammeBudgetProgramme, { programmeId: programme.id }),
        dto.code,
        row.id,
      );
      await manager.update(ProgrammeBudgetProgramme, { id: row.id }, { code: dto.code, name: dto.name });
    });
  }

  async deleteProgramme(planId: string, yearText: string, id: string, lang: Lang): Promise<void> {
    await this.write(planId, yearText, lang, async ({ manager, programme }) => {
      const row = await this.part(manager, ProgrammeBudgetProgramme, id, programme.id, 'programme');
      await manager.delete(ProgrammeBudgetProgramme, { id: row.id });
    });
  }

  // Sub-programmes

  async addSubProgramme(planId: string, yearText: string, dto: BudgetSubProgrammeDto, lang: Lang) {
    return this.write(planId, yearText, lang, async ({ manager, plan, programme }) => {
      const parent = await this.parent(
        manager,
        ProgrammeBudgetProgramme,
        dto.programme,
        programme.id,
        'programme',
      );
      const siblings = await manager.findBy(ProgrammeSubProgramme, { budgetProgrammeId: parent.id });
      assertCodeFree(siblings, dto.code, null);
      await manager.insert(ProgrammeSubProgramme, {
        ...owner(plan),
        programmeId: programme.id,
        budgetProgrammeId: parent.id,
        code: dto.code,
        name: dto.name,
        position: nextPosition(siblings),
      });
    });
  }

  async putSubProgramme(
    planId: string,
    yearText: string,
    id: string,
    dto: BudgetSubProgrammeDto,
    lang: Lang,
  ) {
    return this.write(planId, yearText, lang, async (scope) => {
      const { manager, programme } = scope;
      const row = await this.part(manager, ProgrammeSubProgramme, id, programme.id, 'sub-programme');
      await this.fresh(scope, 'sub-programme', row, dto.version);
      const parent = await this.parent(
        manager,
        ProgrammeBudgetProgramme,
        dto.programme,
        programme.id,
        'programme',
      );
      assertCodeFree(
        await manager.findBy(ProgrammeSubProgramme, { budgetProgrammeId: parent.id }),
        dto.code,
        row.id,
      );
      await manager.update(
        ProgrammeSubProgramme,
        { id: row.id },
        { budgetProgrammeId: parent.id, code: dto.code, name: dto.name },
      );
    });
  }

  async deleteSubProgramme(planId: string, yearText: string, id: string, lang: Lang): Promise<void> {
    await this.write(planId, yearText, lang, async ({ manager, programme }) => {
      const row = await this.part(manager, ProgrammeSubProgramme, id, programme.id, 'sub-programme');
      await manager.delete(ProgrammeSubProgramme, { id: row.id });
    });
  }

  // Sub-programme goals and their links to plan targets

  async addGoal(planId: string, yearText: string, dto: BudgetGoalDto, lang: Lang) {
    return this.write(planId, yearText, lang, async ({ manager, plan, programme }) => {
      const parent = await this.parent(
        manager,
        ProgrammeSubProgramme,
        dto.subProgramme,
        programme.id,
        'subProgramme',
      );
      const targets = await this.planTargets(manager, plan, programme.year, dto.targets, lang);
      const siblings = await manager.findBy(ProgrammeGoal, { subProgrammeId: parent.id });
      assertCodeFree(siblings, dto.code, null);
      const inserted = await manager.insert(ProgrammeGoal, {
        ...owner(plan),
        programmeId: programme.id,
        subProgrammeId: parent.id,
        code: dto.code,
        title: dto.title,
        position: nextPosition(siblings),
      });
      await this.link(manager, plan, String(inserted.identifiers[0].id), targets);
    });
  }

  async putGoal(planId: string, yearText: string, id: string, dto: BudgetGoalDto, lang: Lang) {
    return this.write(planId, yearText, lang, async (scope) => {
      const { manager, plan, programme } = scope;
      const row = await this.part(manager, ProgrammeGoal, id, programme.id, 'goal');
      await this.fresh(scope, 'goal', row, dto.version);
      const parent = await this.parent(
        manager,
        ProgrammeSubProgramme,
        dto.subProgramme,
        programme.id,
        'subProgramme',
      );
      const targets = await this.planTargets(manager, plan, programme.year, dto.targets, lang);
      assertCodeFree(await manager.findBy(ProgrammeGoal, { subProgrammeId: parent.id }), dto.code, row.id);
      await manager.update(
        ProgrammeGoal,
        { id: row.id },
        { subProgrammeId: parent.id, code: dto.code, title: dto.title },
      );
      const stored = await manager.find(ProgrammeGoalTarget, {
        where: { goalId: row.id },
        order: { position: 'ASC' },
      });
      if (stored.map((link) => link.targetId).join() !== targets.join()) {
        await manager.delete(ProgrammeGoalTarget, { goalId: row.id });
        await this.link(manager, plan, row.id, targets);
      }
    });
  }

  async deleteGoal(planId: string, yearText: string, id: string, lang: Lang): Promise<void> {
    await this.write(planId, yearText, lang, async ({ manager, programme }) => {
      const row = await this.part(manager, ProgrammeGoal, id, programme.id, 'goal');
      await manager.delete(ProgrammeGoal, { id: row.id });
    });
  }

  // Indicators of a goal

  async addIndicator(planId: string, yearText: string, dto: BudgetIndicatorDto, lang: Lang) {
    assertFigures(dto.figures, lang);
    return this.write(planId, yearText, lang, async ({ manager, plan, programme }) => {
      const goal = await this.parent(manager, ProgrammeGoal, dto.goal, programme.id, 'goal');
      const siblings = await manager.findBy(ProgrammeGoalIndicator, { goalId: goal.id });
      assertCodeFree(siblings, dto.code, null);
      await manager.insert(ProgrammeGoalIndicator, {
        ...owner(plan),
        goalId: goal.id,
        code: dto.code,
        name: dto.name,
        unit: dto.unit ?? null,
        figures: figuresOf(dto.figures),
        position: nextPosition(siblings),
      });
    });
  }

  async putIndicator(planId: string, yearText: string, id: string, dto: BudgetIndicatorDto, lang: Lang) {
    assertFigures(dto.figures, lang);
    return this.write(planId, yearText, lang, async (scope) => {
      const { manager, programme } = scope;
      const row = await this.indicator(manager, id, programme.id);
      await this.fresh(scope, 'indicator', row, dto.version);
      const goal = await this.parent(manager, ProgrammeGoal, dto.goal, programme.id, 'goal');
      assertCodeFree(await manager.findBy(ProgrammeGoalIndicator, { goalId: goal.id }), dto.code, row.id);
      await manager.update(
        ProgrammeGoalIndicator,
        { id: row.id },
        {
          goalId: goal.id,
          code: dto.code,
          name: dto.name,
          unit: dto.unit ?? null,
          figures: figuresOf(dto.figures),
        },
      );
    });
  }

  async deleteIndicator(planId: string, yearText: string, id: string, lang: Lang): Promise<void> {
    await this.write(planId, yearText, lang, async ({ manager, programme }) => {
      const row = await this.indicator(manager, id, programme.id);
      await manager.delete(ProgrammeGoalIndicator, { id: row.id });
    });
  }

  // Activities of a goal

  async addActivity(planId: string, yearText: string, dto: BudgetActivityDto, lang: Lang) {
    assertCosts(dto.costs, lang);
    return this.write(planId, yearText, lang, async ({ manager, plan, programme }) => {
      const goal = await this.parent(manager, ProgrammeGoal, dto.goal, programme.id, 'goal');
      const unit = await this.unitOf(manager, plan, dto.unit, lang);
      const all = await manager.findBy(ProgrammeBudgetActivity, { programmeId: programme.id });
      assertCodeFree(all, dto.code, null);
      await manager.insert(ProgrammeBudgetActivity, {
        ...owner(plan),
        programmeId: programme.id,
        goalId: goal.id,
        code: dto.code,
        name: dto.name,
        unitId: unit.id,
        costs: (dto.costs ?? {}) as BudgetCostGrid,
        ...justificationOf(dto),
        position: nextPosition(all.filter((row) => row.goalId === goal.id)),
      });
    });
  }

  async putActivity(planId: string, yearText: string, id: string, dto: BudgetActivityDto, lang: Lang) {
    assertCosts(dto.costs, lang);
    return this.write(planId, yearText, lang, async (scope) => {
      const { manager, plan, programme } = scope;
      const row = await this.part(manager, ProgrammeBudgetActivity, id, programme.id, 'activity');
      await this.fresh(scope, 'activity', row, dto.version);
      const goal = await this.parent(manager, ProgrammeGoal, dto.goal, programme.id, 'goal');
      const unit = await this.unitOf(manager, plan, dto.unit, lang);
      assertCodeFree(
        await manager.findBy(ProgrammeBudgetActivity, { programmeId: programme.id }),
        dto.code,
        row.id,
      );
      await manager.update(
        ProgrammeBudgetActivity,
        { id: row.id },
        {
          goalId: goal.id,
          code: dto.code,
          name: dto.name,
          unitId: unit.id,
          costs: dto.costs ?? {},
          ...justificationOf(dto),
        },
      );
    });
  }

  async deleteActivity(planId: string, yearText: string, id: string, lang: Lang): Promise<void> {
    await this.write(planId, yearText, lang, async ({ manager, programme }) => {
      const row = await this.part(manager, ProgrammeBudgetActivity, id, programme.id, 'activity');
      await manager.delete(ProgrammeBudgetActivity, { id: row.id });
    });
  }

  // Reading and writing

  private async view(manager: EntityManager, plan: Plan, programme: Programme): Promise<BudgetView> {
    const rows = await loadBudgetRows(manager, programme.id);
    return toBudgetView({
      plan: { id: plan.id, tolerance: plan.settings?.programmeCostTolerance },
      programme,
      ...rows,
    });
  }

  /** A write on a draft programme-budget PP (409 PP_FORMAT for a classic one), answering the card as it left it. */
  private async write(
    planId: string,
    yearText: string,
    lang: Lang,
    work: (scope: Scope) => Promise<void>,
  ): Promise<ProgrammeBudgetResponse> {
    return this.programmes.write(planId, yearText, lang, async ({ manager, plan, programme }) => {
      if (programme.format !== 'programme-budget')
        throw new ConflictError('PP_FORMAT', { year: programme.year, format: programme.format });
      await work({ manager, plan, programme, lang });
      const fresh = await manager.findOneByOrFail(Programme, { id: programme.id });
      return (await this.view(manager, plan, fresh)).response;
    });
  }

  /** 409 STALE_VERSION when the client read an older version of the part. */
  private async fresh(
    scope: Scope,
    what: Part,
    row: { code: string; version: number },
    read: number | undefined,
  ) {
    await assertFreshVersion(
      { what: 'programme-part', part: what, name: row.code },
      row.version,
      read,
      async () => (await this.view(scope.manager, scope.plan, scope.programme)).response,
    );
  }

  /** A part of this programme by its id in the path, else 404 PROGRAMME_PART_NOT_FOUND (another programme's too). */
  private async part<T extends ObjectLiteral & { programmeId: string }>(
    manager: EntityManager,
    entity: EntityTarget<T>,
    id: string,
    programmeId: string,
    part: Part,
  ): Promise<T> {
    const row = isUuid(id) ? await manager.findOne(entity, { where: { id } as never }) : null;
    if (!row || row.programmeId !== programmeId)
      throw new NotFoundError('PROGRAMME_PART_NOT_FOUND', { part });
    return row;
  }

  /** The parent a body names by id at `path`, else 400 VALIDATION_FAILED with PROGRAMME_PART_NOT_FOUND at that field. */
  private async parent<T extends ObjectLiteral & { programmeId: string }>(
    manager: EntityManager,
    entity: EntityTarget<T>,
    id: string,
    programmeId: string,
    path: 'programme' | 'subProgramme' | 'goal',
  ): Promise<T> {
    const row = isUuid(id) ? await manager.findOne(entity, { where: { id } as never }) : null;
    if (row && row.programmeId === programmeId) return row;
    const part = path === 'subProgramme' ? 'sub-programme' : path;
    throw new BadRequestError('VALIDATION_FAILED', {}, [
      { path, code: 'PROGRAMME_PART_NOT_FOUND', message: errorMessage('PROGRAMME_PART_NOT_FOUND', { part }) },
    ]);
  }

  private async indicator(
    manager: EntityManager,
    id: string,
    programmeId: string,
  ): Promise<ProgrammeGoalIndicator> {
    const row = isUuid(id) ? await manager.findOneBy(ProgrammeGoalIndicator, { id }) : null;
    const goal = row ? await manager.findOneBy(ProgrammeGoal, { id: row.goalId }) : null;
    if (!row || goal?.programmeId !== programmeId)
      throw new NotFoundError('PROGRAMME_PART_NOT_FOUND', { part: 'indicator' });
    return row;
  }

  /** PP_TARGET_IN_PLAN at `targets[i]`: the ids of the plan's targets of the year, by code, in the order given. */
  private async planTargets(
    manager: EntityManager,
    plan: Plan,
    year: number,
    codes: readonly string[],
    lang: Lang,
  ): Promise<string[]> {
    const rows = await manager.query<
      Array<{ id: string; code: string; years: number[]; costEstimate: Record<string, number> | null }>
    >(
      `SELECT t.id, t.code, t.cost_estimate AS "costEstimate",
              COALESCE((SELECT array_agg(DISTINCT it.year) FROM indicators i JOIN indicator_targets it ON it.indicator_id = i.id
                         WHERE i.target_id = t.id), '{}') AS years
         FROM targets t WHERE t.plan_id = $1 AND t.code = ANY($2)`,
      [plan.id, [...codes]],
    );
    const problems: ErrorDetail[] = [];
    const ids: string[] = [];
    codes.forEach((code, i) => {
      const found = rows.find((row) => row.code === code);
      if (found && targetOfYear(year, found.years, found.costEstimate)) {
        if (!ids.includes(found.id)) ids.push(found.id);
        return;
      }
      const params = { target: code.slice(0, 64), year };
      problems.push({
        path: `targets[${i}]`,
        code: 'PP_TARGET_IN_PLAN',
        message: PROGRAMME_TEXTS['PP_TARGET_IN_PLAN.write'][lang](params),
      });
    });
    if (problems.length > 0) throw new BadRequestError('PP_TARGET_IN_PLAN', { year }, problems);
    return ids;
  }

  private async link(manager: EntityManager, plan: Plan, goalId: string, targetIds: readonly string[]) {
    if (targetIds.length === 0) return;
    await manager.insert(
      ProgrammeGoalTarget,
      targetIds.map((targetId, i) => ({ ...owner(plan), goalId, targetId, position: i + 1 })),
    );
  }

  /** PP_ACTIVITY_UNIT at `unit`: a unit of the plan's institution, by code; never none. */
  private async unitOf(
    manager: EntityManager,
    plan: Plan,
    code: string | null | undefined,
    lang: Lang,
  ): Promise<Unit> {
    const unit =
      typeof code === 'string' && code !== ''
        ? await manager.findOneBy(Unit, { institutionId: plan.institutionId, code })
        : null;
    if (unit) return unit;
    throw new BadRequestError('PP_ACTIVITY_UNIT', {}, [
      {
        path: 'unit',
        code: 'PP_ACTIVITY_UNIT',
        message: PROGRAMME_TEXTS.PP_ACTIVITY_UNIT_WRITE[lang]({ unit: (code ?? '').slice(0, 64) }),
      },
    ]);
  }
}

const owner = (plan: Plan): { institutionId: string; planId: string } => ({
  institutionId: plan.institutionId,
  planId: plan.id,
});

const nextPosition = (rows: ReadonlyArray<{ position: number }>): number =>
  Math.max(0, ...rows.map((row) => row.position)) + 1;

/** 409 CODE_TAKEN at `code` when a sibling has it. */
function assertCodeFree(
  rows: ReadonlyArray<{ id: string; code: string }>,
  code: string,
  self: string | null,
): void {
  if (rows.some((row) => row.code === code && row.id !== self))
    throw new ConflictError('CODE_TAKEN', { code }, [
      { path: 'code', code: 'CODE_TAKEN', message: errorMessage('CODE_TAKEN', { code }) },
    ]);
}

/** A cost grid: PP_ECONOMIC_CODE, PP_NEGATIVE_COST or VALIDATION_FAILED at its fields (`costs.budget.10`). */
function assertCosts(costs: unknown, lang: Lang): void {
  const problems = costGridProblems(costs, 'costs', lang);
  if (problems.length > 0) throw new BadRequestError(refusalCode(problems), {}, problems);
}

function assertFigures(figures: unknown, lang: Lang): void {
  const problems = figureProblems(figures, 'figures', lang);
  if (problems.length > 0) throw new BadRequestError('VALIDATION_FAILED', {}, problems);
}

/** The figures to store: the numbers given (a null leaves its column empty). */
function figuresOf(figures: Record<string, number | null> | undefined): Partial<Record<string, number>> {
  const stored: Partial<Record<string, number>> = {};
  for (const [column, value] of Object.entries(figures ?? {})) if (value !== null) stored[column] = value;
  return stored;
}

function justificationOf(dto: BudgetActivityDto) {
  return {
    legalBasis: dto.justification?.legalBasis ?? null,
    rationale: dto.justification?.rationale ?? null,
    costElements: dto.justification?.costElements ?? null,
    budgetLines: dto.justification?.budgetLines ?? null,
  };
}
