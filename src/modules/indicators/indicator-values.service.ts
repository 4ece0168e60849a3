import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { IndicatorValueResponse } from '../../contracts/resources.js';
import type { Lang } from '../../contracts/validation.js';
import type {
  ApprovalItem,
  ApprovalResult,
  ApprovalsRequest,
  ApprovalsResponse,
  ValueStatus,
} from '../../contracts/workflow.js';
import {
  AppError,
  BadRequestError,
  ConflictError,
  indicatorNotFound,
  NotFoundError,
  planNotFound,
} from '../../common/app-error.js';
import { errorMessage } from '../../common/messages/index.js';
import { isUuid } from '../../common/ids.js';
import type { CodeCall } from '../../common/routes.js';
import { type Actor, actorStatement, setActor } from '../../database/actor.js';
import { inlined, literal, readThenWrite, type Statement } from '../../database/query-batch.js';
import {
  assertPeriodOpen,
  assertPeriodRowOpen,
  assessmentPeriodRead,
  type AssessmentPeriodRow,
} from '../periods/period-gate.repository.js';
import { columnsOf, getPlanOr404, lockPlan } from '../plans/plan-storage.repository.js';
import { Plan } from '../plans/plan.entity.js';
import type {
  CorrectionDecisionDto,
  CorrectValueDto,
  PutValueDto,
  RejectCorrectionDto,
  ReturnValueDto,
  ValueTransitionDto,
} from './dto/indicator.dto.js';
import { IndicatorTarget } from './indicator-target.entity.js';
import { IndicatorValue } from './indicator-value.entity.js';
import { Indicator } from './indicator.entity.js';
import { toIndicatorValueResponse, toValueCorrectionResponse } from './indicator.mapper.js';
import { ValueCorrection } from './value-correction.entity.js';
import { DEFAULT_PLAUSIBILITY, hasNote, implausibleDetail, judgePlausibility } from './plausibility.js';
import {
  assertEntryPeriod,
  assertPlanNotClosed,
  assertStatus,
  assertUnlocked,
  assertVersion,
  deviationReasonError,
  STEP_FROM,
} from './value-guards.js';
import {
  blankToNull,
  closedCorrectionStatus,
  correctedFields,
  correctionSelfApprovalProblem,
  missingDeviationReasons,
  selfApprovalProblem,
} from './value-rules.js';
import { detailMessage } from '../../common/messages/detail-messages.js';
import { istanbulDate } from '../../common/clock.js';
import { NotificationsService } from '../notifications/notifications.service.js';

/** An entry's place (plan, indicator code, entry period) and who asks for the step. */
export interface EntryCall extends CodeCall {
  period: string;
}

interface Loaded {
  plan: Plan;
  indicator: Indicator;
}

/**
 * One entry inside its locked plan: the row is null when nothing was entered yet; `pending` is the
 * correction waiting for a second person (only an approved value has one).
 */
interface Entry extends Loaded {
  manager: EntityManager;
  period: string;
  row: IndicatorValue | null;
  pending: ValueCorrection | null;
}

/**
 * Entries of an indicator per entry period (domain.md 4.3) and their workflow (domain.md 6):
 * draft → submitted → approved, or returned to the unit with a comment. A correction after
 * approval is proposed by one person and applied when another approves it (four eyes), keeping
 * the original. Each transition is its own method, so it can be guarded by role.
 *
 * Locking: a step on one entry holds the plan row `FOR KEY SHARE` and the indicator row
 * `FOR NO KEY UPDATE`, so steps on one indicator run one after another (DEVIATION_REASON reads
 * all of its entries: a kumulatif C sums them) while entries of other indicators run side by
 * side. Everything that changes what an entry depends on (plan edits and lifecycle, opening and
 * closing periods, bulk approval, the values workbook) takes the plan row `FOR UPDATE`
 * (`lockPlan`), which waits for the entries in flight and makes new ones wait: a period is never
 * closed under an entry being written into it. The value triggers move only the indicator's own
 * stamp (indicator_value_stamps, whose row the indicator's lock already serialises), never the
 * plan row: entries of different indicators do not wait on each other until their commits.
 */
@Injectable()
export class IndicatorValuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async listValues(planId: string, code: string): Promise<IndicatorValueResponse[]> {
    const { indicator } = await this.load(this.dataSource.manager, planId, code);
    const [rows, pending] = await Promise.all([
      this.dataSource.manager.find(IndicatorValue, {
        where: { indicatorId: indicator.id },
        order: { period: 'ASC' },
      }),
      this.dataSource.manager.find(ValueCorrection, {
        where: { indicatorId: indicator.id, status: 'proposed' },
      }),
    ]);
    const pendingOf = new Map(pending.map((correction) => [correction.valueId, correction]));
    return rows.map((row) => toIndicatorValueResponse(row, pendingOf.get(row.id) ?? null));
  }

  /**
   * Creates or updates the draft of one period (a returned value goes back to draft); answers
   * whether it was created. Submitted and approved values are locked (409 VALUE_LOCKED).
   *
   * The hot path of value entry (issue 17): the same locks, checks and audited write as the
   * other steps (withEntry), in two round trips. The first opens the transaction, names the
   * actor, takes the plan's and the indicator's locks and reads the entry, its waiting
   * correction, the assessment period and the indicator's entries and yearly targets; the
   * rules judge those rows here; the second writes the entry (its trigger writes the audit row
   * and moves the value stamp), answers it and commits.
   */
  async putValue(
    call: EntryCall,
    dto: PutValueDto,
  ): Promise<{ created: boolean; value: IndicatorValueResponse }> {
    const { planId, code, period, actor, lang } = call;
    if (!isUuid(planId)) throw planNotFound(planId);
    const manager = this.dataSource.manager;
    const plan = literal(planId, 'uuid');
    const indicatorOf = `plan_id = ${plan} AND code = ${literal(code)}`;
    const indicatorId = `(SELECT id FROM indicators WHERE ${indicatorOf})`;
    const select = (entity: EntityTarget<ObjectLiteral>, rest: string): string =>
      `SELECT ${columnsOf(manager, entity)} FROM ${rest}`;
    const valueColumns = columnsOf(manager, IndicatorValue);
    return readThenWrite<
      [Plan[], Indicator[], IndicatorValue[], IndicatorTarget[], ValueCorrection[], AssessmentPeriodRow[]],
      [IndicatorValue[]],
      { created: boolean; value: IndicatorValueResponse }
    >(
      this.dataSource,
      actorStatement(actor, null),
      [
        // The locks first, in withEntry's order; the rows after them are read once they are held.
        select(Plan, `plans WHERE id = ${plan} FOR KEY SHARE`),
        select(Indicator, `indicators WHERE ${indicatorOf} FOR NO KEY UPDATE`),
        select(IndicatorValue, `indicator_values WHERE indicator_id = ${indicatorId}`),
        select(IndicatorTarget, `indicator_targets WHERE indicator_id = ${indicatorId}`),
        select(
          ValueCorrection,
          `value_corrections WHERE indicator_id = ${indicatorId} AND period = ${literal(period)} AND status = 'proposed'`,
        ),
        assessmentPeriodRead(manager, planId, period),
      ],
      ([[planRow], [indicator], stored, targets, [proposed], [assessment]]) => {
        if (!planRow) throw planNotFound(planId);
        if (!indicator) throw indicatorNotFound(code);
        assertPlanNotClosed(planRow);
        assertEntryPeriod(planRow, indicator, period, lang);
        assertPeriodRowOpen(assessment ?? null, period, lang);
        const row = stored.find((entry) => entry.period === period) ?? null;
        // Only an approved value has a waiting correction (pendingCorrection).
        const pending = row?.status === 'approved' ? (proposed ?? null) : null;
        assertVersion(indicator.code, period, currentValue(row, pending), dto.version);
        if (row) assertUnlocked(toIndicatorValueResponse(row, pending));
        const fields = [
          dto.value,
          judgeEntry(planRow, indicator, period, stored, targets, dto.value, dto.note, lang),
          dto.note ?? null,
          blankToNull(dto.deviationReason),
          dto.evidenceUrl ?? null,
          'draft',
          actor?.id ?? null,
        ];
        const write: Statement = row
          ? {
              text: `UPDATE indicator_values SET value = $1, implausible = $2, note = $3, deviation_reason = $4,
                       evidence_url = $5, status = $6, entered_by = $7, version = $8, updated_at = CURRENT_TIMESTAMP
                      WHERE id = $9 RETURNING ${valueColumns}`,
              parameters: [...fields, row.version + 1, row.id],
            }
          : {
              text: `INSERT INTO indicator_values (value, implausible, note, deviation_reason, evidence_url, status,
                       entered_by, version, institution_id, plan_id, indicator_id, period)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9, $10, $11) RETURNING ${valueColumns}`,
              parameters: [...fields, planRow.institutionId, planRow.id, indicator.id, period],
            };
        return {
          writes: [inlined(write)],
          // A draft has no waiting correction (pendingCorrection).
          answer: ([[written]]) => ({ created: !row, value: toIndicatorValueResponse(written, null) }),
        };
      },
    );
  }

  /** Deletes a draft or returned entry. */
  async deleteValue(call: EntryCall): Promise<void> {
    const { period, lang } = call;
    await this.withEntry(call, null, async (entry) => {
      await assertPeriodOpen(entry.manager, entry.plan, period, lang);
      const row = existing(entry);
      assertUnlocked(toIndicatorValueResponse(row, entry.pending));
      await entry.manager.delete(IndicatorValue, { id: row.id });
    });
  }

  /** draft | returned → submitted; DEVIATION_REASON is checked here for year-end entries. */
  async submitValue(call: EntryCall, dto: ValueTransitionDto): Promise<IndicatorValueResponse> {
    const { period, actor, lang } = call;
    return this.withEntry(call, null, async (entry) => {
      await assertPeriodOpen(entry.manager, entry.plan, period, lang);
      const row = stepRow(entry, dto.version, STEP_FROM.submit, 'submit');
      await assertDeviationReasons(entry.manager, entry.plan, entry.indicator, period, lang);
      await updateRow(entry, row, {
        status: 'submitted',
        submittedBy: actor?.id ?? null,
        submittedAt: new Date(),
      });
      return reload(entry);
    });
  }

  /**
   * submitted → draft: the unit takes back what it submitted while nobody has approved it yet
   * (409 VALUE_STATUS otherwise); the trigger audits the change with the caller as actor.
   */
  async withdrawValue(call: EntryCall, dto: ValueTransitionDto): Promise<IndicatorValueResponse> {
    const { period, lang } = call;
    return this.withEntry(call, null, async (entry) => {
      await assertPeriodOpen(entry.manager, entry.plan, period, lang);
      const row = stepRow(entry, dto.version, STEP_FROM.withdraw, 'withdraw');
      await updateRow(entry, row, { status: 'draft', submittedBy: null, submittedAt: null });
      return reload(entry);
    });
  }

  /** submitted → approved, by someone who neither entered nor submitted it (409 SELF_APPROVAL). */
  async approveValue(call: EntryCall, dto: ValueTransitionDto): Promise<IndicatorValueResponse> {
    const { actor, lang } = call;
    return this.withEntry(call, null, (entry) => approve(entry, dto.version, actor, lang));
  }

  /** submitted → returned to the unit with the planner's comment. */
  async returnValue(call: EntryCall, dto: ReturnValueDto): Promise<IndicatorValueResponse> {
    const { period, lang } = call;
    return this.withEntry(call, dto.comment, async (entry) => {
      await assertPeriodOpen(entry.manager, entry.plan, period, lang);
      const row = stepRow(entry, dto.version, STEP_FROM.return, 'return');
      await updateRow(entry, row, { status: 'returned', returnComment: dto.comment });
      // "Your value was returned": to whoever entered and submitted it, with the comment.
      await this.notifications.notifyUsers(
        entry.manager,
        [row.submittedBy, row.enteredBy],
        {
          institutionId: entry.plan.institutionId,
          kind: 'value-returned',
          eventKey: `value-returned:${row.id}:${row.version}`,
          eventDay: istanbulDate(),
          params: { plan: entry.plan.title, indicator: entry.indicator.code, period, comment: dto.comment },
          link: `#/plans/${entry.plan.id}/entry`,
        },
        call.actor?.id ?? null,
      );
      return reload(entry);
    });
  }

  /**
   * Proposes a correction of an approved value, also in a closed period: nothing of the value
   * changes until another planner or admin approves it (four eyes). DEVIATION_REASON is judged
   * now as if it were applied, so a proposal that could never be approved is refused at once.
   * One correction waits per value (409 CORRECTION_PENDING).
   */
  async proposeCorrection(call: EntryCall, dto: CorrectValueDto): Promise<IndicatorValueResponse> {
    const { period, actor, lang } = call;
    return this.withEntry(call, dto.reason, async (entry) => {
      const row = stepRow(entry, dto.version, STEP_FROM.correct, 'correct');
      if (entry.pending) throw correctionPending(entry.indicator.code, entry.pending, lang);
      const fields = correctedFields(row, dto);
      await assertDeviationReasons(entry.manager, entry.plan, entry.indicator, period, lang, fields);
      await entry.manager.insert(ValueCorrection, {
        institutionId: row.institutionId,
        planId: row.planId,
        indicatorId: row.indicatorId,
        valueId: row.id,
        period,
        previousValue: row.value,
        ...fields,
        reason: dto.reason,
        proposedBy: actor?.id ?? null,
      });
      return reload(entry);
    });
  }

  /**
   * Puts the waiting correction in force, by someone other than its proposer (409 SELF_APPROVAL):
   * the first approved value is kept as originalValue, the correction's reason becomes the value's
   * correctionReason and the reason of the change in the audit trail, and the value shows as
   * revised. DEVIATION_REASON is judged again on the value as it now stands.
   */
  async approveCorrection(call: EntryCall, dto: CorrectionDecisionDto): Promise<IndicatorValueResponse> {
    const { period, actor, lang } = call;
    return this.withEntry(call, null, async (entry) => {
      const row = existing(entry);
      const correction = await waitingCorrection(entry, dto.id, lang);
      const selfApproval = correctionSelfApprovalProblem(
        correction,
        entry.indicator.code,
        actor?.id ?? null,
        lang,
      );
      if (selfApproval) {
        throw new ConflictError(
          'SELF_APPROVAL',
          selfApproval,
          undefined,
          toIndicatorValueResponse(row, entry.pending),
        );
      }
      await setActor(entry.manager, actor, correction.reason);
      await updateRow(entry, row, {
        value: correction.value,
        deviationReason: correction.deviationReason,
        note: correction.note,
        evidenceUrl: correction.evidenceUrl,
        originalValue: row.originalValue ?? row.value,
        correctionReason: correction.reason,
        revised: true,
      });
      await decideCorrection(entry, correction, 'approved', actor);
      // DEVIATION_REASON still holds for the corrected value (and, for kumulatif, later years).
      await assertDeviationReasons(entry.manager, entry.plan, entry.indicator, period, lang);
      return reload(entry);
    });
  }

  /**
   * Closes the waiting correction without changing the value: rejected by another planner or
   * admin, withdrawn by its proposer; the comment is the reason in the audit trail. Allowed on a
   * closed plan too, so nothing waits for ever.
   */
  async rejectCorrection(call: EntryCall, dto: RejectCorrectionDto): Promise<IndicatorValueResponse> {
    const { actor, lang } = call;
    return this.withEntry(
      call,
      dto.comment,
      async (entry) => {
        existing(entry);
        const correction = await waitingCorrection(entry, dto.id, lang);
        const status = closedCorrectionStatus(correction.proposedBy, actor?.id ?? null);
        await decideCorrection(entry, correction, status, actor, dto.comment);
        return reload(entry);
      },
      { closedPlan: true },
    );
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
          // Only submitted values: a waiting correction is approved one by one (…/correct/approve).
          const entry = await loadEntry(manager, loaded, item.period);
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
   * locked (see the class comment), the entry loaded. `closedPlan` lets a step that changes no
   * value (rejecting a correction) run on a closed plan.
   */
  private withEntry<T>(
    { planId, code, period, actor, lang }: EntryCall,
    reason: string | null,
    work: (entry: Entry) => Promise<T>,
    options: { closedPlan?: boolean } = {},
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager, actor, reason);
      // The plan row shared and read in one round trip (lockPlan's 'key share', getPlanOr404's row).
      const plan = isUuid(planId)
        ? await manager.findOne(Plan, { where: { id: planId }, lock: { mode: 'for_key_share' } })
        : null;
      if (!plan) throw planNotFound(planId);
      const loaded = { plan, indicator: await lockedIndicator(manager, planId, code) };
      if (!options.closedPlan) assertPlanNotClosed(loaded.plan);
      assertEntryPeriod(loaded.plan, loaded.indicator, period, lang);
      return work(await loadEntry(manager, loaded, period));
    });
  }

  private async load(manager: EntityManager, planId: string, code: string): Promise<Loaded> {
    const plan = await getPlanOr404(manager, planId);
    const indicator = await manager.findOne(Indicator, { where: { planId, code } });
    if (!indicator) throw indicatorNotFound(code);
    return { plan, indicator };
  }
}

/** The plan's indicator `code`, its row locked for the rest of the transaction (see the class comment). */
async function lockedIndicator(manager: EntityManager, planId: string, code: string): Promise<Indicator> {
  const indicator = await manager.findOne(Indicator, {
    where: { planId, code },
    lock: { mode: 'for_no_key_update' },
  });
  if (!indicator) throw indicatorNotFound(code);
  return indicator;
}

/**
 * The plausibility rule (issue 11 point 7) on a value about to be saved for `period`, with the
 * indicator's other entries and yearly targets (`stored`, `targets`) and the plan's factors: an
 * implausible value without a note is refused (400 VALUE_IMPLAUSIBLE_NOTE, naming the figure
 * compared and the range expected); with a note it is saved marked. Answers the mark.
 */
function judgeEntry(
  plan: Plan,
  indicator: Indicator,
  period: string,
  stored: IndicatorValue[],
  targets: IndicatorTarget[],
  value: number,
  note: string | null | undefined,
  lang: Lang,
): boolean {
  const result = judgePlausibility(
    {
      valueType: indicator.valueType,
      baseline: indicator.baseline,
      targets: Object.fromEntries(targets.map((row) => [String(row.year), row.value])),
      entries: Object.fromEntries(
        stored.filter((row) => row.period !== period).map((row) => [row.period, row.value]),
      ),
    },
    period,
    value,
    plan.settings?.plausibility ?? DEFAULT_PLAUSIBILITY,
  );
  if (!result.implausible) return false;
  if (hasNote(note)) return true;
  const detail = implausibleDetail('note', indicator.code, period, value, result, lang);
  throw new BadRequestError('VALUE_IMPLAUSIBLE_NOTE', detail.message, [detail]);
}

/** The entry row of `period` and, for an approved value, its waiting correction. */
async function loadEntry(manager: EntityManager, loaded: Loaded, period: string): Promise<Entry> {
  const row = await manager.findOneBy(IndicatorValue, { indicatorId: loaded.indicator.id, period });
  return { ...loaded, manager, period, row, pending: row ? await pendingCorrection(manager, row) : null };
}

async function approve(
  entry: Entry,
  version: number | undefined,
  actor: Actor | null,
  lang: Lang,
): Promise<IndicatorValueResponse> {
  await assertPeriodOpen(entry.manager, entry.plan, entry.period, lang);
  const row = stepRow(entry, version, STEP_FROM.approve, 'approve');
  const selfApproval = selfApprovalProblem(row, entry.indicator.code, actor?.id ?? null, lang);
  if (selfApproval) {
    throw new ConflictError('SELF_APPROVAL', selfApproval, undefined, toIndicatorValueResponse(row, null));
  }
  await updateRow(entry, row, {
    status: 'approved',
    approvedBy: actor?.id ?? null,
    approvedAt: new Date(),
    returnComment: null,
  });
  return reload(entry);
}

/**
 * The entry's row for a workflow step: it exists (404 VALUE_NOT_FOUND), the client saw its
 * version (409 STALE_VERSION) and the step may leave its status (409 VALUE_STATUS).
 */
function stepRow(
  entry: Entry,
  version: number | undefined,
  allowed: readonly ValueStatus[],
  action: string,
): IndicatorValue {
  const row = existing(entry);
  assertVersion(entry.indicator.code, entry.period, toIndicatorValueResponse(row, entry.pending), version);
  assertStatus(row, allowed, action, toIndicatorValueResponse(row, entry.pending));
  return row;
}

/** Writes a step's fields to the entry's row and moves its version on. */
async function updateRow(entry: Entry, row: IndicatorValue, fields: Partial<IndicatorValue>): Promise<void> {
  await entry.manager.update(IndicatorValue, { id: row.id }, { ...fields, version: row.version + 1 });
}

/** Closes a waiting correction: approved, rejected or withdrawn, by `actor`, with their comment. */
async function decideCorrection(
  entry: Entry,
  correction: ValueCorrection,
  status: Exclude<ValueCorrection['status'], 'proposed'>,
  actor: Actor | null,
  comment?: string,
): Promise<void> {
  await entry.manager.update(
    ValueCorrection,
    { id: correction.id },
    {
      status,
      decidedBy: actor?.id ?? null,
      decidedAt: new Date(),
      ...(comment === undefined ? {} : { decisionComment: comment }),
      version: correction.version + 1,
    },
  );
}

function existing(entry: Entry): IndicatorValue {
  if (!entry.row)
    throw new NotFoundError('VALUE_NOT_FOUND', { code: entry.indicator.code, period: entry.period });
  return entry.row;
}

/** The entry as the step left it, with its waiting correction. */
async function reload(entry: Entry): Promise<IndicatorValueResponse> {
  const row = await entry.manager.findOneByOrFail(IndicatorValue, {
    indicatorId: entry.indicator.id,
    period: entry.period,
  });
  return toIndicatorValueResponse(row, await pendingCorrection(entry.manager, row));
}

/** The correction waiting for a second person: only an approved value has one. */
function pendingCorrection(manager: EntityManager, row: IndicatorValue): Promise<ValueCorrection | null> {
  return row.status === 'approved'
    ? manager.findOneBy(ValueCorrection, { valueId: row.id, status: 'proposed' })
    : Promise.resolve(null);
}

/**
 * The correction waiting on the entry: the one the client names by `id`, which must still wait
 * (409 CORRECTION_STATUS with it as `current` otherwise), or else the one waiting now
 * (404 CORRECTION_NOT_FOUND when none does).
 */
async function waitingCorrection(entry: Entry, id: string | undefined, lang: Lang): Promise<ValueCorrection> {
  const row = existing(entry);
  const named =
    id === undefined
      ? entry.pending
      : await entry.manager.findOneBy(ValueCorrection, { id, valueId: row.id });
  const what = { code: entry.indicator.code, period: entry.period };
  if (!named) {
    throw new NotFoundError(
      'CORRECTION_NOT_FOUND',
      errorMessage('CORRECTION_NOT_FOUND', { ...what, id }, lang),
    );
  }
  if (named.status !== 'proposed') {
    throw new ConflictError(
      'CORRECTION_STATUS',
      errorMessage('CORRECTION_STATUS', { ...what, status: named.status }, lang),
      undefined,
      toValueCorrectionResponse(named),
    );
  }
  return named;
}

/** 409 CORRECTION_PENDING: one correction waits per value; `current` is the waiting one. */
function correctionPending(code: string, pending: ValueCorrection, lang: Lang): ConflictError {
  return new ConflictError(
    'CORRECTION_PENDING',
    errorMessage('CORRECTION_PENDING', { code, period: pending.period, value: pending.value }, lang),
    undefined,
    toValueCorrectionResponse(pending),
  );
}

/** The entry as the API shows it, for the body of a 409; null when nothing was entered. */
function currentValue(
  row: IndicatorValue | null,
  pending: ValueCorrection | null,
): IndicatorValueResponse | null {
  return row ? toIndicatorValueResponse(row, pending) : null;
}

function bulkFailure(
  failures: Array<{ index: number; item: ApprovalItem; error: AppError }>,
  total: number,
  lang: Lang,
): AppError {
  const first = failures[0].error;
  const message = detailMessage(
    'BULK_APPROVAL.refused',
    { count: failures.length, total, first: first.message },
    lang,
  );
  const details = failures.map(({ index, item, error }) => ({
    path: `items[${index}]`,
    code: error.code,
    message: `${item.indicator} ${item.period}: ${error.message}`,
  }));
  return first instanceof ConflictError
    ? new ConflictError(first.code, message, details, first.current)
    : new AppError(first.statusCode, first.code, message, details);
}

/**
 * DEVIATION_REASON for `subject` as it is stored now (see missingDeviationReasons), or as it would
 * stand with `proposed` value and deviation reason (a correction being proposed).
 */
async function assertDeviationReasons(
  manager: EntityManager,
  plan: Plan,
  indicator: Indicator,
  subject: string,
  lang: Lang,
  proposed?: { value: number; deviationReason: string | null },
): Promise<void> {
  const [stored, targets] = await Promise.all([
    manager.find(IndicatorValue, { where: { indicatorId: indicator.id } }),
    manager.find(IndicatorTarget, { where: { indicatorId: indicator.id } }),
  ]);
  const values = stored.map((entry) =>
    proposed && entry.period === subject
      ? {
          period: entry.period,
          status: entry.status,
          value: proposed.value,
          deviationReason: proposed.deviationReason,
        }
      : entry,
  );
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
