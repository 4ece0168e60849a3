import type { AssessmentPeriodResponse } from '../../contracts/workflow.js';
import { parsePeriod } from './period-keys.js';
import type { AssessmentPeriod } from './assessment-period.entity.js';
import { assessmentEndDate } from './assessment-periods.js';

export function toAssessmentPeriodResponse(row: AssessmentPeriod): AssessmentPeriodResponse {
  const period = parsePeriod(row.period);
  return {
    period: row.period,
    status: row.status,
    endDate: period ? assessmentEndDate(period) : '',
    openedBy: row.openedBy,
    openedAt: row.openedAt.toISOString(),
    closedBy: row.closedBy,
    closedAt: row.closedAt ? row.closedAt.toISOString() : null,
    version: row.version,
  };
}
