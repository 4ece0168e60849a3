import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ErrorDetail } from '../../contracts/errors.js';
import {
  type ProgrammeResponse,
  type ProgrammeRevisionResponse,
  type ProgrammeTablesResponse,
  type ResourceNeed,
} from '../../contracts/programme.js';
import type { Lang, ValidationIssue } from '../../contracts/validation.js';
import { BadRequestError, ConflictError, NotFoundError } from '../../common/app-error.js';
import { PROGRAMME_TEXTS } from '../../common/messages/programme-texts.js';
import { errorMessage } from '../../common/messages/index.js';
import { assertFreshVersion } from '../../common/versions.js';
import { setActor } from '../../database/actor.js';
import { Unit } from '../institutions/unit.entity.js';
import { getPlanOr404, lockPlan } from '../plans/plan-storage.repository.js';
import type { Plan } from '../plans/plan.entity.js';
import type {
  AcceptProgrammeDto,
  CreateProgrammeActivityDto,
  CreateProgrammeTargetDto,
  OpenRevisionDto,
  PublishProgrammeDto,
  PutProgrammeDto,
  PutProgrammeIndicatorDto,
  SubmitProgrammeDto,
  UpdateProgrammeActivityDto,
  UpdateProgrammeTargetDto,
} from './dto/programme.dto.js';
import { ProgrammeActivity } from './programme-activity.entity.js';
import { budgetCosts, budgetIssues } from './programme-budget-rules.js';
import { toBudgetView } from './programme-budget.mapper.js';
import { loadBudgetRows } from './programme-budget.repository.js';
import { ProgrammeIndicator } from './programme-indicator.entity.js';
import { ProgrammeRevision } from './programme-revision.entity.js';
import {
  amountProblems,
  programmeIssues,
  programmeYears,
  refusalCode,
  targetOfYear,
} from './programme-rules.js';
import { identityBreaks } from './programme-tables.js';
import { ProgrammeTarget } from './programme-target.entity.js';
import { Programme } from './programme.entity.js';
import {
  tablesOf,
  toProgrammeView,
  type PlanIndicatorRow,
  type PlanTargetRow,
  type ProgrammeRows,
  type ProgrammeView,
} from './programme.mapper.js';

/** What a write works on: the plan, its programme of the year (locked), and the caller's language. */
interface WriteScope {
  manager: EntityManager;
  plan: Plan;
  programme: Programme;
  lang: Lang;
}

/**
 * The yearly performance programme (planning-cycle.md 3), classic format: one per plan and year
 * of the plan. Every write runs in one transaction with the programme row locked and is audited
 * by the tables' triggers; a draft changes freely, a programme with the council answers 409
 * PP_STATUS and an accepted one 409 PP_ACCEPTED until a revision is opened. Tables 1–5 and the
 * rules are computed from the stored rows on every read, never stored.
 */
@Injectable()
export class ProgrammesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(planId: string): Promise<ProgrammeResponse[]> {
    const manager = this.dataSource.manager;
    const plan = await getPlanOr404(manager, planId);
    const programmes = await manager.find(Programme, { where: { planId: plan.id }, order: { year: 'ASC' } });
    const answers: ProgrammeResponse[] = [];
    for (const programme of programmes) answers.push((await this.view(manager, plan, programme)).response);
    return answers;
  }

  async get(planId: string, yearText: string, lang: Lang): Promise<ProgrammeResponse> {
    return (await this.read(planId, yearText, lang)).response;
  }

  /**
   * Tables 1–5 of the classic format. On a programme-budget programme they hold no PH, and the
   * identity breaks are its own format's (the cards' year-t costs against the proposal), as its
   * rules find them, never the classic activities' (which it has none of).
   */
  async tables(planId: string, yearText: string, lang: Lang): Promise<ProgrammeTablesResponse> {
    const manager = this.dataSource.manager;
    const { plan, programme } = await programmeOfYear(manager, planId, yearText, lang);
    const tables = tablesOf(await this.view(manager, plan, programme));
    if (programme.format !== 'programme-budget') return tables;
    const budget = toBudgetView({
      plan: { id: plan.id, tolerance: plan.settings?.programmeCostTolerance },
      programme,
      ...(await loadBudgetRows(manager, programme.id)),
    });
    return { ...tables, identityBreaks: identityBreaks(budgetCosts(budget.facts)) };
  }

  async validation(
    planId: string,
    yearText: string,
    lang: Lang,
  ): Promise<{ planId: string; year: number; errors: number; warnings: number; issues: ValidationIssue[] }> {
    const manager = this.dataSource.manager;
    const { plan, programme } = await programmeOfYear(manager, planId, yearText, lang);
    const view = await this.view(manager, plan, programme);
    const issues = await this.issues(manager, plan, programme, view, lang);
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    return {
      planId: view.response.planId,
      year: view.response.year,
      errors,
      warnings: issues.length - errors,
      issues,
    };
  }

  /**
   * The programme and its plan's title, for the workbook of tables 1–5: a classic one only (409
   * PP_FORMAT otherwise), as a programme-budget one's rows are its cards (…/budget/cards.xlsx).
   */
  async forWorkbook(
    planId: string,
    yearText: string,
    lang: Lang,
  ): Promise<{ view: ProgrammeView; plan: Plan; institution: string }> {
    const manager = this.dataSource.manager;
    const { plan, programme } = await programmeOfYear(manager, planId, yearText, lang);
    if (programme.format !== 'classic')
      throw new ConflictError('PP_FORMAT', {
        year: programme.year,
        format: programme.format,
        download: 'tables',
      });
    const [view, institution] = await Promise.all([
      this.view(manager, plan, programme),
      institutionNameOf(manager, plan),
    ]);
    return { view, plan, institution };
  }

  /**
   * The published programmes of a plan and, for one year, its view: what the public pages read
   * (PublicService checks that the plan is published). A year without a published programme is
   * 404 PROGRAMME_NOT_FOUND, as if there were none.
   */
  async publishedYears(planId: string): Promise<Programme[]> {
    return this.dataSource.manager.find(Programme, {
      where: { planId, status: 'published' },
      order: { year: 'ASC' },
    });
  }

  async published(
    plan: Plan,
    yearText: string,
    lang: Lang,
  ): Promise<{ programme: ProgrammeResponse; tables: ProgrammeTablesResponse }> {
    const manager = this.dataSource.manager;
    const year = yearOf(plan, yearText, lang);
    const programme = await findProgramme(manager, plan.id, year);
    if (programme.status !== 'published') throw new NotFoundError('PROGRAMME_NOT_FOUND', { year });
    const view = await this.view(manager, plan, programme);
    return { programme: view.response, tables: tablesOf(view) };
  }

  /** Makes the programme of the year, or changes its format, proposal, general administration and transfers. */
  async put(
    planId: string,
    yearText: string,
    dto: PutProgrammeDto,
    lang: Lang,
  ): Promise<{ created: boolean; programme: ProgrammeResponse }> {
    const problems = [
      ...amountProblems(dto.proposal, 'proposal', 'economic', lang),
      ...needProblems(dto.generalAdministration, 'generalAdministration', lang),
      ...needProblems(dto.transfers, 'transfers', lang),
    ];
    if (problems.length > 0) throw new BadRequestError(refusalCode(problems), {}, problems);
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      const { plan, year, programme: existing } = await this.lockYear(manager, planId, yearText, lang);
      if (!existing) {
        await manager.insert(Programme, {
          ...ownerOf(plan),
          year,
          format: dto.format ?? 'classic',
          status: 'draft',
          revision: 0,
          proposal: dto.proposal ?? {},
          generalAdministration: needOf(dto.generalAdministration),
          transfers: needOf(dto.transfers),
        });
        return { created: true, programme: await this.response(manager, plan, year) };
      }
      assertEditable(existing);
      await assertFreshVersion({ what: 'programme', name: String(year) }, existing.version, dto.version, () =>
        this.response(manager, plan, year),
      );
      const changes: Partial<Programme> = {};
      if (dto.format !== undefined && dto.format !== existing.format) {
        await assertNoRowsOfFormat(manager, existing, lang);
        changes.format = dto.format;
      }
      if (dto.proposal !== undefined) changes.proposal = dto.proposal;
      if (dto.generalAdministration !== undefined)
        changes.generalAdministration = needOf(dto.generalAdministration);
      if (dto.transfers !== undefined) changes.transfers = needOf(dto.transfers);
      if (Object.keys(changes).length > 0) await manager.update(Programme, { id: existing.id }, changes);
      return { created: false, programme: await this.response(manager, plan, year) };
    });
  }

  /** Deletes a draft programme that was never accepted, with its targets and activities. */
  async remove(planId: string, yearText: string, lang: Lang): Promise<void> {
    await this.write(planId, yearText, lang, async ({ manager, programme }) => {
      if (programme.revision > 0) throw new ConflictError('PP_STATUS', { status: 'accepted' });
      await manager.delete(Programme, { id: programme.id });
    });
  }

  // Performance targets (PH)

  async addTarget(
    planId: string,
    yearText: string,
    dto: CreateProgrammeTargetDto,
    lang: Lang,
  ): Promise<ProgrammeResponse> {
    return this.classic(planId, yearText, lang, async ({ manager, plan, programme }) => {
      const targets = await this.targets(manager, programme.id);
      const planTarget = await this.planTargetOfYear(manager, plan, programme.year, dto.target, lang);
      assertTargetFree(targets, planTarget.id, null);
      const code = dto.code ?? nextCode('PH', targets, 1);
      assertCodeFree(targets, code, null);
      await manager.insert(ProgrammeTarget, {
        ...ownerOf(plan),
        programmeId: programme.id,
        code,
        targetId: planTarget.id,
        explanation: dto.explanation ?? null,
        position: nextPosition(targets),
      });
      return this.response(manager, plan, programme.year);
    });
  }

  async updateTarget(
    planId: string,
    yearText: string,
    ph: string,
    dto: UpdateProgrammeTargetDto,
    lang: Lang,
  ): Promise<ProgrammeResponse> {
    return this.classic(planId, yearText, lang, async ({ manager, plan, programme }) => {
      const targets = await this.targets(manager, programme.id);
      const row = findTarget(targets, ph);
      await assertFreshVersion({ what: 'programme-target', name: row.code }, row.version, dto.version, () =>
        this.response(manager, plan, programme.year),
      );
      const changes: Partial<ProgrammeTarget> = {};
      if (dto.target !== undefined) {
        const planTarget = await this.planTargetOfYear(manager, plan, programme.year, dto.target, lang);
        assertTargetFree(targets, planTarget.id, row.id);
        if (planTarget.id !== row.targetId) changes.targetId = planTarget.id;
      }
      if (dto.code !== undefined && dto.code !== row.code) {
        assertCodeFree(targets, dto.code, row.id);
        changes.code = dto.code;
      }
      if (dto.explanation !== undefined && dto.explanation !== row.explanation)
        changes.explanation = dto.explanation;
      if (changes.targetId !== undefined) {
        // The figures typed for the old target's indicators belong to them, not to the new target's.
        await manager.delete(ProgrammeIndicator, { programmeTargetId: row.id });
      }
      if (Object.keys(changes).length > 0) await manager.update(ProgrammeTarget, { id: row.id }, changes);
      return this.response(manager, plan, programme.year);
    });
  }

  /** Deletes a PH with its activities and its indicators' figures. */
  async deleteTarget(planId: string, yearText: string, ph: string, lang: Lang): Promise<void> {
    await this.classic(planId, yearText, lang, async ({ manager, programme }) => {
      const row = findTarget(await this.targets(manager, programme.id), ph);
      await manager.delete(ProgrammeTarget, { id: row.id });
    });
  }

  async putIndicator(
    planId: string,
    yearText: string,
    ph: string,
    indicatorCode: string,
    dto: PutProgrammeIndicatorDto,
    lang: Lang,
  ): Promise<ProgrammeResponse> {
    return this.classic(planId, yearText, lang, async ({ manager, plan, programme }) => {
      const row = findTarget(await this.targets(manager, programme.id), ph);
      const found = row.targetId
        ? await manager.query<Array<{ id: string }>>(
            'SELECT id FROM indicators WHERE target_id = $1 AND code = $2',
            [row.targetId, indicatorCode],
          )
        : [];
      if (found.length === 0)
        throw new NotFoundError('INDICATOR_NOT_FOUND', { code: indicatorCode.slice(0, 64) });
      const years = programmeYears(programme.year).map(String);
      const problems: ErrorDetail[] = [];
      for (const [key, value] of Object.entries(dto.figures ?? {})) {
        if (!years.includes(key))
          problems.push(
            detail(
              `figures.${key.slice(0, 16)}`,
              'OUT_OF_RANGE',
              errorMessage('PP_YEAR', { year: key.slice(0, 16), years: years.join(', ') }, lang),
            ),
          );
        else if (
          value !== null &&
          (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) >= 1e15)
        )
          problems.push(
            detail(`figures.${key}`, 'INVALID_TYPE', PROGRAMME_TEXTS.PP_AMOUNT[lang]({ code: key })),
          );
      }
      if (problems.length > 0) throw new BadRequestError('VALIDATION_FAILED', {}, problems);
      const stored = await manager.findOneBy(ProgrammeIndicator, {
        programmeTargetId: row.id,
        indicatorId: found[0].id,
      });
      await assertFreshVersion(
        { what: 'programme-indicator', name: `${row.code} ${indicatorCode}` },
        stored?.version ?? 0,
        dto.version,
        () => this.response(manager, plan, programme.year),
      );
      const entered: Record<string, number> = { ...(stored?.entered ?? {}) };
      for (const [key, value] of Object.entries(dto.figures ?? {})) {
        if (value === null) delete entered[key];
        else entered[key] = value;
      }
      const explanation = dto.explanation === undefined ? (stored?.explanation ?? null) : dto.explanation;
      if (!stored)
        await manager.insert(ProgrammeIndicator, {
          ...ownerOf(plan),
          programmeTargetId: row.id,
          indicatorId: found[0].id,
          entered,
          explanation,
        });
      else if (
        JSON.stringify(entered) !== JSON.stringify(stored.entered) ||
        explanation !== stored.explanation
      )
        await manager.update(ProgrammeIndicator, { id: stored.id }, { entered, explanation });
      return this.response(manager, plan, programme.year);
    });
  }

  // Activities and projects

  async addActivity(
    planId: string,
    yearText: string,
    dto: CreateProgrammeActivityDto,
    lang: Lang,
  ): Promise<ProgrammeResponse> {
    assertCosts(dto, lang);
    return this.classic(planId, yearText, lang, async ({ manager, plan, programme }) => {
      const target = findTarget(await this.targets(manager, programme.id), dto.target, 'target');
      const unit = await activityUnitOf(manager, plan, dto.unit, lang);
      const activities = await this.activities(manager, programme.id);
      const code = dto.code ?? nextCode('F', activities, 2);
      assertCodeFree(activities, code, null);
      await manager.insert(ProgrammeActivity, {
        ...ownerOf(plan),
        programmeId: programme.id,
        programmeTargetId: target.id,
        code,
        name: dto.name,
        unitId: unit.id,
        description: dto.description ?? null,
        budget: dto.budget ?? {},
        offBudget: dto.offBudget ?? {},
        position: nextPosition(activities.filter((row) => row.programmeTargetId === target.id)),
      });
      return this.response(manager, plan, programme.year);
    });
  }

  async updateActivity(
    planId: string,
    yearText: string,
    code: string,
    dto: UpdateProgrammeActivityDto,
    lang: Lang,
  ): Promise<ProgrammeResponse> {
    assertCosts(dto, lang);
    return this.classic(planId, yearText, lang, async ({ manager, plan, programme }) => {
      const activities = await this.activities(manager, programme.id);
      const row = activities.find((item) => item.code === code);
      if (!row) throw new NotFoundError('PROGRAMME_ACTIVITY_NOT_FOUND', { code: code.slice(0, 64) });
      await assertFreshVersion({ what: 'programme-activity', name: row.code }, row.version, dto.version, () =>
        this.response(manager, plan, programme.year),
      );
      const changes: Partial<ProgrammeActivity> = {};
      if (dto.target !== undefined) {
        const target = findTarget(await this.targets(manager, programme.id), dto.target, 'target');
        if (target.id !== row.programmeTargetId) changes.programmeTargetId = target.id;
      }
      if (dto.unit !== undefined) {
        const unit = await activityUnitOf(manager, plan, dto.unit, lang);
        if (unit.id !== row.unitId) changes.unitId = unit.id;
      }
      if (dto.code !== undefined && dto.code !== row.code) {
        assertCodeFree(activities, dto.code, row.id);
        changes.code = dto.code;
      }
      if (dto.name !== undefined && dto.name !== row.name) changes.name = dto.name;
      if (dto.description !== undefined && dto.description !== row.description)
        changes.description = dto.description;
      if (dto.budget !== undefined) changes.budget = dto.budget;
      if (dto.offBudget !== undefined) changes.offBudget = dto.offBudget;
      if (Object.keys(changes).length > 0) await manager.update(ProgrammeActivity, { id: row.id }, changes);
      return this.response(manager, plan, programme.year);
    });
  }

  async deleteActivity(planId: string, yearText: string, code: string, lang: Lang): Promise<void> {
    await this.classic(planId, yearText, lang, async ({ manager, programme }) => {
      const row = (await this.activities(manager, programme.id)).find((item) => item.code === code);
      if (!row) throw new NotFoundError('PROGRAMME_ACTIVITY_NOT_FOUND', { code: code.slice(0, 64) });
      await manager.delete(ProgrammeActivity, { id: row.id });
    });
  }

  // Lifecycle

  /** To the council: a draft without errors (400 PP_RULES lists them). */
  async submit(
    planId: string,
    yearText: string,
    dto: SubmitProgrammeDto,
    lang: Lang,
  ): Promise<ProgrammeResponse> {
    return this.step(planId, yearText, lang, 'draft', async ({ manager, plan, programme }) => {
      const view = await this.view(manager, plan, programme);
      const errors = (await this.issues(manager, plan, programme, view, lang)).filter(
        (issue) => issue.severity === 'error',
      );
      if (errors.length > 0)
        throw new BadRequestError(
          'PP_RULES',
          { count: errors.length },
          errors.map((issue) => detail(issue.path, issue.code, issue.message)),
        );
      await manager.update(Programme, { id: programme.id }, { status: 'submitted', submittedOn: dto.date });
    });
  }

  /** The council's decision: its date (not before the submission) and number. */
  async accept(
    planId: string,
    yearText: string,
    dto: AcceptProgrammeDto,
    lang: Lang,
  ): Promise<ProgrammeResponse> {
    return this.step(planId, yearText, lang, 'submitted', async ({ manager, programme }) => {
      assertNotBefore(dto.date, programme.submittedOn, lang);
      await manager.update(
        Programme,
        { id: programme.id },
        { status: 'accepted', decisionDate: dto.date, decisionNumber: dto.number },
      );
    });
  }

  /**
   * Published (issue 14 point 4): the accepted programme is made public on a date not before the
   * council's decision; the public plan page then shows its PHs and activities.
   */
  async publish(
    planId: string,
    yearText: string,
    dto: PublishProgrammeDto,
    lang: Lang,
  ): Promise<ProgrammeResponse> {
    return this.step(planId, yearText, lang, 'accepted', async ({ manager, programme }) => {
      assertNotBefore(dto.date, programme.decisionDate, lang);
      await manager.update(Programme, { id: programme.id }, { status: 'published', publishedOn: dto.date });
    });
  }

  /**
   * Opens a revision of an accepted programme: the programme as accepted is kept with the reason,
   * the revision number moves on and the programme is a draft again until the council accepts it.
   */
  async openRevision(
    planId: string,
    yearText: string,
    dto: OpenRevisionDto,
    lang: Lang,
  ): Promise<ProgrammeRevisionResponse> {
    let opened: ProgrammeRevisionResponse | undefined;
    await this.step(
      planId,
      yearText,
      lang,
      ['accepted', 'published'],
      async ({ manager, plan, programme }) => {
        const accepted: ProgrammeRevision['accepted'] = (await this.view(manager, plan, programme)).response;
        if (programme.format === 'programme-budget') {
          const rows = await loadBudgetRows(manager, programme.id);
          accepted.budget = toBudgetView({
            plan: { id: plan.id, tolerance: plan.settings?.programmeCostTolerance },
            programme,
            ...rows,
          }).response;
        }
        const revision = programme.revision + 1;
        await manager.insert(ProgrammeRevision, {
          ...ownerOf(plan),
          programmeId: programme.id,
          revision,
          reason: dto.reason,
          accepted,
        });
        await manager.update(
          Programme,
          { id: programme.id },
          {
            revision,
            status: 'draft',
            submittedOn: null,
            decisionDate: null,
            decisionNumber: null,
            publishedOn: null,
          },
        );
        const stored = await manager.findOneByOrFail(ProgrammeRevision, {
          programmeId: programme.id,
          revision,
        });
        opened = toRevision(stored);
      },
    );
    if (!opened) throw new Error('revision not opened');
    return opened;
  }

  async revisions(planId: string, yearText: string, lang: Lang): Promise<ProgrammeRevisionResponse[]> {
    const manager = this.dataSource.manager;
    const { programme } = await programmeOfYear(manager, planId, yearText, lang);
    const rows = await manager.find(ProgrammeRevision, {
      where: { programmeId: programme.id },
      order: { revision: 'ASC' },
    });
    return rows.map(toRevision);
  }

  // Reading and writing

  private async read(planId: string, yearText: string, lang: Lang): Promise<ProgrammeView> {
    const manager = this.dataSource.manager;
    const { plan, programme } = await programmeOfYear(manager, planId, yearText, lang);
    return this.view(manager, plan, programme);
  }

  private async response(manager: EntityManager, plan: Plan, year: number): Promise<ProgrammeResponse> {
    return (await this.view(manager, plan, await findProgramme(manager, plan.id, year))).response;
  }

  /**
   * The findings of the programme's format: the classic rules over its PHs, or the
   * programme-budget rules over its cards (programme-budget-rules.ts).
   */
  private async issues(
    manager: EntityManager,
    plan: Plan,
    programme: Programme,
    view: ProgrammeView,
    lang: Lang,
  ): Promise<ValidationIssue[]> {
    if (programme.format !== 'programme-budget') return programmeIssues(view.facts, lang);
    const rows = await loadBudgetRows(manager, programme.id);
    const budget = toBudgetView({
      plan: { id: plan.id, tolerance: plan.settings?.programmeCostTolerance },
      programme,
      ...rows,
    });
    return budgetIssues(budget.facts, lang);
  }

  /**
   * One write on an existing programme: a transaction with the actor set and the programme row
   * locked; a draft only (409 PP_ACCEPTED, PP_STATUS). The programme-budget cards write through it too.
   */
  async write<R>(
    planId: string,
    yearText: string,
    lang: Lang,
    work: (scope: WriteScope) => Promise<R>,
  ): Promise<R> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      const scope = await this.lock(manager, planId, yearText, lang);
      assertEditable(scope.programme);
      return work(scope);
    });
  }

  /** A write on the classic format's PHs and activities: 409 PP_FORMAT on a programme-budget programme. */
  private classic<R>(
    planId: string,
    yearText: string,
    lang: Lang,
    work: (scope: WriteScope) => Promise<R>,
  ): Promise<R> {
    return this.write(planId, yearText, lang, (scope) => {
      if (scope.programme.format !== 'classic')
        throw new ConflictError('PP_FORMAT', { year: scope.programme.year, format: scope.programme.format });
      return work(scope);
    });
  }

  /** A lifecycle step from `from` (one status or several), else 409 PP_STATUS; answers the programme as the step left it. */
  private async step(
    planId: string,
    yearText: string,
    lang: Lang,
    from: Programme['status'] | ReadonlyArray<Programme['status']>,
    work: (scope: WriteScope) => Promise<void>,
  ): Promise<ProgrammeResponse> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      const scope = await this.lock(manager, planId, yearText, lang);
      if (!(typeof from === 'string' ? [from] : from).includes(scope.programme.status))
        throw new ConflictError('PP_STATUS', { status: scope.programme.status });
      await work(scope);
      return this.response(manager, scope.plan, scope.programme.year);
    });
  }

  private async lock(
    manager: EntityManager,
    planId: string,
    yearText: string,
    lang: Lang,
  ): Promise<WriteScope> {
    const { plan, year, programme } = await this.lockYear(manager, planId, yearText, lang);
    if (!programme) throw new NotFoundError('PROGRAMME_NOT_FOUND', { year });
    return { manager, plan, programme, lang };
  }

  /** The plan (its programmes' rows held) and the year's programme, if any, locked for a write. */
  private async lockYear(
    manager: EntityManager,
    planId: string,
    yearText: string,
    lang: Lang,
  ): Promise<{ plan: Plan; year: number; programme: Programme | null }> {
    const plan = await getPlanOr404(manager, planId);
    const year = yearOf(plan, yearText, lang);
    await lockPlan(manager, plan.id, 'key share');
    const programme = await manager.findOne(Programme, {
      where: { planId: plan.id, year },
      lock: { mode: 'pessimistic_write' },
    });
    return { plan, year, programme };
  }

  private targets(manager: EntityManager, programmeId: string): Promise<ProgrammeTarget[]> {
    return manager.find(ProgrammeTarget, { where: { programmeId }, order: { position: 'ASC' } });
  }

  private activities(manager: EntityManager, programmeId: string): Promise<ProgrammeActivity[]> {
    return manager.find(ProgrammeActivity, { where: { programmeId }, order: { position: 'ASC' } });
  }

  /** PP_TARGET_IN_PLAN at `target`: a target of this plan (by code) that is one of the year's. */
  private async planTargetOfYear(
    manager: EntityManager,
    plan: Plan,
    year: number,
    code: string,
    lang: Lang,
  ): Promise<{ id: string }> {
    const id = (await planTargetsOfYear(manager, plan.id, year, [code])).get(code);
    if (id !== undefined) return { id };
    throw new BadRequestError('PP_TARGET_IN_PLAN', { target: code.slice(0, 64), year }, [
      targetNotInPlan('target', code, year, lang),
    ]);
  }

  private async view(manager: EntityManager, plan: Plan, programme: Programme): Promise<ProgrammeView> {
    const readTargets = () => this.targets(manager, programme.id);
    const readIndicators = () =>
      manager.query<ProgrammeIndicator[]>(
        `SELECT pi.id, pi.programme_target_id AS "programmeTargetId", pi.indicator_id AS "indicatorId",
                pi.entered, pi.explanation, pi.version
           FROM programme_indicators pi JOIN programme_targets pt ON pt.id = pi.programme_target_id
          WHERE pt.programme_id = $1`,
        [programme.id],
      );
    const readActivities = () =>
      manager.query<ProgrammeRows['activities']>(
        `SELECT a.id, a.programme_target_id AS "programmeTargetId", a.code, a.name, a.description, a.budget,
                a.off_budget AS "offBudget", a.position, a.version, a.unit_id AS "unitId",
                u.code AS "unitCode", u.name AS "unitName"
           FROM programme_activities a LEFT JOIN units u ON u.id = a.unit_id
          WHERE a.programme_id = $1 ORDER BY a.position, a.code`,
        [programme.id],
      );
    const readPlanTargets = () =>
      manager.query<PlanTargetRow[]>(
        `SELECT t.id, t.code, t.title, a.code AS "aimCode", t.cost_estimate AS "costEstimate"
           FROM targets t JOIN aims a ON a.id = t.aim_id WHERE t.plan_id = $1`,
        [plan.id],
      );
    const readPlanIndicators = () =>
      manager.query<PlanIndicatorRow[]>(
        `SELECT i.id, i.target_id AS "targetId", i.code, i.name, i.unit, i.value_type AS "valueType",
                i.baseline, i.monitoring_months AS "monitoringMonths",
                COALESCE((SELECT jsonb_object_agg(it.year::text, it.value) FROM indicator_targets it
                           WHERE it.indicator_id = i.id), '{}') AS targets,
                COALESCE((SELECT jsonb_object_agg(v.period, jsonb_build_object('value', v.value)) FROM indicator_values v
                           WHERE v.indicator_id = i.id AND v.status = 'approved'), '{}') AS approved
           FROM indicators i WHERE i.plan_id = $1 ORDER BY i.position`,
        [plan.id],
      );
    const readProgress = () =>
      manager.query<ProgrammeRows['progress']>(
        `SELECT e.activity_id AS "activityId", e.period, e.percent, e.note, e.spending, e.status
           FROM programme_activity_progress_entries e JOIN programme_activities a ON a.id = e.activity_id
          WHERE a.programme_id = $1`,
        [programme.id],
      );
    // Inside a transaction the reads share its one connection, so they go one after the other;
    // outside one (the views and downloads) each takes a pooled connection and they run at once.
    const [targets, indicators, activities, planTargets, planIndicators, progress] =
      manager.queryRunner?.isTransactionActive === true
        ? [
            await readTargets(),
            await readIndicators(),
            await readActivities(),
            await readPlanTargets(),
            await readPlanIndicators(),
            await readProgress(),
          ]
        : await Promise.all([
            readTargets(),
            readIndicators(),
            readActivities(),
            readPlanTargets(),
            readPlanIndicators(),
            readProgress(),
          ]);
    return toProgrammeView({
      plan: {
        id: plan.id,
        startYear: plan.startYear,
        endYear: plan.endYear,
        tolerance: plan.settings?.programmeCostTolerance,
      },
      programme,
      targets,
      indicators,
      activities,
      planTargets,
      planIndicators,
      progress,
    });
  }
}

/** The ids by code of the plan's targets among `codes` that are targets of `year` (targetOfYear). */
export async function planTargetsOfYear(
  manager: EntityManager,
  planId: string,
  year: number,
  codes: readonly string[],
): Promise<Map<string, string>> {
  const rows = await manager.query<
    Array<{ id: string; code: string; years: number[]; costEstimate: Record<string, number> | null }>
  >(
    `SELECT t.id, t.code, t.cost_estimate AS "costEstimate",
            COALESCE((SELECT array_agg(DISTINCT it.year) FROM indicators i JOIN indicator_targets it ON it.indicator_id = i.id
                       WHERE i.target_id = t.id), '{}') AS years
       FROM targets t WHERE t.plan_id = $1 AND t.code = ANY($2)`,
    [planId, [...codes]],
  );
  return new Map(
    rows.filter((row) => targetOfYear(year, row.years, row.costEstimate)).map((row) => [row.code, row.id]),
  );
}

/** PP_TARGET_IN_PLAN at `path`: `code` names no target of the plan for `year`. */
export function targetNotInPlan(path: string, code: string, year: number, lang: Lang): ErrorDetail {
  const params = { target: code.slice(0, 64), year };
  return detail(path, 'PP_TARGET_IN_PLAN', PROGRAMME_TEXTS['PP_TARGET_IN_PLAN.write'][lang](params));
}

/** PP_ACTIVITY_UNIT at `unit`: a unit of the plan's institution, by code; never none. */
export async function activityUnitOf(
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
    detail(
      'unit',
      'PP_ACTIVITY_UNIT',
      PROGRAMME_TEXTS.PP_ACTIVITY_UNIT_WRITE[lang]({ unit: (code ?? '').slice(0, 64) }),
    ),
  ]);
}

/** The plan's programme of `year`, else 404 PROGRAMME_NOT_FOUND. */
async function findProgramme(manager: EntityManager, planId: string, year: number): Promise<Programme> {
  const programme = await manager.findOneBy(Programme, { planId, year });
  if (!programme) throw new NotFoundError('PROGRAMME_NOT_FOUND', { year });
  return programme;
}

/** The plan in the path and its programme of the year in the path (404 PROGRAMME_NOT_FOUND without one). */
export async function programmeOfYear(
  manager: EntityManager,
  planId: string,
  yearText: string,
  lang: Lang,
): Promise<{ plan: Plan; programme: Programme }> {
  const plan = await getPlanOr404(manager, planId);
  return { plan, programme: await findProgramme(manager, plan.id, yearOf(plan, yearText, lang)) };
}

/** The name of the plan's institution, for the title block of a workbook. */
export async function institutionNameOf(manager: EntityManager, plan: Plan): Promise<string> {
  const [{ name }] = await manager.query<Array<{ name: string }>>(
    'SELECT name FROM institutions WHERE id = $1',
    [plan.institutionId],
  );
  return name;
}

/** The year in the path: one of the plan's, else 400 PP_YEAR at `year`. */
export function yearOf(plan: Plan, text: string, lang: Lang): number {
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (year >= plan.startYear && year <= plan.endYear) return year;
  const params = { year: text.slice(0, 16), years: `${plan.startYear}–${plan.endYear}` };
  throw new BadRequestError('PP_YEAR', params, [
    detail('year', 'PP_YEAR', errorMessage('PP_YEAR', params, lang)),
  ]);
}

/** A draft changes; one with the council is 409 PP_STATUS, an accepted (or published) one 409 PP_ACCEPTED. */
function assertEditable(programme: Programme): void {
  if (programme.status === 'accepted' || programme.status === 'published')
    throw new ConflictError('PP_ACCEPTED', { year: programme.year });
  if (programme.status !== 'draft') throw new ConflictError('PP_STATUS', { status: programme.status });
}

/**
 * A programme changes its format only while it holds no rows of the one it leaves (409 PP_FORMAT
 * naming what must be deleted first): rows of a format are never hidden by the other's tables.
 */
async function assertNoRowsOfFormat(manager: EntityManager, programme: Programme, lang: Lang): Promise<void> {
  const [{ held }] = await manager.query<Array<{ held: number }>>(
    programme.format === 'classic'
      ? 'SELECT count(*)::int AS held FROM programme_targets WHERE programme_id = $1'
      : 'SELECT count(*)::int AS held FROM programme_budget_programmes WHERE programme_id = $1',
    [programme.id],
  );
  if (held === 0) return;
  const params = { year: programme.year, format: programme.format, held };
  throw new ConflictError('PP_FORMAT', params, [
    detail('format', 'PP_FORMAT', errorMessage('PP_FORMAT', params, lang)),
  ]);
}

function needProblems(
  value: { budget?: unknown; offBudget?: unknown } | undefined,
  path: string,
  lang: Lang,
): ErrorDetail[] {
  if (value === undefined) return [];
  return [
    ...amountProblems(value.budget, `${path}.budget`, 'economic', lang),
    ...amountProblems(value.offBudget, `${path}.offBudget`, 'offBudget', lang),
  ];
}

function needOf(
  value: { budget?: Record<string, number>; offBudget?: Record<string, number> } | undefined,
): ResourceNeed {
  return { budget: value?.budget ?? {}, offBudget: value?.offBudget ?? {} };
}

/** An activity's costs: PP_ECONOMIC_CODE, PP_NEGATIVE_COST or VALIDATION_FAILED at their fields. */
function assertCosts(dto: { budget?: unknown; offBudget?: unknown }, lang: Lang): void {
  const problems = [
    ...amountProblems(dto.budget, 'budget', 'economic', lang),
    ...amountProblems(dto.offBudget, 'offBudget', 'offBudget', lang),
  ];
  if (problems.length > 0) throw new BadRequestError(refusalCode(problems), {}, problems);
}

function detail(path: string, code: string, message: string): ErrorDetail {
  return { path, code, message };
}

/** A PH by its code (404 PROGRAMME_TARGET_NOT_FOUND), or with `path` a 400 PP_TARGET_IN_PLAN at that field. */
function findTarget(targets: readonly ProgrammeTarget[], code: string, path?: string): ProgrammeTarget {
  const row = targets.find((item) => item.code === code);
  if (row) return row;
  if (path === undefined) throw new NotFoundError('PROGRAMME_TARGET_NOT_FOUND', { code: code.slice(0, 64) });
  const params = { code: code.slice(0, 64) };
  throw new BadRequestError('VALIDATION_FAILED', {}, [
    detail(path, 'PROGRAMME_TARGET_NOT_FOUND', errorMessage('PROGRAMME_TARGET_NOT_FOUND', params)),
  ]);
}

/** The next free code `PH3`, `F07`: one above the highest number in use among `rows`. */
function nextCode(prefix: string, rows: ReadonlyArray<{ code: string }>, digits: number): string {
  const numbers = rows
    .map(({ code }) => new RegExp(`^${prefix}(\\d+)$`).exec(code)?.[1])
    .filter((number): number is string => number !== undefined)
    .map(Number);
  return `${prefix}${String(Math.max(0, ...numbers) + 1).padStart(digits, '0')}`;
}

/** 409 CODE_TAKEN at `code` when a sibling other than `self` has it. */
export function assertCodeFree(
  rows: ReadonlyArray<{ id: string; code: string }>,
  code: string,
  self: string | null,
): void {
  if (rows.some((row) => row.code === code && row.id !== self))
    throw new ConflictError('CODE_TAKEN', { code }, [
      detail('code', 'CODE_TAKEN', errorMessage('CODE_TAKEN', { code })),
    ]);
}

/** 400 DATE_ORDER at `date` when a step is dated before the step it follows. */
function assertNotBefore(date: string, previous: string | null, lang: Lang): void {
  if (previous !== null && date < previous)
    throw new BadRequestError('DATE_ORDER', {}, [
      detail('date', 'DATE_ORDER', errorMessage('DATE_ORDER', {}, lang)),
    ]);
}

/** A new row goes after its siblings. */
export const nextPosition = (rows: ReadonlyArray<{ position: number }>): number =>
  Math.max(0, ...rows.map((row) => row.position)) + 1;

/** The columns that make a row the plan's (and its institution's). */
export const ownerOf = (plan: Plan): { institutionId: string; planId: string } => ({
  institutionId: plan.institutionId,
  planId: plan.id,
});

/** One plan target is pursued by one PH of a programme: 409 DUPLICATE at `target`. */
function assertTargetFree(targets: readonly ProgrammeTarget[], targetId: string, self: string | null): void {
  if (!targets.some((row) => row.targetId === targetId && row.id !== self)) return;
  const constraint = 'programme_targets_programme_id_target_id_key';
  throw new ConflictError('DUPLICATE', { constraint }, [
    detail('target', 'DUPLICATE', errorMessage('DUPLICATE', { constraint })),
  ]);
}

function toRevision(row: ProgrammeRevision): ProgrammeRevisionResponse {
  const { budget, ...accepted } = row.accepted;
  return {
    revision: row.revision,
    reason: row.reason,
    openedAt: row.createdAt.toISOString(),
    accepted,
    acceptedBudget: budget ?? null,
  };
}
