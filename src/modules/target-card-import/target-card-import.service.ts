import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type ExcelJS from 'exceljs';
import type { AimDoc, PlanDocument } from '../../contracts/plan-document.js';
import type { TargetCardsImportResponse, TargetCardsUpdateResponse } from '../../contracts/reports.js';
import type { Lang, ValidationIssue } from '../../contracts/validation.js';
import type { WorkbookErrorDetail } from '../../contracts/workbooks.js';
import { AppError, BadRequestError, ConflictError } from '../../common/app-error.js';
import { currentActor, currentReason } from '../../common/request-context.js';
import type { RequestUser } from '../../common/request-user.js';
import { readWorkbookUpload, tooManyRows } from '../../workbooks/workbook-upload.js';
import { overLimitMessage, PLAN_LIMITS } from '../plans/plan-limits.js';
import { bulkInsert, type BulkColumn } from '../../database/bulk-insert.js';
import { setActor } from '../../database/actor.js';
import { parsePlanDocument } from '../plans/plan-document-parser.js';
import { effectiveStatus, toPlanDocument, type PlanRows } from '../plans/plan-document.mapper.js';
import { PlanDocumentService, today } from '../plans/plan-document.service.js';
import { PlanEditorService, assertDocumentKeepsRules } from '../plans/plan-editor.service.js';
import { validatePlan } from '../plans/plan-rules.js';
import { holdsApprovedValues } from '../plans/approved-values.js';
import { PLAN_TABLE_COLUMNS } from '../plans/plan-storage.repository.js';
import { cardChanges, countChanges, type CardChanges, type StoredCards } from './target-card-changes.js';
import { PLAN_SHEET, UNITS_SHEET } from '../reports/target-card-layout.js';
import { locateIssue, readTargetCards } from './target-cards-reader.js';
import { detailMessage } from '../../common/messages/detail-messages.js';
import { errorMessage } from '../../common/messages/index.js';

/**
 * The target-card workbook coming back (issue 5): a new plan from it, through the one plan
 * import (parser, rules, one transaction), or the cards of a draft plan replaced by it under the
 * plan rules. Every problem names its sheet, row and column; an import with any error changes
 * nothing.
 */
@Injectable()
export class TargetCardImportService {
  constructor(
    private readonly documents: PlanDocumentService,
    private readonly editor: PlanEditorService,
  ) {}

  /** A new plan (planner or admin of the institution the Plan sheet names). */
  async createPlan(
    body: unknown,
    contentType: string | undefined,
    lang: Lang,
    user: RequestUser,
  ): Promise<TargetCardsImportResponse> {
    const workbook = await readWorkbookUpload(body, {
      contentType,
      requiredSheets: [PLAN_SHEET, UNITS_SHEET],
      lang,
    });
    assertRowLimit(workbook, lang);
    const read = readTargetCards(workbook, lang);
    if (!read.document) throw importInvalid(read.problems, lang);
    const locate = (issue: { path: string; code: string; message: string }): WorkbookErrorDetail =>
      locateIssue(read.locations, issue, PLAN_SHEET);
    try {
      const result = await this.documents.importDocument(read.document, lang, user);
      return { id: result.id, warnings: result.warnings.map(locate) };
    } catch (error) {
      throw relocated(error, locate, lang);
    }
  }

  /**
   * Replaces the aims, targets and indicators of a draft plan with the workbook's aim sheets
   * (matched by code: a kept indicator keeps its values). A plan submitted or in force changes
   * only through a plan update: 409 CARDS_VIA_UPDATE.
   */
  async replaceCards(
    planId: string,
    body: unknown,
    contentType: string | undefined,
    lang: Lang,
  ): Promise<TargetCardsUpdateResponse> {
    const workbook = await readWorkbookUpload(body, { contentType, lang });
    assertRowLimit(workbook, lang);
    const read = readTargetCards(workbook, lang, { aimsOnly: true });
    if (!read.document) throw importInvalid(read.problems, lang);
    const fallback = workbook.worksheets.find(
      (sheet) => sheet.name !== PLAN_SHEET && sheet.name !== UNITS_SHEET,
    );
    const locate = (issue: { path: string; code: string; message: string }): WorkbookErrorDetail =>
      locateIssue(read.locations, issue, fallback?.name ?? PLAN_SHEET);
    const aims = (read.document.plan as { aims: unknown }).aims;

    return this.editor.edit(planId, lang, async (manager, rows) => {
      const status = effectiveStatus(rows.plan);
      if (status !== 'taslak') {
        const route = `POST /api/plans/${planId}/updates`;
        throw new ConflictError(
          'CARDS_VIA_UPDATE',
          detailMessage('CARDS_VIA_UPDATE.workbook', { status, route }, lang),
        );
      }
      const before = toPlanDocument(rows);
      const after = withCards(before, aims);
      const parsed = parsePlanDocument(after, lang);
      if (!parsed.document) throw importInvalid(parsed.problems.map(locate), lang);
      try {
        assertDocumentKeepsRules(before, parsed.document, lang);
      } catch (error) {
        throw relocated(error, locate, lang);
      }
      await setActor(manager, currentActor(), currentReason() ?? 'hedef kartları çalışma kitabı');
      const changes = cardChanges(storedCards(rows), parsed.document.plan.aims, randomUUID);
      assertKeepsApprovedValues(rows, changes, lang);
      await applyChanges(manager, rows, changes);
      const warnings = validatePlan(parsed.document, { today: today(), lang }).filter(
        (issue: ValidationIssue) => issue.severity === 'warning',
      );
      return { id: planId, warnings: warnings.map(locate), changes: countChanges(changes) };
    });
  }
}

/**
 * 400 UPLOAD_TOO_MANY_ROWS when the sheets together have more rows with content than a
 * target-card workbook may (PLAN_LIMITS.targetCardWorkbookRows), at the sheet that passes it.
 */
function assertRowLimit(workbook: ExcelJS.Workbook, lang: Lang): void {
  let rows = 0;
  for (const sheet of workbook.worksheets) {
    rows += sheet.actualRowCount;
    if (rows > PLAN_LIMITS.targetCardWorkbookRows) {
      const total = workbook.worksheets.reduce((sum, each) => sum + each.actualRowCount, 0);
      throw tooManyRows(overLimitMessage('targetCardWorkbookRows', total, lang), sheet.name);
    }
  }
}

/**
 * A workbook that leaves out an indicator (or its target or aim) deletes it: never one holding
 * approved values (409 HOLDS_APPROVED_VALUES, one detail per such indicator).
 */
function assertKeepsApprovedValues(rows: PlanRows, changes: CardChanges, lang: Lang): void {
  const approved = new Map<string, number>();
  for (const value of rows.values) {
    if (value.status === 'approved')
      approved.set(value.indicatorId, (approved.get(value.indicatorId) ?? 0) + 1);
  }
  const holders = changes.indicators.delete
    .filter((indicator) => approved.has(indicator.id))
    .map((indicator) => ({
      path: `indicators.${indicator.code}`,
      name: indicator.code,
      indicatorId: indicator.id,
      values: approved.get(indicator.id) ?? 0,
    }));
  const refused = holdsApprovedValues(holders.map((holder) => holder.name).join(', '), holders, lang);
  if (refused) throw new ConflictError(refused.code, refused.message, refused.details);
}

/** The plan as it stands with the workbook's aims; a kept indicator brings its entered values along. */
function withCards(before: PlanDocument, aims: unknown): unknown {
  const values = new Map(
    before.plan.aims.flatMap((aim) =>
      aim.targets.flatMap((target) =>
        target.indicators.map((indicator) => [indicator.code, indicator.values]),
      ),
    ),
  );
  const merged = Array.isArray(aims)
    ? (aims as Array<Partial<AimDoc>>).map((aim) => ({
        ...aim,
        targets: Array.isArray(aim.targets)
          ? aim.targets.map((target) => ({
              ...target,
              indicators: Array.isArray(target.indicators)
                ? target.indicators.map((indicator) => {
                    const entered =
                      typeof indicator.code === 'string' ? values.get(indicator.code) : undefined;
                    return entered ? { ...indicator, values: entered } : indicator;
                  })
                : target.indicators,
            }))
          : aim.targets,
      }))
    : aims;
  return { ...before, plan: { ...before.plan, aims: merged } };
}

/** The stored cards in the shape the pure diff compares. */
function storedCards(rows: PlanRows): StoredCards {
  return {
    aims: rows.aims.map(({ id, code, title, position }) => ({ id, code, title, position })),
    targets: rows.targets.map((target) => ({
      id: target.id,
      aimId: target.aimId,
      code: target.code,
      title: target.title,
      position: target.position,
      responsibleUnitId: target.responsibleUnitId,
      risks: target.risks,
      controls: target.controls,
      strategies: target.strategies,
      activities: target.activities,
      costEstimate: target.costEstimate,
      findings: target.findings,
      needs: target.needs,
    })),
    indicators: rows.indicators.map((indicator) => ({
      id: indicator.id,
      targetId: indicator.targetId,
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      weight: indicator.weight,
      direction: indicator.direction,
      valueType: indicator.valueType,
      method: indicator.method,
      baseline: indicator.baseline,
      monitoringMonths: indicator.monitoringMonths,
      reportingMonths: indicator.reportingMonths,
      dataSource: indicator.dataSource,
      sinceYear: indicator.sinceYear,
      position: indicator.position,
    })),
    yearlyTargets: rows.yearlyTargets.map(({ indicatorId, year, value }) => ({ indicatorId, year, value })),
    collaborators: rows.collaborators.map(({ targetId, unitId, position }) => ({
      targetId,
      unitId,
      position,
    })),
    unitIds: new Map(rows.units.map((unit) => [unit.code, unit.id])),
  };
}

/**
 * Writes the changes: new and changed records first (moves included), then the removed ones,
 * whose remaining children the cascade removes. Each step is one statement per table.
 */
async function applyChanges(manager: EntityManager, rows: PlanRows, changes: CardChanges): Promise<void> {
  const { id: planId, institutionId } = rows.plan;
  await bulkInsert(
    manager,
    'aims',
    PLAN_TABLE_COLUMNS.aims,
    changes.aims.insert.map((aim) => [aim.id, institutionId, planId, aim.code, aim.title, aim.position, 1]),
  );
  await updateRows(
    manager,
    'aims',
    changeable(PLAN_TABLE_COLUMNS.aims),
    changes.aims.update.map((aim) => [aim.id, aim.title, aim.position]),
  );
  // Rows in the order of the changeable columns; an insert adds the keys around them.
  const targetValues = (target: CardChanges['targets']['insert'][number]): unknown[] => [
    target.aimId,
    target.title,
    target.position,
    target.responsibleUnitId,
    target.risks,
    target.controls,
    target.strategies,
    target.activities,
    target.costEstimate,
    target.findings,
    target.needs,
  ];
  await bulkInsert(
    manager,
    'targets',
    PLAN_TABLE_COLUMNS.targets,
    changes.targets.insert.map((target) => {
      const [aimId, ...rest] = targetValues(target);
      return [target.id, institutionId, planId, aimId, target.code, ...rest, 1];
    }),
  );
  await updateRows(
    manager,
    'targets',
    changeable(PLAN_TABLE_COLUMNS.targets),
    changes.targets.update.map((target) => [target.id, ...targetValues(target)]),
  );
  const indicatorValues = (indicator: CardChanges['indicators']['insert'][number]): unknown[] => [
    indicator.targetId,
    indicator.name,
    indicator.unit,
    indicator.weight,
    indicator.direction,
    indicator.valueType,
    indicator.method,
    indicator.baseline,
    indicator.monitoringMonths,
    indicator.reportingMonths,
    indicator.dataSource,
    indicator.sinceYear,
    indicator.position,
  ];
  await bulkInsert(
    manager,
    'indicators',
    PLAN_TABLE_COLUMNS.indicators,
    changes.indicators.insert.map((indicator) => {
      const [targetId, ...rest] = indicatorValues(indicator);
      return [indicator.id, institutionId, planId, targetId, indicator.code, ...rest, 1];
    }),
  );
  await updateRows(
    manager,
    'indicators',
    changeable(PLAN_TABLE_COLUMNS.indicators),
    changes.indicators.update.map((indicator) => [indicator.id, ...indicatorValues(indicator)]),
  );
  await deleteRows(
    manager,
    'indicators',
    changes.indicators.delete.map((row) => row.id),
  );
  await deleteRows(
    manager,
    'targets',
    changes.targets.delete.map((row) => row.id),
  );
  await deleteRows(
    manager,
    'aims',
    changes.aims.delete.map((row) => row.id),
  );

  const yearly = changes.yearlyTargets;
  if (yearly.delete.length > 0) {
    await manager.query(
      `DELETE FROM indicator_targets t USING unnest($1::uuid[], $2::int[]) AS d(indicator_id, year)
        WHERE t.indicator_id = d.indicator_id AND t.year = d.year`,
      [yearly.delete.map((row) => row.indicatorId), yearly.delete.map((row) => row.year)],
    );
  }
  if (yearly.update.length > 0) {
    await manager.query(
      `UPDATE indicator_targets t SET value = u.value
         FROM unnest($1::uuid[], $2::int[], $3::numeric[]) AS u(indicator_id, year, value)
        WHERE t.indicator_id = u.indicator_id AND t.year = u.year`,
      [
        yearly.update.map((row) => row.indicatorId),
        yearly.update.map((row) => row.year),
        yearly.update.map((row) => row.value),
      ],
    );
  }
  await bulkInsert(
    manager,
    'indicator_targets',
    PLAN_TABLE_COLUMNS.yearlyTargets,
    yearly.insert.map((row) => [row.indicatorId, row.year, institutionId, planId, row.value]),
  );

  const { targetIds, rows: links } = changes.collaborators;
  if (targetIds.length > 0) {
    await manager.query('DELETE FROM target_collaborators WHERE target_id = ANY($1::uuid[])', [targetIds]);
  }
  await bulkInsert(
    manager,
    'target_collaborators',
    PLAN_TABLE_COLUMNS.collaborators,
    links.map((link) => [link.targetId, link.unitId, institutionId, link.position]),
  );
}

/** The columns a change may set: all but the keys, the code (what matches a record) and the version. */
function changeable<C extends BulkColumn>(columns: readonly C[]): C[] {
  return columns.filter(([name]) => !['id', 'institution_id', 'plan_id', 'code', 'version'].includes(name));
}

/** One UPDATE … FROM unnest(…) per table: rows are [id, …values in `columns` order]; version + 1. */
async function updateRows(
  manager: EntityManager,
  table: string,
  columns: readonly BulkColumn[],
  rows: unknown[][],
): Promise<void> {
  if (rows.length === 0) return;
  const all: readonly BulkColumn[] = [['id', 'uuid'], ...columns];
  const parameters = all.map(([, type], index) =>
    rows.map((row) => {
      const value = row[index];
      if (value === null || value === undefined) return null;
      return type === 'jsonb' ? JSON.stringify(value) : value;
    }),
  );
  const arrays = all.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
  const names = all.map(([name]) => name).join(', ');
  const sets = columns.map(([name]) => `${name} = u.${name}`).join(', ');
  await manager.query(
    `UPDATE ${table} t SET ${sets}, version = t.version + 1
       FROM unnest(${arrays}) AS u(${names})
      WHERE t.id = u.id`,
    parameters,
  );
}

async function deleteRows(manager: EntityManager, table: string, ids: string[]): Promise<void> {
  if (ids.length > 0) await manager.query(`DELETE FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
}

/** 400 IMPORT_INVALID: the workbook's problems, each at its cell; nothing was saved. */
function importInvalid(problems: WorkbookErrorDetail[], lang: Lang): BadRequestError {
  return new BadRequestError(
    'IMPORT_INVALID',
    errorMessage('IMPORT_INVALID', { count: problems.length }, lang),
    problems,
  );
}

/** A 400 of the plan import or the rules, its details moved from document paths to cells. */
function relocated(
  error: unknown,
  locate: (issue: { path: string; code: string; message: string }) => WorkbookErrorDetail,
  lang: Lang,
): unknown {
  if (error instanceof AppError && error.statusCode === 400 && error.details) {
    return importInvalid(error.details.map(locate), lang);
  }
  return error;
}
