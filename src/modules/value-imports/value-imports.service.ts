import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Lang } from '../../contracts/validation.js';
import { VALUES_INFO_SHEET, VALUES_SHEET, type ValueImportResponse } from '../../contracts/value-imports.js';
import type { WorkbookErrorDetail } from '../../contracts/workbooks.js';
import { AppError, BadRequestError, ConflictError } from '../../common/app-error.js';
import { importMessage, type ImportMessageParams } from '../../common/messages/import-messages.js';
import { isUuid } from '../../common/ids.js';
import { currentReason } from '../../common/request-context.js';
import { toActor, type RequestUser } from '../../common/request-user.js';
import {
  cellProblem,
  columnNumber,
  readWorkbookCells,
  tooManyRows,
} from '../../workbooks/workbook-upload.js';
import { overLimitMessage } from '../plans/plan-limits.js';
import { setActor } from '../../database/actor.js';
import { AccessService } from '../auth/access.service.js';
import { toIndicatorValueResponse } from '../indicators/indicator.mapper.js';
import { assertPlanNotClosed, assertUnlocked, assertVersion } from '../indicators/value-guards.js';
import type { IndicatorValue } from '../indicators/indicator-value.entity.js';
import {
  DEFAULT_PLAUSIBILITY,
  hasNote,
  implausibleNoteMessage,
  judgePlausibility,
} from '../indicators/plausibility.js';
import {
  blankToNull,
  deviationReasonMessage,
  entryPeriodProblem,
  missingDeviationReasons,
} from '../indicators/value-rules.js';
import { allEntryPeriodsIn, assessmentPeriodOf, entryPeriodsIn } from '../periods/assessment-periods.js';
import { assertPeriodOpen } from '../periods/period-gate.repository.js';
import { getPlanOr404, lockPlan } from '../plans/plan-storage.repository.js';
import { Plan } from '../plans/plan.entity.js';
import { formatPeriod, parseAssessedPeriod, type Period } from '../periods/period-keys.js';
import {
  type EntryWrite,
  ValueImportsRepository,
  type WorkbookIndicator,
} from './value-imports.repository.js';
import {
  buildValuesWorkbook,
  type ImportRow,
  readValuesWorkbook,
  type ValueColumnKey,
} from './values-workbook.js';

/** A row that passed every check, with what it writes. */
interface Planned {
  row: ImportRow;
  indicator: WorkbookIndicator;
  stored: IndicatorValue | null;
  write: EntryWrite;
}

/**
 * The values workbook of an assessment period: the template a unit fills, and its import under
 * the rules of one-by-one entry (IndicatorValuesService and value-rules.ts), all or nothing.
 */
/** Stored entries and yearly targets (indicator id → year → B) of the indicators an import touches. */
interface History {
  entries: IndicatorValue[];
  targets: Map<string, Record<string, number>>;
}

/** What the checks on the whole import (plausibility, DEVIATION_REASON) read: the judged rows and the entries as they stand. */
interface ImportCheck {
  plan: Plan;
  judged: Judged;
  history: History;
  columns: Partial<Record<ValueColumnKey, string>>;
  lang: Lang;
}

@Injectable()
export class ValueImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ValueImportsRepository,
    private readonly access: AccessService,
  ) {}

  /** The template as .xlsx bytes, with a file name for Content-Disposition. */
  async buildTemplate(
    planId: string,
    period: string,
    user: RequestUser,
    lang: Lang,
  ): Promise<{ fileName: string; content: Buffer }> {
    const input = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { plan, assessed } = await this.loadPeriod(manager, planId, period, lang);
      const indicators = await this.repository.findIndicators(manager, plan.id, this.unitScope(user, plan));
      const entryPeriods = allEntryPeriodsIn(assessed);
      const [stored, targets] = await Promise.all([
        this.repository.findEntries(manager, plan.id, entryPeriods),
        this.repository.findTargets(
          manager,
          indicators.map((indicator) => indicator.id),
        ),
      ]);
      const byKey = new Map(stored.map((entry) => [`${entry.indicatorId}|${entry.period}`, entry]));
      return {
        institution: await this.repository.findInstitutionName(manager, plan.institutionId),
        planTitle: plan.title,
        planId: plan.id,
        period,
        entryPeriods,
        generatedAt: new Date().toISOString(),
        generatedBy: user.email,
        // An indicator added by an update has no rows before its first year.
        rows: indicators
          .filter((indicator) => (indicator.sinceYear ?? 0) <= assessed.year)
          .flatMap((indicator) =>
            entryPeriodsIn(assessed, indicator.monitoringMonths ?? 6).map((entryPeriod) => {
              const entry = byKey.get(`${indicator.id}|${entryPeriod}`) ?? null;
              return {
                aim: indicator.aim,
                target: indicator.target,
                indicator: indicator.code,
                name: indicator.name,
                unit: indicator.unit,
                responsible: indicator.responsibleUnit,
                period: entryPeriod,
                baseline: indicator.baseline,
                yearTarget: targets.get(indicator.id)?.[String(assessed.year)] ?? null,
                value: entry?.value ?? null,
                note: entry?.note ?? null,
                deviationReason: entry?.deviationReason ?? null,
                evidenceUrl: entry?.evidenceUrl ?? null,
                status: entry?.status ?? null,
                returnComment: entry?.returnComment ?? null,
                version: entry?.version ?? null,
              };
            }),
          ),
      };
    });
    const workbook = buildValuesWorkbook(input);
    await workbook.getWorksheet(VALUES_SHEET)?.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
    });
    await workbook.getWorksheet(VALUES_INFO_SHEET)?.protect('', { selectLockedCells: true });
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    return { fileName: `degerler-${period}.xlsx`, content };
  }

  /**
   * Enters every row of a filled workbook in one transaction under the plan lock. Any problem
   * (unreadable cell, unknown indicator, another unit's indicator, locked or stale value,
   * DEVIATION_REASON on submission…) → 400 IMPORT_INVALID with every problem and nothing written.
   */
  async importValues(
    planId: string,
    period: string,
    body: unknown,
    contentType: string | undefined,
    submit: boolean,
    user: RequestUser,
    lang: Lang,
  ): Promise<ValueImportResponse> {
    // The file is checked and parsed before any database work.
    const sheets = readWorkbookCells(body, {
      contentType,
      requiredSheets: [VALUES_SHEET, VALUES_INFO_SHEET],
      sheets: [VALUES_SHEET, VALUES_INFO_SHEET],
      lang,
    });
    const read = readValuesWorkbook(sheets, lang);
    if (read.tooManyRows !== undefined)
      throw tooManyRows(overLimitMessage('valuesWorkbookRows', read.tooManyRows, lang), VALUES_SHEET);
    const actor = toActor(user);
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager, actor, currentReason() ?? 'values workbook import');
      // The whole plan, exclusively: as bulk approval, never interleaved with single entries.
      if (isUuid(planId)) await lockPlan(manager, planId);
      const { plan, assessed } = await this.loadPeriod(manager, planId, period, lang);
      assertSameWorkbook(read.info, plan.id, period, lang);
      if (read.rows.length === 0 && read.problems.length === 0) {
        throw new BadRequestError('IMPORT_EMPTY', importMessage('IMPORT_EMPTY', {}, lang));
      }
      const indicators = await this.repository.findIndicators(manager, plan.id, null);
      const stored = await this.repository.findEntries(manager, plan.id, allEntryPeriodsIn(assessed));
      const judged = judgeRows(read.rows, {
        plan,
        assessed,
        indicators,
        stored,
        unitIds: this.unitScope(user, plan),
        columns: read.columns,
        versionColumn: read.columns.version !== undefined,
        submit,
        lang,
      });
      const history = await this.historyOf(manager, judged);
      const check: ImportCheck = { plan, judged, history, columns: read.columns, lang };
      const problems = [...read.problems, ...judged.problems, ...this.plausibilityProblems(check)];
      if (submit && problems.length === 0) problems.push(...this.deviationProblems(check));
      if (problems.length > 0) throw importInvalid(problems, lang);

      const status = submit ? 'submitted' : 'draft';
      const created = judged.planned.filter((planned) => !planned.stored);
      const updated = judged.planned.filter((planned) => planned.stored);
      await this.repository.insertEntries(
        manager,
        plan,
        created.map((planned) => planned.write),
        status,
        actor?.id ?? null,
      );
      await this.repository.updateEntries(
        manager,
        updated.map((planned) => ({ ...planned.write, id: (planned.stored as IndicatorValue).id })),
        status,
        actor?.id ?? null,
      );
      await this.repository.submitEntries(
        manager,
        judged.toSubmit.map((entry) => entry.id),
        actor?.id ?? null,
      );
      return {
        planId: plan.id,
        period,
        rows: read.rows.length,
        created: created.length,
        updated: updated.length,
        unchanged: judged.unchanged,
        empty: judged.empty,
        submitted: submit ? judged.planned.length + judged.toSubmit.length : 0,
      };
    });
  }

  /**
   * Every stored entry and yearly target of the indicators the import writes or submits, read
   * once for both judgements of the import (plausibility and DEVIATION_REASON).
   */
  private async historyOf(manager: EntityManager, judged: Judged): Promise<History> {
    const ids = [
      ...new Set([
        ...judged.planned.map((planned) => planned.indicator.id),
        ...judged.toSubmit.map((entry) => entry.indicatorId),
      ]),
    ];
    if (ids.length === 0) return { entries: [], targets: new Map() };
    const [entries, targets] = await Promise.all([
      this.repository.findAllEntries(manager, ids),
      this.repository.findTargets(manager, ids),
    ]);
    return { entries, targets };
  }

  /**
   * The plausibility rule on every row that writes a value, against the indicator's entries as the
   * import leaves them: an implausible value without a note is a problem of its row
   * (VALUE_IMPLAUSIBLE_NOTE, naming the range expected); with a note it is written marked.
   */
  private plausibilityProblems({ plan, judged, history, columns, lang }: ImportCheck): WorkbookErrorDetail[] {
    const { entries, targets } = history;
    if (judged.planned.length === 0) return [];
    const after = new Map<string, Record<string, number>>();
    for (const entry of entries)
      after.set(entry.indicatorId, { ...after.get(entry.indicatorId), [entry.period]: entry.value });
    for (const { indicator, write } of judged.planned)
      after.set(indicator.id, { ...after.get(indicator.id), [write.period]: write.value });
    const factors = plan.settings?.plausibility ?? DEFAULT_PLAUSIBILITY;
    const problems: WorkbookErrorDetail[] = [];
    for (const planned of judged.planned) {
      const { indicator, write } = planned;
      const result = judgePlausibility(
        {
          valueType: indicator.valueType,
          baseline: indicator.baseline,
          targets: targets.get(indicator.id) ?? {},
          entries: after.get(indicator.id) ?? {},
        },
        write.period,
        write.value,
        factors,
      );
      if (!result.implausible) continue;
      if (hasNote(write.note)) {
        write.implausible = true;
        continue;
      }
      problems.push(
        cellProblem(
          VALUES_SHEET,
          planned.row.row,
          columns.note ?? columns.value ?? 'A',
          'VALUE_IMPLAUSIBLE_NOTE',
          implausibleNoteMessage(indicator.code, write.period, write.value, result, lang),
        ),
      );
    }
    return problems;
  }

  /** DEVIATION_REASON for every entry the import submits, judged on the entries as they will be. */
  private deviationProblems({ plan, judged, history, columns, lang }: ImportCheck): WorkbookErrorDetail[] {
    const { entries, targets } = history;
    const subjects = [
      ...judged.planned.map((planned) => ({
        row: planned.row.row,
        indicator: planned.indicator,
        period: planned.write.period,
      })),
      ...judged.toSubmit.map((entry) => ({
        row: judged.rowOf.get(entry.id) ?? 0,
        indicator: judged.indicatorOf.get(entry.id) as WorkbookIndicator,
        period: entry.period,
      })),
    ];
    if (subjects.length === 0) return [];
    // The entries as this import leaves them: written values, and submitted status.
    const after = new Map<string, Map<string, IndicatorValue>>();
    for (const entry of entries) {
      const byPeriod = after.get(entry.indicatorId) ?? new Map<string, IndicatorValue>();
      byPeriod.set(entry.period, entry);
      after.set(entry.indicatorId, byPeriod);
    }
    for (const planned of judged.planned) {
      const byPeriod = after.get(planned.indicator.id) ?? new Map<string, IndicatorValue>();
      byPeriod.set(planned.write.period, {
        ...(planned.stored ?? ({} as IndicatorValue)),
        period: planned.write.period,
        value: planned.write.value,
        deviationReason: planned.write.deviationReason,
        status: 'submitted',
      });
      after.set(planned.indicator.id, byPeriod);
    }
    for (const entry of judged.toSubmit)
      after.get(entry.indicatorId)?.set(entry.period, { ...entry, status: 'submitted' });

    const problems: WorkbookErrorDetail[] = [];
    for (const subject of subjects) {
      const missing = missingDeviationReasons(
        plan,
        {
          baseline: subject.indicator.baseline,
          valueType: subject.indicator.valueType,
          monitoringMonths: subject.indicator.monitoringMonths,
          targets: targets.get(subject.indicator.id) ?? {},
          entries: [...(after.get(subject.indicator.id)?.values() ?? [])],
        },
        subject.period,
      );
      if (missing.length === 0) continue;
      problems.push(
        cellProblem(
          VALUES_SHEET,
          subject.row,
          columns.deviationReason ?? columns.value ?? 'A',
          'DEVIATION_REASON',
          `${subject.indicator.code}: ${deviationReasonMessage(missing, lang)}`,
        ),
      );
    }
    return problems;
  }

  /** The plan (not closed) and the assessment period (valid and open), or the app's errors. */
  private async loadPeriod(
    manager: EntityManager,
    planId: string,
    period: string,
    lang: Lang,
  ): Promise<{ plan: Plan; assessed: Period }> {
    const plan = await getPlanOr404(manager, planId);
    assertPlanNotClosed(plan);
    const assessed = parseAssessedPeriod(period, plan.startYear, plan.endYear);
    if (!assessed) {
      const message = importMessage(
        'PERIOD_INVALID',
        { period, start: plan.startYear, end: plan.endYear },
        lang,
      );
      throw new BadRequestError('PERIOD_INVALID', message, [
        { path: 'period', code: 'PERIOD_INVALID', message },
      ]);
    }
    await assertPeriodOpen(manager, plan, period, lang);
    return { plan, assessed };
  }

  /** A unit manager's units in the plan's institution; null for every other role (all indicators). */
  private unitScope(user: RequestUser, plan: Plan): string[] | null {
    if (this.access.roleIn(user, plan.institutionId) !== 'unit_manager') return null;
    return user.memberships.get(plan.institutionId)?.unitIds ?? [];
  }
}

interface JudgeContext {
  plan: Plan;
  assessed: Period;
  indicators: WorkbookIndicator[];
  stored: IndicatorValue[];
  unitIds: string[] | null;
  columns: Partial<Record<ValueColumnKey, string>>;
  /** The workbook kept its version column: an empty version cell then means "no entry when made". */
  versionColumn: boolean;
  submit: boolean;
  lang: Lang;
}

interface Judged {
  planned: Planned[];
  /** Unchanged draft or returned entries to submit (with ?submit=true). */
  toSubmit: IndicatorValue[];
  rowOf: Map<string, number>;
  indicatorOf: Map<string, WorkbookIndicator>;
  unchanged: number;
  empty: number;
  problems: WorkbookErrorDetail[];
}

/**
 * Each row under the rules of a PUT: an indicator of the plan in the caller's units, an entry
 * period of this assessment period, the value's version unchanged since the workbook was made and
 * the value not locked (submitted or approved). Rows equal to what is stored write nothing.
 */
function judgeRows(rows: ImportRow[], context: JudgeContext): Judged {
  const { plan, assessed, lang, columns } = context;
  const byCode = new Map(context.indicators.map((indicator) => [indicator.code, indicator]));
  const stored = new Map(context.stored.map((entry) => [`${entry.indicatorId}|${entry.period}`, entry]));
  const judged: Judged = {
    planned: [],
    toSubmit: [],
    rowOf: new Map(),
    indicatorOf: new Map(),
    unchanged: 0,
    empty: 0,
    problems: [],
  };
  const seen = new Map<string, number>();
  for (const row of rows) {
    const problem = (key: ValueColumnKey, code: string, message: string): void => {
      judged.problems.push(cellProblem(VALUES_SHEET, row.row, columns[key] ?? 'A', code, message));
    };
    // An unreadable code or period is reported already; nothing more can be said of the row.
    if (row.failed.includes('indicator') || row.failed.includes('period')) continue;
    const indicator = byCode.get(row.indicator);
    if (!indicator) {
      problem(
        'indicator',
        'UNKNOWN_INDICATOR',
        importMessage('UNKNOWN_INDICATOR', { code: row.indicator }, lang),
      );
      continue;
    }
    const periodProblem =
      entryPeriodProblem(plan, indicator, row.period, lang) ??
      (entryPeriodsIn(assessed, indicator.monitoringMonths ?? 6).includes(row.period)
        ? null
        : importMessage(
            'VALUE_PERIOD.otherWorkbook',
            {
              period: row.period,
              belongs: assessmentPeriodOf(row.period) ?? row.period,
              assessed: formatPeriod(assessed),
            },
            lang,
          ));
    if (periodProblem) {
      problem('period', 'VALUE_PERIOD', periodProblem);
      continue;
    }
    const key = `${indicator.id}|${row.period}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problem(
        'indicator',
        'DUPLICATE_ROW',
        importMessage('DUPLICATE_ROW', { code: row.indicator, period: row.period, first }, lang),
      );
      continue;
    }
    seen.set(key, row.row);
    // Other unreadable cells are reported already: the row's value cannot be judged.
    if (row.failed.length > 0) continue;
    const entry = stored.get(key) ?? null;
    const texts = {
      note: blankToNull(row.note),
      deviationReason: blankToNull(row.deviationReason),
      evidenceUrl: blankToNull(row.evidenceUrl),
    };
    const sameTexts =
      texts.note === (entry?.note ?? null) &&
      texts.deviationReason === (entry?.deviationReason ?? null) &&
      texts.evidenceUrl === (entry?.evidenceUrl ?? null);
    if (row.value === null) {
      // No entry: the row writes nothing. Text without a value would be lost, so it is refused.
      if (sameTexts) judged.empty += 1;
      else problem('value', 'VALUE_MISSING', importMessage('VALUE_MISSING', {}, lang));
      continue;
    }
    const unchanged = entry !== null && entry.value === row.value && sameTexts;
    const submitsUnchanged =
      unchanged && context.submit && (entry.status === 'draft' || entry.status === 'returned');
    if (unchanged && !submitsUnchanged) {
      judged.unchanged += 1;
      continue;
    }
    // A row that writes (or submits) is the caller's only for an indicator of their units.
    if (context.unitIds && !context.unitIds.includes(indicator.responsibleUnitId)) {
      problem('indicator', 'NOT_YOUR_UNIT', importMessage('NOT_YOUR_UNIT', { code: row.indicator }, lang));
      continue;
    }
    if (submitsUnchanged) {
      judged.toSubmit.push(entry);
      judged.rowOf.set(entry.id, row.row);
      judged.indicatorOf.set(entry.id, indicator);
      continue;
    }
    const write: EntryWrite = {
      indicatorId: indicator.id,
      period: row.period,
      value: row.value,
      ...texts,
      // Judged with every row in place (plausibilityProblems).
      implausible: false,
    };
    try {
      // The same checks as a PUT with the version the workbook was made from.
      if (context.versionColumn && row.version === undefined && entry) {
        throw new ConflictError(
          'STALE_VERSION',
          importMessage(
            'STALE_VERSION',
            { code: row.indicator, period: row.period, version: entry.version },
            lang,
          ),
        );
      }
      const current = entry && toIndicatorValueResponse(entry, null);
      assertVersion(row.indicator, row.period, current, row.version);
      if (current) assertUnlocked(current);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problem('value', error.code, error.message);
      continue;
    }
    judged.planned.push({ row, indicator, stored: entry, write });
  }
  return judged;
}

/** The workbook must be the one made for this plan and period (its "Bilgi" sheet says so). */
function assertSameWorkbook(
  info: ReturnType<typeof readValuesWorkbook>['info'],
  planId: string,
  period: string,
  lang: Lang,
): void {
  /** A problem of the "Bilgi" sheet's cell in column B of `row`. */
  const infoProblem = <K extends 'WORKBOOK_PLAN' | 'WORKBOOK_PERIOD'>(
    row: number,
    code: K,
    params: ImportMessageParams[K],
  ): WorkbookErrorDetail =>
    cellProblem(VALUES_INFO_SHEET, Math.max(row, 1), 'B', code, importMessage(code, params, lang));
  const details: WorkbookErrorDetail[] = [];
  if (info.planId.value !== planId) {
    const plan = info.planId.value;
    details.push(infoProblem(info.planId.row, 'WORKBOOK_PLAN', plan === null ? {} : { plan }));
  }
  if (info.period.value !== period) {
    const made = info.period.value;
    details.push(
      infoProblem(info.period.row, 'WORKBOOK_PERIOD', made === null ? { period } : { made, period }),
    );
  }
  if (details.length === 0) return;
  throw new BadRequestError('WORKBOOK_MISMATCH', importMessage('WORKBOOK_MISMATCH', {}, lang), details);
}

function importInvalid(problems: WorkbookErrorDetail[], lang: Lang): BadRequestError {
  const sorted = [...problems].sort(
    (a, b) =>
      a.sheet.localeCompare(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      columnNumber(a.column ?? 'A') - columnNumber(b.column ?? 'A'),
  );
  const rows = new Set(sorted.map((problem) => problem.row ?? 0)).size;
  return new BadRequestError(
    'IMPORT_INVALID',
    importMessage('IMPORT_INVALID', { count: sorted.length, rows }, lang),
    sorted,
  );
}
