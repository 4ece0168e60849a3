import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { BadRequestError, ConflictError, NotFoundError } from '../../common/app-error.js';
import { errorMessage, type MessageParams } from '../../common/messages/index.js';
import type { ErrorCode } from '../../contracts/error-codes.js';
import { currentActor } from '../../common/request-context.js';
import type { RequestUser } from '../../common/request-user.js';
import {
  CARD_LIST_FIELDS,
  type PlanVersionResponse,
  type VersionDiffLine,
} from '../../contracts/plan-versions.js';
import type { Lang } from '../../contracts/validation.js';
import { setActor } from '../../database/actor.js';
import { Indicator } from '../indicators/indicator.entity.js';
import type { ApproveUpdateDto, PlanUpdateDto, RejectUpdateDto } from './dto/plan-update.dto.js';
import { istanbulDate } from '../../common/clock.js';
import { effectiveStatus } from './plan-lifecycle.js';
import { toPlanDocument, type PlanRows } from './plan-document.mapper.js';
import { PlanEditorService } from './plan-editor.service.js';
import { assertDocumentKeepsRules } from './plan-guards.js';
import { getPlanOr404, lockPlan, storedRows, writeRowChanges } from './plan-storage.repository.js';
import {
  applyUpdate,
  changeKey,
  checkUpdate,
  type UpdateChanges,
  type UpdateContext,
  type UpdateRequest,
  updateRowChanges,
} from './plan-updates.js';
import { PlanVersion } from './plan-version.entity.js';
import { firstVersion, toDiffLines, toVersionResponse } from './plan-version.mapper.js';
import { Plan } from './plan.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';

/**
 * Plan updates (güncelleme, domain.md 6): a planner proposes a new version; the institution's
 * administrator (the mayor's office, "Mayor approves updates") approves it, and only then do its
 * changes replace the current yearly targets, weights and target card fields for the remaining
 * years, and its indicators join their targets. Earlier years keep theirs: the old values stay in
 * plan_versions, so each year's progress is computed against the version in force for it.
 */
@Injectable()
export class PlanVersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editor: PlanEditorService,
    private readonly notifications: NotificationsService,
  ) {}

  /** A proposed version: checked as if it took effect now, nothing of the plan changed yet. */
  async proposeUpdate(
    planId: string,
    dto: PlanUpdateDto,
    user: RequestUser | null,
    lang: Lang,
  ): Promise<PlanVersionResponse> {
    // lifecycle: a closed plan reaches the status check below and gets PLAN_STATUS.
    const version = await this.editor.edit(
      planId,
      lang,
      async (manager, rows) => {
        assertInForce(rows, lang);
        const pending = await manager.findOneBy(PlanVersion, { planId, status: 'proposed' });
        if (pending) {
          throw versionConflict('UPDATE_PENDING', { number: pending.number }, pending, lang);
        }
        const request: UpdateRequest = {
          effectiveYear: dto.effectiveYear,
          targets: dto.targets,
          weights: dto.weights,
          indicators: dto.indicators?.map((item) => ({ ...item, targets: { ...item.targets } })),
          cards: dto.cards,
        };
        const changes = await this.check(manager, rows, request, lang, 'proposal');
        const document = toPlanDocument(rows);
        assertDocumentKeepsRules(document, applyUpdate(document, changes, dto.effectiveYear), lang);
        const [{ last }] = await manager.query<Array<{ last: number | null }>>(
          'SELECT max(number) AS last FROM plan_versions WHERE plan_id = $1',
          [planId],
        );
        const saved = manager.create(PlanVersion, {
          institutionId: rows.plan.institutionId,
          planId,
          number: (last ?? 1) + 1,
          status: 'proposed',
          effectiveYear: dto.effectiveYear,
          reason: dto.reason,
          decisionDate: dto.decisionDate ?? null,
          decisionNumber: dto.decisionNumber ?? null,
          createdBy: user?.id ?? null,
          request: plain({
            targets: request.targets,
            weights: request.weights,
            indicators: request.indicators,
            cards: request.cards,
          }),
          ...changeColumns(changes),
        });
        const proposal = await manager.save(saved);
        // The administrator puts an update in force (approveUpdate): the admins hear of it.
        await this.notifications.notifyRoles(
          manager,
          ['admin'],
          {
            institutionId: rows.plan.institutionId,
            kind: 'update-to-approve',
            eventKey: `update-to-approve:${proposal.id}`,
            eventDay: istanbulDate(),
            params: { plan: rows.plan.title, effectiveYear: dto.effectiveYear, reason: dto.reason },
            link: `#/plans/${planId}/versions/${proposal.number}`,
          },
          user?.id ?? null,
        );
        return proposal;
      },
      { lifecycle: true },
    );
    return toVersionResponse(version);
  }

  /**
   * The administrator puts a proposal in force: its changes are computed again against the plan
   * as it is now and written, under the plan rules. Nobody approves their own proposal.
   */
  async approveUpdate(
    planId: string,
    number: number,
    dto: ApproveUpdateDto,
    user: RequestUser,
    lang: Lang,
  ): Promise<PlanVersionResponse> {
    const version = await this.editor.edit(
      planId,
      lang,
      async (manager, rows) => {
        const proposal = await getProposal(manager, planId, number, lang);
        // Four eyes, as for values (409 SELF_APPROVAL): the proposer never puts it in force.
        if (proposal.createdBy === user.id) {
          throw versionConflict('SELF_APPROVAL', { update: 1 }, proposal, lang);
        }
        assertInForce(rows, lang);
        const date = dto.date ?? istanbulDate();
        const proposedOn = istanbulDate(proposal.createdAt);
        if (date < proposedOn) {
          const message = errorMessage('DATE_ORDER', { date, proposedOn }, lang);
          throw new BadRequestError('DATE_ORDER', message, [{ path: 'date', code: 'DATE_ORDER', message }]);
        }
        // The update's reason goes into the audit entries of what it changes.
        await setActor(manager, currentActor(), proposal.reason);
        const changes = await this.check(
          manager,
          rows,
          { effectiveYear: proposal.effectiveYear, ...(proposal.request ?? {}) },
          lang,
          'approval',
        );
        await writeRowChanges(
          manager,
          rows.plan,
          updateRowChanges(storedRows(rows), changes, proposal.effectiveYear, randomUUID),
        );
        await manager.update(
          PlanVersion,
          { id: proposal.id },
          {
            status: 'approved',
            decidedBy: user.id,
            decidedAt: new Date(),
            effectiveDate: date,
            ...changeColumns(changes),
          },
        );
        return manager.findOneByOrFail(PlanVersion, { id: proposal.id });
      },
      { lifecycle: true },
    );
    return toVersionResponse(version);
  }

  /** The administrator turns a proposal down; the plan does not change. */
  async rejectUpdate(
    planId: string,
    number: number,
    dto: RejectUpdateDto,
    user: RequestUser,
    lang: Lang,
  ): Promise<PlanVersionResponse> {
    const version = await this.dataSource.transaction(async (manager) => {
      await lockPlan(manager, planId);
      const proposal = await getProposal(manager, planId, number, lang);
      await manager.update(
        PlanVersion,
        { id: proposal.id },
        { status: 'rejected', decidedBy: user.id, decidedAt: new Date(), rejectionReason: dto.reason },
      );
      return manager.findOneByOrFail(PlanVersion, { id: proposal.id });
    });
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

  /** What version `number` changes against the previous version (none for 1). */
  async diff(planId: string, number: number): Promise<VersionDiffLine[]> {
    await this.getPlan(planId);
    if (number === 1) return [];
    const version = await this.dataSource.manager.findOneBy(PlanVersion, { planId, number });
    if (!version) throw versionNotFound(number);
    const indicators = await this.dataSource.manager.find(Indicator, { where: { planId } });
    return toDiffLines(version, new Map(indicators.map((indicator) => [indicator.code, indicator.name])));
  }

  /** UPDATE_RULES against the plan as it is and its approved versions. */
  private async check(
    manager: EntityManager,
    rows: PlanRows,
    request: UpdateRequest,
    lang: Lang,
    stage: 'proposal' | 'approval',
  ): Promise<UpdateChanges> {
    const outcome = checkUpdate(request, await updateContext(manager, rows), lang);
    if (outcome.ok) return outcome.changes;
    if (stage === 'proposal') {
      throw new BadRequestError(
        'UPDATE_RULES',
        errorMessage('UPDATE_RULES', { count: outcome.details.length }, lang),
        outcome.details,
      );
    }
    // The plan moved on since the proposal (a period closed, another update came into force).
    throw new ConflictError(
      'UPDATE_OUTDATED',
      errorMessage('UPDATE_OUTDATED', { count: outcome.details.length }, lang),
      outcome.details,
    );
  }

  private async getPlan(planId: string): Promise<Plan> {
    const plan = await getPlanOr404(this.dataSource.manager, planId);
    return plan;
  }
}

function assertInForce(rows: PlanRows, lang: Lang): void {
  const status = effectiveStatus(rows.plan);
  if (status === 'yururlukte') return;
  throw new ConflictError('PLAN_STATUS', errorMessage('PLAN_STATUS', { status, case: 'update' }, lang));
}

/** 409 `code` with the version in the way (the pending proposal, the proposal itself) as its body's `current`. */
function versionConflict(
  code: ErrorCode,
  params: MessageParams,
  version: PlanVersion | null,
  lang: Lang,
): ConflictError {
  const current = version ? toVersionResponse(version) : undefined;
  return new ConflictError(code, errorMessage(code, params, lang), undefined, current);
}

function versionNotFound(number: number): NotFoundError {
  return new NotFoundError('PLAN_VERSION_NOT_FOUND', { number: number });
}

/** The version `number`, locked, which must still be a proposal (409 VERSION_STATUS otherwise). */
async function getProposal(
  manager: EntityManager,
  planId: string,
  number: number,
  lang: Lang,
): Promise<PlanVersion> {
  const version = await manager.findOne(PlanVersion, {
    where: { planId, number },
    lock: { mode: 'pessimistic_write' },
  });
  if (number === 1 || version?.status === 'approved' || version?.status === 'rejected') {
    const status = version?.status ?? 'approved';
    throw versionConflict('VERSION_STATUS', { number, status }, version, lang);
  }
  if (!version) throw versionNotFound(number);
  return version;
}

/** The plan as UPDATE_RULES reads it: cards, indicators, closed years and approved versions. */
async function updateContext(manager: EntityManager, rows: PlanRows): Promise<UpdateContext> {
  const closed = await manager.query<Array<{ year: number }>>(
    `SELECT DISTINCT substring(period from 1 for 4)::int AS year
       FROM assessment_periods WHERE plan_id = $1 AND status = 'closed'`,
    [rows.plan.id],
  );
  const approved = await manager.find(PlanVersion, {
    where: { planId: rows.plan.id, status: 'approved' },
    order: { number: 'ASC' },
  });
  const targetCode = new Map(rows.targets.map((target) => [target.id, target.code]));
  const yearly = new Map<string, Map<number, number>>();
  for (const row of rows.yearlyTargets) {
    const map = yearly.get(row.indicatorId) ?? new Map<number, number>();
    map.set(row.year, Number(row.value));
    yearly.set(row.indicatorId, map);
  }
  return {
    startYear: rows.plan.startYear,
    endYear: rows.plan.endYear,
    closedYears: closed.map((row) => row.year),
    lastEffectiveYear: approved.at(-1)?.effectiveYear ?? null,
    indicators: new Map(
      rows.indicators.map((indicator) => [
        indicator.code,
        {
          target: targetCode.get(indicator.targetId) ?? '',
          weight: Number(indicator.weight),
          targets: yearly.get(indicator.id) ?? new Map(),
        },
      ]),
    ),
    targets: new Map(
      rows.targets.map((target) => [
        target.code,
        {
          costEstimate: target.costEstimate,
          lists: Object.fromEntries(CARD_LIST_FIELDS.map((field) => [field, target[field]])) as Record<
            (typeof CARD_LIST_FIELDS)[number],
            string[] | null
          >,
        },
      ]),
    ),
    codes: new Set([...rows.aims, ...rows.targets, ...rows.indicators].map((item) => item.code)),
    alreadyChanged: new Set(
      approved.flatMap((version) => [
        ...version.changes.map((change) => changeKey(change.indicator, change.year)),
        // An added indicator's targets were set by that update: they too change only once.
        ...version.addedIndicators.flatMap((item) =>
          Object.keys(item.targets).map((year) => changeKey(item.code, Number(year))),
        ),
      ]),
    ),
  };
}

function changeColumns(
  changes: UpdateChanges,
): Pick<PlanVersion, 'changes' | 'weightChanges' | 'addedIndicators' | 'cardChanges'> {
  return {
    changes: changes.targets,
    weightChanges: changes.weights,
    addedIndicators: plain(changes.indicators),
    cardChanges: changes.cards,
  };
}

/** A JSON copy: DTO class instances become plain objects for jsonb. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
