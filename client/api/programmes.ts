import type {
  BudgetActivityRequest,
  BudgetGoalRequest,
  BudgetIndicatorRequest,
  BudgetProgrammeRequest,
  BudgetSubProgrammeRequest,
  ProgrammeBudgetResponse,
  ActivityProgressResponse,
  ProgrammeResponse,
  ProgrammeRevisionResponse,
  ProgrammeTablesResponse,
  PutActivityProgressRequest,
  PutProgrammeRequest,
  ResourceNeed,
} from '../../src/contracts/programme.js';
import type { ValidationIssue } from '../../src/contracts/validation.js';
import { download, http, type DownloadedFile, type DownloadOptions } from './http.js';

/**
 * The yearly performance programme of a plan (GET/PUT …/programmes/:year and its PHs, indicator
 * figures, activities, tables, rules and lifecycle; docs/api.md "Performance programme"). Writes
 * answer the whole programme; the tables and the rules are read again after each change.
 */

const base = (planId: string, year?: number, rest = ''): string =>
  `/plans/${encodeURIComponent(planId)}/programmes${year === undefined ? '' : `/${year}`}${rest}`;

export interface ProgrammeValidation {
  planId: string;
  year: number;
  errors: number;
  warnings: number;
  issues: ValidationIssue[];
}

export interface ActivityRequest {
  target?: string;
  name?: string;
  unit?: string;
  code?: string;
  description?: string;
  budget?: ResourceNeed['budget'];
  offBudget?: ResourceNeed['offBudget'];
  version?: number;
}

export function listProgrammes(planId: string, signal?: AbortSignal): Promise<ProgrammeResponse[]> {
  return http.get<ProgrammeResponse[]>(base(planId), { signal });
}

export function getProgramme(planId: string, year: number, signal?: AbortSignal): Promise<ProgrammeResponse> {
  return http.get<ProgrammeResponse>(base(planId, year), { signal });
}

/** Makes the year's programme (a draft) or changes its format, proposal, general administration, transfers. */
export function putProgramme(
  planId: string,
  year: number,
  body: PutProgrammeRequest,
): Promise<ProgrammeResponse> {
  return http.put<ProgrammeResponse>(base(planId, year), body);
}

export function deleteProgramme(planId: string, year: number): Promise<void> {
  return http.delete(base(planId, year));
}

export function getProgrammeTables(
  planId: string,
  year: number,
  signal?: AbortSignal,
): Promise<ProgrammeTablesResponse> {
  return http.get<ProgrammeTablesResponse>(base(planId, year, '/tables'), { signal });
}

export function getProgrammeValidation(
  planId: string,
  year: number,
  signal?: AbortSignal,
): Promise<ProgrammeValidation> {
  return http.get<ProgrammeValidation>(base(planId, year, '/validation'), { signal });
}

export function addProgrammeTarget(
  planId: string,
  year: number,
  body: { target: string; code?: string; explanation?: string },
): Promise<ProgrammeResponse> {
  return http.post<ProgrammeResponse>(base(planId, year, '/targets'), body);
}

export function updateProgrammeTarget(
  planId: string,
  year: number,
  ph: string,
  body: { code?: string; target?: string; explanation?: string; version?: number },
): Promise<ProgrammeResponse> {
  return http.patch<ProgrammeResponse>(base(planId, year, `/targets/${encodeURIComponent(ph)}`), body);
}

export function deleteProgrammeTarget(planId: string, year: number, ph: string): Promise<void> {
  return http.delete(base(planId, year, `/targets/${encodeURIComponent(ph)}`));
}

/** Figures by year (t-2…t; null clears one) and the explanation of a PH's indicator; `version` as read (0: nothing typed yet). */
export function putProgrammeIndicator(
  planId: string,
  year: number,
  ph: string,
  indicator: string,
  body: { figures?: Record<string, number | null>; explanation?: string; version?: number },
): Promise<ProgrammeResponse> {
  return http.put<ProgrammeResponse>(
    base(planId, year, `/targets/${encodeURIComponent(ph)}/indicators/${encodeURIComponent(indicator)}`),
    body,
  );
}

export function addProgrammeActivity(
  planId: string,
  year: number,
  body: ActivityRequest,
): Promise<ProgrammeResponse> {
  return http.post<ProgrammeResponse>(base(planId, year, '/activities'), body);
}

export function updateProgrammeActivity(
  planId: string,
  year: number,
  code: string,
  body: ActivityRequest,
): Promise<ProgrammeResponse> {
  return http.patch<ProgrammeResponse>(base(planId, year, `/activities/${encodeURIComponent(code)}`), body);
}

export function deleteProgrammeActivity(planId: string, year: number, code: string): Promise<void> {
  return http.delete(base(planId, year, `/activities/${encodeURIComponent(code)}`));
}

export function submitProgramme(planId: string, year: number, date: string): Promise<ProgrammeResponse> {
  return http.post<ProgrammeResponse>(base(planId, year, '/submit'), { date });
}

export function acceptProgramme(
  planId: string,
  year: number,
  body: { date: string; number: string },
): Promise<ProgrammeResponse> {
  return http.post<ProgrammeResponse>(base(planId, year, '/accept'), body);
}

export function openProgrammeRevision(
  planId: string,
  year: number,
  reason: string,
): Promise<ProgrammeRevisionResponse> {
  return http.post<ProgrammeRevisionResponse>(base(planId, year, '/revisions'), { reason });
}

export function listProgrammeRevisions(
  planId: string,
  year: number,
  signal?: AbortSignal,
): Promise<ProgrammeRevisionResponse[]> {
  return http.get<ProgrammeRevisionResponse[]>(base(planId, year, '/revisions'), { signal });
}

/** Tablo 1–5 as one workbook (GET …/tables.xlsx), with download progress. */
export function downloadProgrammeTables(
  planId: string,
  year: number,
  options: DownloadOptions = {},
): Promise<DownloadedFile> {
  return download(base(planId, year, '/tables.xlsx'), options);
}

// ——— The programme-budget format (…/programmes/:year/budget; docs/api.md "Programme-budget format") ———

/** The parts of a programme-budget card, as their routes name them. */
export type BudgetPart = 'programmes' | 'sub-programmes' | 'goals' | 'indicators' | 'activities';

export function getProgrammeBudget(
  planId: string,
  year: number,
  signal?: AbortSignal,
): Promise<ProgrammeBudgetResponse> {
  return http.get<ProgrammeBudgetResponse>(base(planId, year, '/budget'), { signal });
}

/** Adds a part (POST) or, with its id, replaces it (PUT); answers the whole card. */
export function saveBudgetPart(
  planId: string,
  year: number,
  part: BudgetPart,
  id: string | null,
  body:
    | BudgetProgrammeRequest
    | BudgetSubProgrammeRequest
    | BudgetGoalRequest
    | BudgetIndicatorRequest
    | BudgetActivityRequest,
): Promise<ProgrammeBudgetResponse> {
  return id === null
    ? http.post<ProgrammeBudgetResponse>(base(planId, year, `/budget/${part}`), body)
    : http.put<ProgrammeBudgetResponse>(
        base(planId, year, `/budget/${part}/${encodeURIComponent(id)}`),
        body,
      );
}

export function deleteBudgetPart(planId: string, year: number, part: BudgetPart, id: string): Promise<void> {
  return http.delete(base(planId, year, `/budget/${part}/${encodeURIComponent(id)}`));
}

export function downloadBudgetCards(
  planId: string,
  year: number,
  options: DownloadOptions = {},
): Promise<DownloadedFile> {
  return download(base(planId, year, '/budget/cards.xlsx'), options);
}

// ——— Activity progress (value workflow, docs/api.md "Performance programme") ———

const progressPath = (planId: string, year: number, activity: string, period: string, action = ''): string =>
  base(
    planId,
    year,
    `/activities/${encodeURIComponent(activity)}/progress/${encodeURIComponent(period)}${action}`,
  );

/** Saves the draft progress of an activity for a period: % done, note, spending by economic code. */
export function putActivityProgress(
  planId: string,
  year: number,
  activity: string,
  period: string,
  body: PutActivityProgressRequest,
): Promise<ActivityProgressResponse> {
  return http.put<ActivityProgressResponse>(progressPath(planId, year, activity, period), body);
}

/** submit, withdraw, approve (never by who entered or submitted it) with the version read; return with a comment. */
export function progressStep(
  planId: string,
  year: number,
  activity: string,
  period: string,
  step: 'submit' | 'withdraw' | 'approve' | 'return',
  body: { version?: number; comment?: string },
): Promise<ActivityProgressResponse> {
  return http.post<ActivityProgressResponse>(progressPath(planId, year, activity, period, `/${step}`), body);
}
