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
import { needsDeviationReason } from '../plans/plan-rules.js';
import { isEntryPeriod, parsePeriod, planYears, yearEndEntryPeriod } from '../progress/periods.js';
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
      assertVersion(entry, dto.version);
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
      assertVersion(entry, dto.version);
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

  /** submitted → approved. */
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
      assertVersion(entry, dto.version);
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
      assertVersion(entry, dto.version);
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

  /** One transaction: who and why for the audit trail, the plan row locked, the entry loaded. */
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
      if (isUuid(planId)) await lockPlan(manager, planId);
      const loaded = await this.load(manager, planId, code);
      assertPlanNotClosed(loaded.plan);
      assertEntryPeriod(loaded.plan, loaded.indicator, period, lang);
      const row = await manager.findOneBy(IndicatorValue, { indicatorId: loaded.indicator.id, period });
      return work({ ...loaded, manager, period, row });
    });
  }

  private async load(manager: EntityManager, planId: string, code: string): Promise<Loaded> {
    const plan = isUuid(planId) ? await manager.findOneBy(Plan, { id: planId }) : null;
    if (!plan) throw new NotFoundError('PLAN_NOT_FOUND', `Plan ${planId} not found`);
    const indicator = await manager.findOneBy(Indicator, { planId, code });
    if (!indicator)
      throw new NotFoundError('INDICATOR_NOT_FOUND', `Indicator ${code} not found in plan ${planId}`);
    return { plan, indicator };
  }
}

async function approve(
  entry: Entry,
  version: number | undefined,
  actor: Actor | null,
  lang: Lang,
): Promise<IndicatorValueResponse> {
  await assertPeriodOpen(entry.manager, entry.plan, entry.period, lang);
  const row = existing(entry);
  assertVersion(entry, version);
  assertStatus(row, ['submitted'], 'approve');
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
function assertPlanNotClosed(plan: Plan): void {
  if (effectiveStatus(plan) === 'kapandi') {
    throw new ConflictError('PLAN_CLOSED', `Plan ${plan.title} is closed; its values can no longer change`);
  }
}

/** Optimistic concurrency: a write based on another version answers 409 with the value as it is now. */
function assertVersion(entry: Entry, version: number | undefined): void {
  if (version === undefined || entry.row?.version === version) return;
  const now = entry.row ? `version ${entry.row.version}` : 'no entry';
  throw new ConflictError(
    'STALE_VERSION',
    `${entry.indicator.code} ${entry.period} changed since version ${version} (now ${now}): reload and try again`,
    undefined,
    entry.row ? toIndicatorValueResponse(entry.row) : null,
  );
}

/** Submitted and approved values change only through the workflow (approve, return, correct). */
function assertUnlocked(row: IndicatorValue): void {
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

function assertEntryPeriod(plan: Plan, indicator: Indicator, period: string, lang: Lang): void {
  const months = indicator.monitoringMonths ?? 6;
  if (isEntryPeriod(period, months, plan.startYear, plan.endYear)) return;
  const parsed = parsePeriod(period);
  const expected = months === 12 ? `YYYY` : `YYYY-H1 / YYYY-H2`;
  let message: string;
  if (!parsed) {
    message =
      lang === 'en'
        ? `"${period}" is not a period (YYYY-H1, YYYY-H2 or YYYY)`
        : `"${period}" bir dönem değil (YYYY-H1, YYYY-H2 veya YYYY)`;
  } else if (parsed.year < plan.startYear || parsed.year > plan.endYear) {
    message =
      lang === 'en'
        ? `${period} is outside the plan period ${plan.startYear}–${plan.endYear}`
        : `${period}, ${plan.startYear}–${plan.endYear} plan dönemi dışında`;
  } else {
    message =
      lang === 'en'
        ? `${indicator.code} is monitored every ${months} months: its entry periods are ${expected}`
        : `${indicator.code} ${months} ayda bir izlenir: giriş dönemleri ${expected} biçimindedir`;
  }
  throw new BadRequestError('VALUE_PERIOD', message, [{ path: 'period', code: 'VALUE_PERIOD', message }]);
}

/**
 * DEVIATION_REASON: at year end any C ≠ B needs a reason, with no tolerance. It is checked when
 * an entry is submitted or corrected, for that entry and for the year-end entries already
 * submitted or approved from its year on: a kumulatif entry changes C of every later year too.
 * Drafts are checked at their own submission.
 */
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
  const indicatorDoc = {
    baseline: indicator.baseline,
    valueType: indicator.valueType,
    monitoringMonths: indicator.monitoringMonths ?? undefined,
    targets: Object.fromEntries(targets.map((row) => [String(row.year), row.value])),
    values: Object.fromEntries(
      values.map((row) => [
        row.period,
        { value: row.value, ...(row.deviationReason ? { deviationReason: row.deviationReason } : {}) },
      ]),
    ),
  };
  const checked = new Set(
    values
      .filter((row) => row.period === subject || row.status === 'submitted' || row.status === 'approved')
      .map((row) => row.period),
  );
  const fromYear = Number(subject.slice(0, 4));
  const missing = planYears(Math.max(fromYear, plan.startYear), plan.endYear)
    .map((year) => yearEndEntryPeriod(year, indicator.monitoringMonths ?? 6))
    .filter((period) => {
      const entry = indicatorDoc.values[period];
      return (
        entry !== undefined &&
        checked.has(period) &&
        !entry.deviationReason &&
        needsDeviationReason(indicatorDoc, Number(period.slice(0, 4)), plan.startYear)
      );
    });
  if (missing.length === 0) return;
  const message =
    lang === 'en'
      ? `At year end the actual value differs from the target for ${missing.join(', ')}: a deviation reason (sapma nedeni) is required`
      : `${missing.join(', ')} yıl sonu gerçekleşmesi hedeften farklı: sapma nedeni girilmelidir`;
  throw new BadRequestError(
    'DEVIATION_REASON',
    message,
    missing.map((period) => ({
      path: `values["${period}"].deviationReason`,
      code: 'DEVIATION_REASON',
      message,
    })),
  );
}

function blankToNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}
