import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget, type QueryDeepPartialEntity } from 'typeorm';
import type { ErrorDetail } from '../../contracts/errors.js';
import type {
  BudgetActivityRequest,
  BudgetGoalRequest,
  BudgetIndicatorRequest,
  BudgetProgrammeRequest,
  BudgetSubProgrammeRequest,
  ProgrammeBudgetResponse,
} from '../../contracts/programme.js';
import type { Lang } from '../../contracts/validation.js';
import { BadRequestError, ConflictError, NotFoundError } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { errorMessage } from '../../common/messages/index.js';
import { assertFreshVersion } from '../../common/versions.js';
import type { Plan } from '../plans/plan.entity.js';
import { ProgrammeBudgetActivity } from './programme-budget-activity.entity.js';
import { ProgrammeBudgetProgramme } from './programme-budget-programme.entity.js';
import { costGridProblems, figureProblems } from './programme-budget-rules.js';
import { toBudgetView, type BudgetView } from './programme-budget.mapper.js';
import { loadBudgetRows } from './programme-budget.repository.js';
import { ProgrammeGoalIndicator } from './programme-goal-indicator.entity.js';
import { ProgrammeGoalTarget } from './programme-goal-target.entity.js';
import { ProgrammeGoal } from './programme-goal.entity.js';
import { refusalCode } from './programme-rules.js';
import { ProgrammeSubProgramme } from './programme-sub-programme.entity.js';
import { Programme } from './programme.entity.js';
import {
  activityUnitOf,
  assertCodeFree,
  institutionNameOf,
  nextPosition,
  ownerOf,
  planTargetsOfYear,
  programmeOfYear,
  ProgrammesService,
  targetNotInPlan,
} from './programmes.service.js';

/** The body each part of a card is written with. */
export interface PartBodies {
  programme: BudgetProgrammeRequest;
  'sub-programme': BudgetSubProgrammeRequest;
  goal: BudgetGoalRequest;
  indicator: BudgetIndicatorRequest;
  activity: BudgetActivityRequest;
}

/** The parts of a card, as PROGRAMME_PART_NOT_FOUND names them. */
export type Part = keyof PartBodies;

/** The card a write is on: the plan and the year in the path, and the caller's language. */
export interface CardAt {
  planId: string;
  year: string;
  lang: Lang;
}

/** A part of the card the path names by its id. */
export interface PartAt extends CardAt {
  id: string;
}

interface Scope {
  manager: EntityManager;
  plan: Plan;
  programme: Programme;
  lang: Lang;
}

/** What every stored part has: CODE_TAKEN compares codes, STALE_VERSION versions, a new one goes last. */
interface PartRow {
  id: string;
  code: string;
  version: number;
  position: number;
}

/** A body made ready to store: its parent and what it refers to are read and found. */
interface PartWrite<T extends PartRow> {
  /** The columns the body writes, its parent's id among them. */
  columns: QueryDeepPartialEntity<T>;
  /** What a new row has beside them: its owner and, but for indicators, its programme. */
  created: QueryDeepPartialEntity<T>;
  /** The rows whose codes its code must differ from (409 CODE_TAKEN). */
  siblings: readonly PartRow[];
  /** The rows a new one is placed after (by default its siblings). */
  placedAfter?: readonly PartRow[];
  /** What follows writing the row (a goal's links to plan targets). */
  after?(id: string, created: boolean): Promise<void>;
}

/** How one part of the card is stored: its table, how it is found, checked and made ready. */
interface PartTable<D, T extends PartRow = PartRow> {
  part: Part;
  entity: EntityTarget<T>;
  /** The row `id` names, when it is this programme's (a part of another programme is not found). */
  find(manager: EntityManager, id: string, programmeId: string): Promise<T | null>;
  /** Refusals of the body alone (400), before the programme is read. */
  check?(dto: D, lang: Lang): void;
  /** Reads the parent and what the body refers to (400 at their fields) and answers what to store. */
  prepare(scope: Scope, dto: D): Promise<PartWrite<T>>;
}

/** Finds a part stored with its programme's id. */
const inProgramme =
  <T extends PartRow & { programmeId: string }>(entity: EntityTarget<T>) =>
  async (manager: EntityManager, id: string, programmeId: string): Promise<T | null> => {
    const row = await manager.createQueryBuilder(entity, 'part').where('part.id = :id', { id }).getOne();
    return row?.programmeId === programmeId ? row : null;
  };

const PROGRAMMES: PartTable<BudgetProgrammeRequest, ProgrammeBudgetProgramme> = {
  part: 'programme',
  entity: ProgrammeBudgetProgramme,
  find: inProgramme(ProgrammeBudgetProgramme),
  async prepare({ manager, plan, programme }, dto) {
    return {
      columns: { code: dto.code, name: dto.name },
      created: { ...ownerOf(plan), programmeId: programme.id },
      siblings: await manager.findBy(ProgrammeBudgetProgramme, { programmeId: programme.id }),
    };
  },
};

const SUB_PROGRAMMES: PartTable<BudgetSubProgrammeRequest, ProgrammeSubProgramme> = {
  part: 'sub-programme',
  entity: ProgrammeSubProgramme,
  find: inProgramme(ProgrammeSubProgramme),
  async prepare(scope, dto) {
    const parent = await parentOf(scope, PROGRAMMES, dto.programme, 'programme');
    return {
      columns: { budgetProgrammeId: parent.id, code: dto.code, name: dto.name },
      created: { ...ownerOf(scope.plan), programmeId: scope.programme.id },
      siblings: await scope.manager.findBy(ProgrammeSubProgramme, { budgetProgrammeId: parent.id }),
    };
  },
};

/** Sub-programme goals, with their links to plan targets of the year. */
const GOALS: PartTable<BudgetGoalRequest, ProgrammeGoal> = {
  part: 'goal',
  entity: ProgrammeGoal,
  find: inProgramme(ProgrammeGoal),
  async prepare(scope, dto) {
    const { manager, plan } = scope;
    const parent = await parentOf(scope, SUB_PROGRAMMES, dto.subProgramme, 'subProgramme');
    const targets = await planTargets(scope, dto.targets);
    return {
      columns: { subProgrammeId: parent.id, code: dto.code, title: dto.title },
      created: { ...ownerOf(plan), programmeId: scope.programme.id },
      siblings: await manager.findBy(ProgrammeGoal, { subProgrammeId: parent.id }),
      after: (id, created) =>
        created ? link(manager, plan, id, targets) : relink(manager, plan, id, targets),
    };
  },
};

/** A goal's indicators: their goal is this programme's. */
const INDICATORS: PartTable<BudgetIndicatorRequest, ProgrammeGoalIndicator> = {
  part: 'indicator',
  entity: ProgrammeGoalIndicator,
  async find(manager, id, programmeId) {
    const row = await manager.findOneBy(ProgrammeGoalIndicator, { id });
    const goal = row ? await manager.findOneBy(ProgrammeGoal, { id: row.goalId }) : null;
    return goal?.programmeId === programmeId ? row : null;
  },
  check: (dto, lang) => assertFigures(dto.figures, lang),
  async prepare(scope, dto) {
    const goal = await parentOf(scope, GOALS, dto.goal, 'goal');
    return {
      columns: {
        goalId: goal.id,
        code: dto.code,
        name: dto.name,
        unit: dto.unit ?? null,
        figures: figuresOf(dto.figures),
      },
      created: ownerOf(scope.plan),
      siblings: await scope.manager.findBy(ProgrammeGoalIndicator, { goalId: goal.id }),
    };
  },
};

/** A goal's activities: codes differ across the programme, positions count within the goal. */
const ACTIVITIES: PartTable<BudgetActivityRequest, ProgrammeBudgetActivity> = {
  part: 'activity',
  entity: ProgrammeBudgetActivity,
  find: inProgramme(ProgrammeBudgetActivity),
  check: (dto, lang) => assertCosts(dto.costs, lang),
  async prepare(scope, dto) {
    const { manager, plan, programme, lang } = scope;
    const goal = await parentOf(scope, GOALS, dto.goal, 'goal');
    const unit = await activityUnitOf(manager, plan, dto.unit, lang);
    const all = await manager.findBy(ProgrammeBudgetActivity, { programmeId: programme.id });
    return {
      columns: {
        goalId: goal.id,
        code: dto.code,
        name: dto.name,
        unitId: unit.id,
        costs: dto.costs ?? {},
        ...justificationOf(dto),
      },
      created: { ...ownerOf(plan), programmeId: programme.id },
      siblings: all,
      placedAfter: all.filter((row) => row.goalId === goal.id),
    };
  },
};

const PART_TABLES: { [P in Part]: PartTable<PartBodies[P]> } = {
  programme: PROGRAMMES,
  'sub-programme': SUB_PROGRAMMES,
  goal: GOALS,
  indicator: INDICATORS,
  activity: ACTIVITIES,
};

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
    const { plan, programme } = await programmeOfYear(manager, planId, yearText, lang);
    return {
      view: await this.view(manager, plan, programme),
      plan,
      institution: await institutionNameOf(manager, plan),
    };
  }

  /** Adds a part, last among its siblings (409 CODE_TAKEN when one has its code). */
  async add<P extends Part>(part: P, at: CardAt, dto: PartBodies[P]): Promise<ProgrammeBudgetResponse> {
    const table: PartTable<PartBodies[P]> = PART_TABLES[part];
    table.check?.(dto, at.lang);
    return this.write(at, async (scope) => {
      const write = await table.prepare(scope, dto);
      assertCodeFree(write.siblings, dto.code, null);
      const inserted = await scope.manager.insert(table.entity, {
        ...write.created,
        ...write.columns,
        position: nextPosition(write.placedAfter ?? write.siblings),
      });
      await write.after?.(String(inserted.identifiers[0].id), true);
    });
  }

  /** Replaces the part the path names, as the client read it (409 STALE_VERSION otherwise). */
  async put<P extends Part>(part: P, at: PartAt, dto: PartBodies[P]): Promise<ProgrammeBudgetResponse> {
    const table: PartTable<PartBodies[P]> = PART_TABLES[part];
    table.check?.(dto, at.lang);
    return this.write(at, async (scope) => {
      const row = await partOf(scope, table, at.id);
      await this.fresh(scope, part, row, dto.version);
      const write = await table.prepare(scope, dto);
      assertCodeFree(write.siblings, dto.code, row.id);
      await scope.manager.update(table.entity, row.id, write.columns);
      await write.after?.(row.id, false);
    });
  }

  /** Deletes the part the path names, with what hangs under it. */
  async remove(part: Part, at: PartAt): Promise<void> {
    const table: PartTable<unknown> = PART_TABLES[part];
    await this.write(at, async (scope) => {
      const row = await partOf(scope, table, at.id);
      await scope.manager.delete(table.entity, row.id);
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
    { planId, year, lang }: CardAt,
    work: (scope: Scope) => Promise<void>,
  ): Promise<ProgrammeBudgetResponse> {
    return this.programmes.write(planId, year, lang, async ({ manager, plan, programme }) => {
      if (programme.format !== 'programme-budget')
        throw new ConflictError('PP_FORMAT', { year: programme.year, format: programme.format });
      await work({ manager, plan, programme, lang });
      const fresh = await manager.findOneByOrFail(Programme, { id: programme.id });
      return (await this.view(manager, plan, fresh)).response;
    });
  }

  /** 409 STALE_VERSION when the client read an older version of the part. */
  private async fresh(scope: Scope, what: Part, row: PartRow, read: number | undefined) {
    await assertFreshVersion(
      { what: 'programme-part', part: what, name: row.code },
      row.version,
      read,
      async () => (await this.view(scope.manager, scope.plan, scope.programme)).response,
    );
  }
}

/** A part of this programme by its id in the path, else 404 PROGRAMME_PART_NOT_FOUND (another programme's too). */
async function partOf<D>(scope: Scope, table: PartTable<D>, id: string): Promise<PartRow> {
  const row = isUuid(id) ? await table.find(scope.manager, id, scope.programme.id) : null;
  if (!row) throw new NotFoundError('PROGRAMME_PART_NOT_FOUND', { part: table.part });
  return row;
}

/** The parent a body names by id at `path`, else 400 VALIDATION_FAILED with PROGRAMME_PART_NOT_FOUND at that field. */
async function parentOf<D>(
  scope: Scope,
  table: PartTable<D>,
  id: string,
  path: 'programme' | 'subProgramme' | 'goal',
): Promise<PartRow> {
  const row = isUuid(id) ? await table.find(scope.manager, id, scope.programme.id) : null;
  if (row) return row;
  const part = table.part;
  throw new BadRequestError('VALIDATION_FAILED', {}, [
    { path, code: 'PROGRAMME_PART_NOT_FOUND', message: errorMessage('PROGRAMME_PART_NOT_FOUND', { part }) },
  ]);
}

/** PP_TARGET_IN_PLAN at `targets[i]`: the ids of the plan's targets of the year, by code, in the order given. */
async function planTargets(
  { manager, plan, programme, lang }: Scope,
  codes: readonly string[],
): Promise<string[]> {
  const year = programme.year;
  const found = await planTargetsOfYear(manager, plan.id, year, codes);
  const problems: ErrorDetail[] = codes.flatMap((code, i) =>
    found.has(code) ? [] : [targetNotInPlan(`targets[${i}]`, code, year, lang)],
  );
  if (problems.length > 0) throw new BadRequestError('PP_TARGET_IN_PLAN', { year }, problems);
  return [...new Set(codes.flatMap((code) => found.get(code) ?? []))];
}

async function link(manager: EntityManager, plan: Plan, goalId: string, targetIds: readonly string[]) {
  if (targetIds.length === 0) return;
  await manager.insert(
    ProgrammeGoalTarget,
    targetIds.map((targetId, i) => ({ ...ownerOf(plan), goalId, targetId, position: i + 1 })),
  );
}

/** Links a goal to `targetIds` anew, when they differ from its links. */
async function relink(manager: EntityManager, plan: Plan, goalId: string, targetIds: readonly string[]) {
  const stored = await manager.find(ProgrammeGoalTarget, { where: { goalId }, order: { position: 'ASC' } });
  if (stored.map((row) => row.targetId).join() === targetIds.join()) return;
  await manager.delete(ProgrammeGoalTarget, { goalId });
  await link(manager, plan, goalId, targetIds);
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
function figuresOf(figures: BudgetIndicatorRequest['figures']): Partial<Record<string, number>> {
  const stored: Partial<Record<string, number>> = {};
  for (const [column, value] of Object.entries(figures ?? {}))
    if (typeof value === 'number') stored[column] = value;
  return stored;
}

function justificationOf(dto: BudgetActivityRequest) {
  return {
    legalBasis: dto.justification?.legalBasis ?? null,
    rationale: dto.justification?.rationale ?? null,
    costElements: dto.justification?.costElements ?? null,
    budgetLines: dto.justification?.budgetLines ?? null,
  };
}
