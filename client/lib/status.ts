import { DEFAULT_STATUS_THRESHOLDS, type PlanSettings } from '../../src/contracts/plan-document.js';
import type { MessageKey } from '../messages/index.js';

/** How a realisation rate is coloured: good (green), warning (amber), poor (red), none (no data, grey). */
export type RateStatus = 'good' | 'warning' | 'poor' | 'none';

export interface StatusThresholds {
  good: number;
  warning: number;
}

/** The plan's bands (settings.statusThresholds), else the API's defaults (≥ 85 good, ≥ 50 warning). */
export function thresholdsOf(
  settings: Pick<PlanSettings, 'statusThresholds'> | null | undefined,
): StatusThresholds {
  return settings?.statusThresholds ?? DEFAULT_STATUS_THRESHOLDS;
}

/** rate ≥ good → good; ≥ warning → warning; else poor; null (no data) → none, never "poor". */
export function statusOf(rate: number | null | undefined, thresholds: StatusThresholds): RateStatus {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return 'none';
  if (rate >= thresholds.good) return 'good';
  if (rate >= thresholds.warning) return 'warning';
  return 'poor';
}

export const STATUS_LABEL: Record<RateStatus, MessageKey> = {
  good: 'common.statusGood',
  warning: 'common.statusWarning',
  poor: 'common.statusPoor',
  none: 'common.noData',
};
