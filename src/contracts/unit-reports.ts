/*
 * Unit activity reports (birim faaliyet raporları, issue 14 point 8, planning-cycle.md 5): per plan
 * year and unit, due at the end of February of the next year. The unit manager writes the
 * problems (sorunlar) and proposals (öneriler); the results beside them are computed on every
 * read (the progress engine on approved values, the activities' approved progress), never typed.
 * Routes under /api/plans/:planId/activity-reports/:year/units.
 */
import type { ActivityPeriodProgress } from './programme.js';
import type { Coverage, RateBand, TargetProgress } from './progress.js';
import type { EntryState, ValueStatus } from './workflow.js';

/** A unit's report status in the year's list (missing: nothing written yet). */
export interface UnitReportStatus {
  unit: string;
  unitName: string;
  state: EntryState;
  submittedAt: string | null;
  approvedAt: string | null;
  version: number | null;
}

/** GET …/activity-reports/:year/units: every unit that owes a report, and the counts by state. */
export interface UnitReportsResponse {
  planId: string;
  year: number;
  /** Last day the reports are due: the end of February of the next year. */
  dueDate: string;
  units: UnitReportStatus[];
  counts: {
    expected: number;
    missing: number;
    draft: number;
    submitted: number;
    returned: number;
    approved: number;
  };
}

/** An activity of the year's accepted programme that the unit is responsible for, with its monitoring. */
export interface UnitReportActivity {
  programmeTarget: string;
  code: string;
  name: string;
  /** Per period with an entry: the approved figures and the entry whatever its status. */
  progress: ActivityPeriodProgress[];
}

/** GET …/activity-reports/:year/units/:unitCode. */
export interface UnitActivityReportResponse {
  planId: string;
  year: number;
  unit: string;
  unitName: string;
  dueDate: string;
  state: EntryState;
  status: ValueStatus | null;
  problems: string | null;
  proposals: string | null;
  returnComment: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  version: number | null;
  /**
   * The unit's targets with their indicators' results at the year end, as GET progress computes
   * them on approved values (basis 'approved', period = the year): the same figures, not a copy.
   */
  results: {
    period: string;
    basis: 'approved';
    targets: TargetProgress[];
  };
  /** The year's programme status (null without a programme) and the unit's activities in it. */
  programmeStatus: string | null;
  activities: UnitReportActivity[];
}

/** The rates a report shows carry their coverage and band (re-exported for the client). */
export type { Coverage, RateBand };

/** PUT of the report's text: creates or updates its draft (a returned report goes back to draft). */
export interface PutUnitReportRequest {
  problems?: string | null;
  proposals?: string | null;
  version?: number;
}
