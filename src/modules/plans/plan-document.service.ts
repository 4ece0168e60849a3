import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PlanDocument } from '../../contracts/plan-document.js';
import type { Lang, ValidationIssue } from '../../contracts/validation.js';
import { AppError, BadRequestError } from '../../common/app-error.js';
import type { RequestUser } from '../../common/request-user.js';
import { istanbulDate } from '../../common/clock.js';
import { setActor } from '../../database/actor.js';
import { currentReason } from '../../common/request-context.js';
import { parsePlanDocumentBody } from './plan-document-body.js';
import { applyImportStatuses, historicalNote, loweredWarning, type ImportTrust } from './import-statuses.js';
import { toPlanDocument } from './plan-document.mapper.js';
import { loadPlanRows, writeDocumentRows } from './plan-storage.repository.js';
import { planInvalid } from './plan-guards.js';
import { validatePlan } from './plan-rules.js';
import { detailMessage } from '../../common/messages/detail-messages.js';

/** Who imports a plan document: a signed-in caller, or the system's historical load. */
export type Importer = RequestUser | 'historical-load';

export interface ImportResult {
  id: string;
  warnings: ValidationIssue[];
}

/** Whole-plan documents: import (all or nothing) and export (plan-document.md). */
@Injectable()
export class PlanDocumentService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Checks the document's shape and the rules of domain.md 5, then stores it in one transaction.
   * `importer`: the signed-in caller, who must plan for the institution the document names; or
   * `'historical-load'`, the system loading historical data with no request (the demo seed, the
   * bench). Who imports decides the stored value statuses (import-statuses.ts).
   */
  async importDocument(body: unknown, lang: Lang, importer: Importer): Promise<ImportResult> {
    const { document: parsed, problems } = await parsePlanDocumentBody(body, lang);
    if (!parsed) {
      throw new BadRequestError('VALIDATION_FAILED', problemSummary(problems.length, lang), problems);
    }
    const trust = importer === 'historical-load' ? importer : await this.importTrust(importer, parsed);
    // The rules judge the values as they will be stored.
    const { document, lowered, keptApproved } = applyImportStatuses(parsed, trust);
    const issues = validatePlan(document, { today: istanbulDate(), lang });
    const errors = issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0) throw planInvalid(errors, lang);
    const user = importer === 'historical-load' ? null : importer;
    const note = historicalNote(trust, keptApproved);
    const reason = currentReason() ?? (trust === 'historical-load' ? null : 'plan import');
    const id = await this.dataSource.transaction(async (manager) => {
      await setActor(manager, user, [reason, note].filter((part) => part !== null).join('; '));
      return writeDocumentRows(manager, document, user);
    });
    const warning = loweredWarning(lowered, lang);
    return {
      id,
      warnings: [...issues.filter((issue) => issue.severity === 'warning'), ...(warning ? [warning] : [])],
    };
  }

  /**
   * Plans are imported by a planner or administrator of the institution the document names; a
   * new institution needs a superadmin. Both refusals read the same, so names do not leak.
   */
  private async importTrust(user: RequestUser, document: PlanDocument): Promise<ImportTrust> {
    if (user.isSuperadmin) return 'superadmin';
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM institutions WHERE name = $1',
      [document.institution.name],
    );
    const role = rows[0] ? user.memberships.get(rows[0].id)?.role : undefined;
    if (role !== 'admin' && role !== 'planner') {
      throw new AppError(403, 'FORBIDDEN', { roles: 'planner, admin' });
    }
    return role;
  }

  async exportDocument(planId: string): Promise<PlanDocument> {
    return toPlanDocument(await loadPlanRows(this.dataSource.manager, planId));
  }
}

function problemSummary(count: number, lang: Lang): string {
  return detailMessage('PLAN_DOCUMENT.problems', { count }, lang);
}
