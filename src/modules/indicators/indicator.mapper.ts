import type { IndicatorResponse, IndicatorValueResponse } from '../../contracts/resources.js';
import type { ValueCorrectionResponse } from '../../contracts/workflow.js';
import type { IndicatorTarget } from './indicator-target.entity.js';
import type { IndicatorValue } from './indicator-value.entity.js';
import type { Indicator } from './indicator.entity.js';
import type { ValueCorrection } from './value-correction.entity.js';

export function toIndicatorResponse(
  indicator: Indicator,
  targetCode: string,
  yearly: IndicatorTarget[],
): IndicatorResponse {
  return {
    code: indicator.code,
    target: targetCode,
    name: indicator.name,
    unit: indicator.unit,
    weight: indicator.weight,
    direction: indicator.direction,
    valueType: indicator.valueType,
    method: indicator.method,
    effectiveMethod: indicator.method ?? (indicator.valueType === 'donemsel' ? 'F2' : 'F1'),
    baseline: indicator.baseline,
    targets: Object.fromEntries(
      [...yearly].sort((a, b) => a.year - b.year).map((row) => [String(row.year), row.value]),
    ),
    halfYearTargets: indicator.halfYearTargets ?? {},
    monitoringMonths: indicator.monitoringMonths ?? 6,
    reportingMonths: indicator.reportingMonths ?? 6,
    dataSource: indicator.dataSource,
    sinceYear: indicator.sinceYear,
    chartFromZero: indicator.chartFromZero,
    position: indicator.position,
    version: indicator.version,
  };
}

/** An entry with its waiting correction (only an approved value can have one). */
export function toIndicatorValueResponse(
  row: IndicatorValue,
  pending: ValueCorrection | null,
): IndicatorValueResponse {
  return {
    period: row.period,
    value: row.value,
    note: row.note,
    deviationReason: row.deviationReason,
    status: row.status,
    evidenceUrl: row.evidenceUrl,
    enteredBy: row.enteredBy,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt ? row.submittedAt.toISOString() : null,
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt ? row.approvedAt.toISOString() : null,
    returnComment: row.returnComment,
    originalValue: row.originalValue,
    correctionReason: row.correctionReason,
    revised: row.revised,
    implausible: row.implausible,
    pendingCorrection: pending ? toValueCorrectionResponse(pending) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function toValueCorrectionResponse(row: ValueCorrection): ValueCorrectionResponse {
  return {
    id: row.id,
    period: row.period,
    status: row.status,
    previousValue: row.previousValue,
    value: row.value,
    deviationReason: row.deviationReason,
    note: row.note,
    evidenceUrl: row.evidenceUrl,
    reason: row.reason,
    proposedBy: row.proposedBy,
    proposedAt: row.proposedAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    decisionComment: row.decisionComment,
    version: row.version,
  };
}
