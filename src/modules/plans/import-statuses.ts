/**
 * The workflow status each value of an imported plan document is stored with (issue 9, point 8):
 * an import is no approval by one person. Pure: no framework, no I/O.
 *
 * - A value **without** `status` arrives `submitted`, to be approved by someone else as usual.
 * - A value **with** `status` keeps it when an institution administrator (or a superadmin)
 *   imports it: historical data, which the audit entry of the import says
 *   ("geçmiş veri aktarımı (kurum yöneticisi)").
 * - A planner may not approve what they bring in: their `approved` values arrive `submitted` (a
 *   corrected one with its corrected value, without the correction fields, which belong to
 *   approved values), and the import answer warns (IMPORTED_AS_SUBMITTED). Their `draft`,
 *   `returned` and `submitted` values keep their status: none of them counts as approved, and
 *   turning a draft into `submitted` would queue for approval what nobody submitted.
 * - The system's historical load (the demo seed and the bench, with no signed-in user) keeps every
 *   status and reads a value without one as `approved`, as documents written before the workflow
 *   meant it.
 */
import type { PlanDocument, ValueDoc } from '../../contracts/plan-document.js';
import type { Lang, ValidationIssue } from '../../contracts/validation.js';
import type { ValueStatus } from '../../contracts/workflow.js';
import { detailMessage } from '../../common/messages/detail-messages.js';

/** Who brings the document in, as far as value statuses go. */
export type ImportTrust = 'historical-load' | 'superadmin' | 'admin' | 'planner';

export interface ImportStatuses {
  /** The document with every value's status explicit, as it is stored. */
  document: PlanDocument;
  /** Paths of the `status` of each value a planner's import lowered from approved to submitted. */
  lowered: string[];
  /** Values stored approved because the document said so (historical data). */
  keptApproved: number;
}

/** The stored status of one value given the status its document gives (or not). */
export function importedStatus(given: ValueStatus | undefined, trust: ImportTrust): ValueStatus {
  if (given === undefined) return trust === 'historical-load' ? 'approved' : 'submitted';
  if (given === 'approved' && trust === 'planner') return 'submitted';
  return given;
}

/** Every value of the document with the status it is stored with. */
export function applyImportStatuses(document: PlanDocument, trust: ImportTrust): ImportStatuses {
  const after = structuredClone(document);
  const lowered: string[] = [];
  let keptApproved = 0;
  after.plan.aims.forEach((aim, a) =>
    aim.targets.forEach((target, t) =>
      target.indicators.forEach((indicator, i) => {
        for (const [period, entry] of Object.entries(indicator.values ?? {})) {
          const status = importedStatus(entry.status, trust);
          if (entry.status === 'approved' && status !== 'approved') {
            lowered.push(
              `plan.aims[${a}].targets[${t}].indicators[${i}].values[${JSON.stringify(period)}].status`,
            );
          } else if (entry.status === 'approved') keptApproved += 1;
          (indicator.values as Record<string, ValueDoc>)[period] =
            status === 'approved' ? { ...entry, status } : withoutCorrection({ ...entry, status });
        }
      }),
    ),
  );
  return { document: after, lowered, keptApproved };
}

/** The import answer's warning about the values a planner's import lowered, or null. */
export function loweredWarning(lowered: readonly string[], lang: Lang): ValidationIssue | null {
  if (lowered.length === 0) return null;
  return {
    code: 'IMPORTED_AS_SUBMITTED',
    severity: 'warning',
    path: lowered[0],
    message: detailMessage('IMPORTED_AS_SUBMITTED', { count: lowered.length, first: lowered[0] }, lang),
  };
}

/** The audit reason's note of a historical load, when approved values came in as approved. */
export function historicalNote(trust: ImportTrust, keptApproved: number): string | null {
  if (trust === 'historical-load') return 'geçmiş veri aktarımı (sistem)';
  if (keptApproved === 0 || trust === 'planner') return null;
  return trust === 'superadmin'
    ? 'geçmiş veri aktarımı (süper yönetici)'
    : 'geçmiş veri aktarımı (kurum yöneticisi)';
}

function withoutCorrection(entry: ValueDoc): ValueDoc {
  const { revised: _revised, originalValue: _original, correctionReason: _reason, ...rest } = entry;
  return rest;
}
