import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { IndicatorValueResponse } from '../../contracts/resources.js';
import type { Lang } from '../../contracts/validation.js';
import type {
  ApprovalItem,
  ApprovalResult,
  ApprovalsRequest,
  ApprovalsResponse,
  ValueStatus,
} from '../../contracts/workflow.js';
import { AppError, BadRequestError, ConflictError, NotFoundError } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { type Actor, setActor } from '../../database/actor.js';
import { assertPeriodOpen } from '../periods/periods.service.js';
import { lockPlan } from '../plans/plan-editor.service.js';
import { Plan } from '../plans/plan.entity.js';
import type {
  CorrectValueDto,
  PutValueDto,
  ReturnValueDto,
  ValueTransitionDto,
} from './dto/indicator.dto.js';
import { IndicatorTarget } from './indicator-target.entity.js';
import { IndicatorValue } from './indicator-value.entity.js';
import { Indicator } from './indicator.entity.js';
import { toIndicatorValueResponse } from './indicator.mapper.js';
import { effectiveStatus } from '../plans/plan-document.mapper.js';
import {
  blankToNull,
  deviationReasonMessage,
  entryPeriodProblem,
  missingDeviationReasons,
  selfApprovalProblem,
} from './value-rules.js';

interface Loaded {
  plan: Plan;
  indicator: Indicator;
}

/** One entry inside its locked plan: the row is null when nothing was entered yet. */
interface Entry extends Loaded {
  manager: EntityManager;
  period: string;
  row: IndicatorValue | null;
}

/**
 * Entries of an indicator per entry period (domain.md 4.3) and their workflow (domain.md 6):
 * draft → submitted → approved, or returned to the unit with a comment; corrections after
 * approval keep the original. Each transition is its own method, so it can be guarded by role.
 *
 * Locking: a step on one entry holds the plan row `FOR KEY SHARE` and the indicator row
 * `FOR NO KEY UPDATE`, so steps on one indicator run one after another (DEVIATION_REASON reads
 * all of its entries: a kumulatif C sums them) while entries of other indicators run side by
 * side. Everything that changes what an entry depends on (plan edits and lifecycle, opening and
 * closing periods, bulk approval, the values workbook) takes the plan row `FOR UPDATE`
 * (`lockPlan`), which waits for the entries in flight and makes new ones wait: a period is never
 * closed under an entry being written into it. The key-share lock does not conflict with the
 * `content_version` update the value triggers make on the plan row, so entries never deadlock on it.
 */
@Injectable()
export class IndicatorValuesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listValues(planId: string, code: string): Promise<IndicatorValueResponse[]> {
    const { indicator } = await this.load(this.dataSource.manager, planId, code);
    const rows = await this.dataSource.manager.find(IndicatorValue, {
      where: { indicatorId: indicator.id },
      order: { period: 'ASC' },
    });
    return rows.map(toIndicatorValueResponse);
  }

  /**
   * Creates or updates the draft of one period (a returned value goes back to draft); answers
   * whether it was created. Submitted and approved values are locked (409 VALUE_LOCKED).
   */
  async putValue(
    planId: string,
    code: string,
    period: string,
    dto: PutValueDto,
    actor: Actor | null,
    lang: Lang,
  ): Promise<{ created: boolean; value: IndicatorValueResponse }> {
    return this.withEntry(planId, code, period, actor, null, lang, async (entry) => {
      await assertPeriodOpen(entry.manager, entry.plan, period, lang);
      assertVersion(entry.indicator.code, period, entry.row, dto.version);
      if (entry.row) assertUnlocked(entry.row);
      const fields = {
        value: dto.value,
        note: dto.note ?? null,
        deviationReason: blankToNull(dto.deviationReason),
        evidenceUrl: dto.evidenceUrl ?? null,
        status: 'draft' as const,
        enteredBy: actor?.id ?? null,
      };
      if (entry.row) {
        await entry.manager.update(
          IndicatorValue,
          { id: entry.row.id },
          { ...fields, version: entry.row.version + 1 },
        );
      } else {
        await entry.manager.insert(IndicatorValue, {
          institutionId: entry.plan.institutionId,
          planId: entry.plan.id,
          indicatorId: entry.indicator.id,
          period,
          ...fields,
        });
      }
      return { created: !entry.row, value: await reload(entry) };
    });
  }

  /** Deletes a draft or returned entry. */
  async deleteValue(
    planId: string,
    code: string,
    period: string,
    actor: Actor | null,
    lang: Lang,
  ): Promise<void> {
    await this.withEntry(planId, code, period, actor, null, lang, async (entry) => {
      await assertPeriodOpen(entry.manager, entry.plan, period, lang);
      const row = existing(entry);
      assertUnlocked(row);
      await entry.manager.delete(IndicatorValue, { id: row.id });
    });
  }

  /** draft | returned → submitted; DEVIATION_REASON is checked here for year-end entries. */
  async submitValue(
    planId: string,
    code: string,
    period: string,
    dto: ValueTransitionDto,
    actor: Actor | null,
    lang: Lang,
  ): Promise<IndicatorValueResponse> {
    return this.withEntry(planId, code, period, actor, null, lang, async (entry) => {
      await assertPeriodOpen(entry.manager, entry.plan, period, lang);
      const row = existing(entry);
      assertVersion(entry.indicator.code, period, row, dto.version);
      assertStatus(row, ['draft', 'returned'], 'submit');
      await assertDeviationReasons(entry.manager, entry.plan, entry.indicator, period, lang);
      await entry.manager.update(
        IndicatorValue,
        { id: row.id },
        {
          status: 'submitted',
          submittedBy: actor?.id ?? null,
          submittedAt: new Date(),
          version: row.version + 1,
        },
      );
      return reload(entry);
    });
  }

  /** submitted → approved, by someone who neither entered nor submitted it (409 SELF_APPROVAL). */
  async approveValue(
    planId: string,
    code: string,
    period: string,
    dto: ValueTransitionDto,
    actor: Actor | null,
    lang: Lang,
  ): Promise<IndicatorValueResponse> {
    return this.withEntry(planId, code, period, actor, null, lang, (entry) =>
      approve(entry, dto.version, actor, lang),
    );
  }

  /** submitted → returned to the unit with the planner's comment. */
  async returnValue(
    planId: string,
    code: string,
    period: string,
    dto: ReturnValueDto,
    actor: Actor | null,
    lang: Lang,
  ): Promise<IndicatorValueResponse> {
    return this.withEntry(planId, code, period, actor, dto.comment, lang, async (entry) => {
      await assertPeriodOpen(entry.manager, entry.plan, period, lang);
      const row = existing(entry);
      assertVersion(entry.indicator.code, period, row, dto.version);
      assertStatus(row, ['submitted'], 'return');
      await entry.manager.update(
        IndicatorValue,
        { id: row.id },
        { status: 'returned', returnComment: dto.comment, version: row.version + 1 },
      );
      return reload(entry);
    });
  }

  /**
   * Corrects an approved value, also in a closed period: the first approved value is kept as
   * originalValue, the reason is stored and audited, and the value is marked revised.
   */
  async correctValue(
    planId: string,
    code: string,
    period: string,
    dto: CorrectValueDto,
    actor: Actor | null,
    lang: Lang,
  ): Promise<IndicatorValueResponse> {
    return this.withEntry(planId, code, period, actor, dto.reason, lang, async (entry) => {
      const row = existing(entry);
      assertVersion(entry.indicator.code, period, row, dto.version);
      assertStatus(row, ['approved'], 'correct');
      await entry.manager.update(
        IndicatorValue,
        { id: row.id },
        {
          value: dto.value,
          originalValue: row.originalValue ?? row.value,
          correctionReason: dto.reason,
          revised: true,
          ...(dto.deviationReason !== undefined ? { deviationReason: blankToNull(dto.deviationReason) } : {}),
          ...(dto.note !== undefined ? { note: dto.note } : {}),
          ...(dto.evidenceUrl !== undefined ? { evidenceUrl: dto.evidenceUrl } : {}),
          version: row.version + 1,
        },
      );
      // DEVIATION_REASON still holds for the corrected value (and, for kumulatif, later years).
      await assertDeviationReasons(entry.manager, entry.plan, entry.indicator, period, lang);
      return reload(entry);
    });
  }

  /** Approves many submitted values at once, all or nothing; every refused item is listed. */
  async approveMany(
    planId: string,
    dto: ApprovalsRequest,
    actor: Actor | null,
    lang: Lang,
  ): Promise<ApprovalsResponse> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager, actor);
      // The whole plan, exclusively: many indicators at once, never interleaved with single steps.
      if (isUuid(planId)) await lockPlan(manager, planId);
      const results: ApprovalResult[] = [];
      const failures: Array<{ index: number; item: ApprovalItem; error: AppError }> = [];
      for (const [index, item] of dto.items.entries()) {
        try {
          const loaded = await this.load(manager, planId, item.indicator);
          assertPlanNotClosed(loaded.plan);
          assertEntryPeriod(loaded.plan, loaded.indicator, item.period, lang);
          const row = await manager.findOneBy(IndicatorValue, {
            indicatorId: loaded.indicator.id,
            period: item.period,
          });
          const entry: Entry = { ...loaded, manager, period: item.period, row };
          results.push({ indicator: item.indicator, value: await approve(entry, item.version, actor, lang) });
        } catch (error) {
          // A plan that does not exist fails every item alike.
          if (!(error instanceof AppError) || error.code === 'PLAN_NOT_FOUND') throw error;
          failures.push({ index, item, error });
        }
      }
      if (failures.length > 0) throw bulkFailure(failures, dto.items.length, lang);
      return { action: dto.action, results };
    });
  }

  /**
   * One transaction: who and why for the audit trail, the plan row shared and the indicator row
   * locked (see the class comment), the entry loaded.
   */
  private withEntry<T>(
    planId: string,
    code: string,
    period: string,
    actor: Actor | null,
    reason: string | null,
    lang: Lang,
    work: (entry: Entry) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager, actor, reason);
      if (isUuid(planId)) await sharePlan(manager, planId);
      const loaded = await this.load(manager, planId, code, true);
      assertPlanNotClosed(loaded.plan);
      assertEntryPeriod(loaded.plan, loaded.indicator, period, lang);
      const row = await manager.findOneBy(IndicatorValue, { indicatorId: loaded.indicator.id, period });
      return work({ ...loaded, manager, period, row });
    });
  }

  private async load(manager: EntityManager, planId: string, code: string, lock = false): Promise<Loaded> {
    const plan = isUuid(planId) ? await manager.findOneBy(Plan, { id: planId }) : null;
    if (!plan) throw new NotFoundError('PLAN_NOT_FOUND', `Plan ${planId} not found`);
    const indicator = await manager.findOne(Indicator, {
      where: { planId, code },
      ...(lock ? { lock: { mode: 'for_no_key_update' as const } } : {}),
    });
    if (!indicator)
      throw new NotFoundError('INDICATOR_NOT_FOUND', `Indicator ${code} not found in plan ${planId}`);
    return { plan, indicator };
  }
}

/**
 * The plan row FOR KEY SHARE: entries of different indicators share it, while whoever takes it
 * FOR UPDATE (lockPlan) waits for them and they for it. 404 PLAN_NOT_FOUND when there is none.
 */
async function sharePlan(manager: EntityManager, planId: string): Promise<void> {
  const rows = await manager.query<unknown[]>('SELECT id FROM plans WHERE id = $1 FOR KEY SHARE', [planId]);
  if (rows.length === 0) throw new NotFoundError('PLAN_NOT_FOUND', `Plan ${planId} not found`);
}

async function approve(
  entry: Entry,
  version: number | undefined,
  actor: Actor | null,
  lang: Lang,
): Promise<IndicatorValueResponse> {
  await assertPeriodOpen(entry.manager, entry.plan, entry.period, lang);
  const row = existing(entry);
  assertVersion(entry.indicator.code, entry.period, row, version);
  assertStatus(row, ['submitted'], 'approve');
  const selfApproval = selfApprovalProblem(row, entry.indicator.code, actor?.id ?? null, lang);
  if (selfApproval) {
    throw new ConflictError('SELF_APPROVAL', selfApproval, undefined, toIndicatorValueResponse(row));
  }
  await entry.manager.update(
    IndicatorValue,
    { id: row.id },
    {
      status: 'approved',
      approvedBy: actor?.id ?? null,
      approvedAt: new Date(),
      returnComment: null,
      version: row.version + 1,
    },
  );
  return reload(entry);
}

function existing(entry: Entry): IndicatorValue {
  if (!entry.row)
    throw new NotFoundError(
      'VALUE_NOT_FOUND',
      `Indicator ${entry.indicator.code} has no entry for ${entry.period}`,
    );
  return entry.row;
}

async function reload(entry: Entry): Promise<IndicatorValueResponse> {
  const row = await entry.manager.findOneByOrFail(IndicatorValue, {
    indicatorId: entry.indicator.id,
    period: entry.period,
  });
  return toIndicatorValueResponse(row);
}

/** A closed plan (kapandı) takes no more values, approvals or corrections. */
export function assertPlanNotClosed(plan: Plan): void {
  if (effectiveStatus(plan) === 'kapandi') {
    throw new ConflictError('PLAN_CLOSED', `Plan ${plan.title} is closed; its values can no longer change`);
  }
}

/** Optimistic concurrency: a write based on another version answers 409 with the value as it is now. */
export function assertVersion(
  code: string,
  period: string,
  row: IndicatorValue | null,
  version: number | undefined,
): void {
  if (version === undefined || row?.version === version) return;
  const now = row ? `version ${row.version}` : 'no entry';
  throw new ConflictError(
    'STALE_VERSION',
    `${code} ${period} changed since version ${version} (now ${now}): reload and try again`,
    undefined,
    row ? toIndicatorValueResponse(row) : null,
  );
}

/** Submitted and approved values change only through the workflow (approve, return, correct). */
export function assertUnlocked(row: IndicatorValue): void {
  if (row.status !== 'submitted' && row.status !== 'approved') return;
  throw new ConflictError(
    'VALUE_LOCKED',
    `The value of ${row.period} is ${row.status} and cannot be changed` +
      (row.status === 'approved' ? ': correct it with a reason' : ': the planner approves or returns it'),
    undefined,
    toIndicatorValueResponse(row),
  );
}

function assertStatus(row: IndicatorValue, allowed: ValueStatus[], action: string): void {
  if (allowed.includes(row.status)) return;
  throw new ConflictError(
    'VALUE_STATUS',
    `Cannot ${action} the value of ${row.period}: it is ${row.status} (needs ${allowed.join(' or ')})`,
    undefined,
    toIndicatorValueResponse(row),
  );
}

function bulkFailure(
  failures: Array<{ index: number; item: ApprovalItem; error: AppError }>,
  total: number,
  lang: Lang,
): AppError {
  const first = failures[0].error;
  const message =
    lang === 'en'
      ? `Nothing was approved: ${failures.length} of ${total} item(s) cannot be approved (${first.message})`
      : `Hiçbir değer onaylanmadı: ${total} kalemden ${failures.length} tanesi onaylanamıyor (${first.message})`;
  const details = failures.map(({ index, item, error }) => ({
    path: `items[${index}]`,
    code: error.code,
    message: `${item.indicator} ${item.period}: ${error.message}`,
  }));
  return first instanceof ConflictError
    ? new ConflictError(first.code, message, details, first.current)
    : new AppError(first.statusCode, first.code, message, details);
}

/** 400 VALUE_PERIOD unless `period` is an entry period of the indicator inside the plan years. */
export function assertEntryPeriod(plan: Plan, indicator: Indicator, period: string, lang: Lang): void {
  const message = entryPeriodProblem(plan, indicator, period, lang);
  if (message === null) return;
  throw new BadRequestError('VALUE_PERIOD', message, [{ path: 'period', code: 'VALUE_PERIOD', message }]);
}

/** 400 DEVIATION_REASON with a detail per year-end entry that lacks its reason. */
export function deviationReasonError(missing: string[], lang: Lang): BadRequestError {
  const message = deviationReasonMessage(missing, lang);
  return new BadRequestError(
    'DEVIATION_REASON',
    message,
    missing.map((period) => ({
      path: `values["${period}"].deviationReason`,
      code: 'DEVIATION_REASON',
      message,
    })),
  );
}

/** DEVIATION_REASON for `subject` as it is stored now (see missingDeviationReasons). */
async function assertDeviationReasons(
  manager: EntityManager,
  plan: Plan,
  indicator: Indicator,
  subject: string,
  lang: Lang,
): Promise<void> {
  const [values, targets] = await Promise.all([
    manager.find(IndicatorValue, { where: { indicatorId: indicator.id } }),
    manager.find(IndicatorTarget, { where: { indicatorId: indicator.id } }),
  ]);
  const missing = missingDeviationReasons(
    plan,
    {
      baseline: indicator.baseline,
      valueType: indicator.valueType,
      monitoringMonths: indicator.monitoringMonths,
      targets: Object.fromEntries(targets.map((row) => [String(row.year), row.value])),
      entries: values,
    },
    subject,
  );
  if (missing.length > 0) throw deviationReasonError(missing, lang);
}
