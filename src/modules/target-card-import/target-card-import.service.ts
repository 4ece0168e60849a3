import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
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
import { setActor } from '../../database/actor.js';
import { parsePlanDocument } from '../plans/plan-document-parser.js';
import { toPlanDocument, type PlanRows } from '../plans/plan-document.mapper.js';
import { effectiveStatus } from '../plans/plan-lifecycle.js';
import { PlanDocumentService } from '../plans/plan-document.service.js';
import { istanbulDate } from '../../common/clock.js';
import { PlanEditorService } from '../plans/plan-editor.service.js';
import { assertDocumentKeepsRules } from '../plans/plan-guards.js';
import { validatePlan } from '../plans/plan-rules.js';
import { holdsApprovedValues } from '../plans/approved-values.js';
import { storedRows, writeRowChanges } from '../plans/plan-storage.repository.js';
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
      await writeRowChanges(manager, rows.plan, changes);
      const warnings = validatePlan(parsed.document, { today: istanbulDate(), lang }).filter(
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
  return { ...storedRows(rows), unitIds: new Map(rows.units.map((unit) => [unit.code, unit.id])) };
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
