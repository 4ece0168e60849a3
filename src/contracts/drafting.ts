/**
 * The drafting workspace's routes (issue 12): the strategy tree in one read, a whole target card
 * saved at once, and moves that renumber codes under the plan's prefixes (CODE_PREFIX holds after
 * every move).
 */
import type { Direction, Method, ValueType } from './plan-document.js';
import type { IndicatorResponse, TargetCardFields, TargetResponse } from './resources.js';
import type { ValidationResponse } from './validation.js';

/** `GET /api/plans/:planId/strategy`: aims → targets → indicators, in order, for the tree. */
export interface StrategyTreeResponse {
  planId: string;
  aims: StrategyAimNode[];
}

export interface StrategyAimNode {
  code: string;
  title: string;
  position: number;
  version: number;
  targets: StrategyTargetNode[];
}

export interface StrategyTargetNode {
  code: string;
  title: string;
  position: number;
  version: number;
  responsibleUnit: string;
  indicators: StrategyIndicatorNode[];
}

export interface StrategyIndicatorNode {
  code: string;
  name: string;
  weight: number;
  position: number;
  version: number;
}

/**
 * `POST /api/plans/:planId/aims/:code/move`, `…/targets/:code/move`, `…/indicators/:code/move`:
 * put the node at `position` (1-based) among its siblings — for a target, under `aim` when given
 * (another aim) — and renumber every code the move shifts. Drafts only (plan content rules).
 */
export interface MoveRequest {
  /** Targets only: the aim to move under (default: the same aim). */
  aim?: string;
  position: number;
}

/** The tree after the move, and every code it changed (old → new). */
export interface MoveResponse extends StrategyTreeResponse {
  renamed: Record<string, string>;
}

/** One indicator row of a card save; without `code` it is a new indicator the server numbers. */
export interface TargetCardIndicatorInput {
  code?: string;
  name: string;
  unit?: string | null;
  weight: number;
  direction: Direction;
  valueType: ValueType;
  method?: Method | null;
  baseline: number | null;
  targets: Record<string, number>;
  halfYearTargets?: Record<string, number>;
  monitoringMonths?: 6 | 12;
  reportingMonths?: 6 | 12;
  dataSource?: string | null;
}

/**
 * `PUT /api/plans/:planId/targets/:code/card`: the whole card in one transaction — all of it is
 * stored or none of it (400 with field details such as `indicators[2].targets.2026`). `version` is
 * the target's version as read: another version answers 409 STALE_VERSION whose `current` is the
 * card as it is now (a TargetCardResponse). Indicators are given in order; an existing indicator
 * left out is deleted (refused while it holds approved values).
 */
export interface TargetCardSaveRequest extends TargetCardFields {
  version: number;
  title: string;
  indicators: TargetCardIndicatorInput[];
}

/** The card as stored, with the whole plan's validation after the save (GET …/card answers it too). */
export interface TargetCardResponse {
  target: TargetResponse;
  indicators: IndicatorResponse[];
  validation: ValidationResponse;
}
