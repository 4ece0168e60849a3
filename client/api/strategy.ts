import type { MoveRequest, MoveResponse, StrategyTreeResponse } from '../../src/contracts/drafting.js';
import type { CoreValueDoc, Direction, ValueType } from '../../src/contracts/plan-document.js';
import type {
  AimResponse,
  CopyPlanRequest,
  CreatePlanRequest,
  ImportResponse,
  IndicatorResponse,
  PlanResponse,
  PreviousRealisationResponse,
  TargetResponse,
} from '../../src/contracts/resources.js';
import { http } from './http.js';

/*
 * The drafting workspace's calls (issue 12): the strategy tree in one read, adding aims, targets
 * and indicators without a code (the server numbers them), moves that renumber, the plan's future
 * (mission, vision, core values) and starting a plan.
 */

const plan = (planId: string): string => `/plans/${encodeURIComponent(planId)}`;
const node = (planId: string, kind: 'aims' | 'targets' | 'indicators', code: string): string =>
  `${plan(planId)}/${kind}/${encodeURIComponent(code)}`;

/** Aims → targets → indicators, in order. */
export function getStrategy(planId: string, signal?: AbortSignal): Promise<StrategyTreeResponse> {
  return http.get<StrategyTreeResponse>(`${plan(planId)}/strategy`, { signal });
}

/** "Amaç ekle": the server gives the next aim code. */
export function createAim(planId: string, body: { title: string }): Promise<AimResponse> {
  return http.post<AimResponse>(`${plan(planId)}/aims`, body);
}

export function renameAim(
  planId: string,
  code: string,
  body: { title: string; version: number },
): Promise<AimResponse> {
  return http.patch<AimResponse>(node(planId, 'aims', code), body);
}

/** "Hedef ekle" under an aim: the server gives the next target code of that aim. */
export function createTarget(
  planId: string,
  body: { aim: string; title: string; responsibleUnit: string },
): Promise<TargetResponse> {
  return http.post<TargetResponse>(`${plan(planId)}/targets`, body);
}

export interface NewIndicator {
  target: string;
  name: string;
  weight: number;
  direction: Direction;
  valueType: ValueType;
}

/** "Gösterge ekle" under a target: the server gives the next indicator code of that target. */
export function createIndicator(planId: string, body: NewIndicator): Promise<IndicatorResponse> {
  return http.post<IndicatorResponse>(`${plan(planId)}/indicators`, body);
}

/** Deletes an aim (with its targets and indicators), a target or an indicator. */
export function deleteNode(
  planId: string,
  kind: 'aims' | 'targets' | 'indicators',
  code: string,
): Promise<void> {
  return http.delete(node(planId, kind, code));
}

/** Moves a node to `position` among its siblings (a target: under `aim`); codes renumber. */
export function moveNode(
  planId: string,
  kind: 'aims' | 'targets' | 'indicators',
  code: string,
  body: MoveRequest,
): Promise<MoveResponse> {
  return http.post<MoveResponse>(`${node(planId, kind, code)}/move`, body);
}

/** What the plan a draft was copied from reached, per indicator. */
export function getPreviousRealisation(
  planId: string,
  signal?: AbortSignal,
): Promise<PreviousRealisationResponse> {
  return http.get<PreviousRealisationResponse>(`${plan(planId)}/previous-realisation`, { signal });
}

/** Mission, vision, election date… of a plan; `version` as read (409 STALE_VERSION otherwise). */
export function updatePlan(
  planId: string,
  body: { version: number; mission?: string; vision?: string; electionDate?: string },
): Promise<PlanResponse> {
  return http.patch<PlanResponse>(plan(planId), body);
}

export function addCoreValue(planId: string, body: CoreValueDoc): Promise<CoreValueDoc> {
  return http.post<CoreValueDoc>(`${plan(planId)}/core-values`, body);
}

/** A core value by its 1-based position. */
export function updateCoreValue(planId: string, position: number, body: CoreValueDoc): Promise<CoreValueDoc> {
  return http.patch<CoreValueDoc>(`${plan(planId)}/core-values/${position}`, body);
}

export function deleteCoreValue(planId: string, position: number): Promise<void> {
  return http.delete(`${plan(planId)}/core-values/${position}`);
}

/** "Boş plan": a new draft. */
export function createPlan(body: CreatePlanRequest): Promise<PlanResponse> {
  return http.post<PlanResponse>('/plans', body);
}

/** "Önceki plandan kopyala": a new draft from a previous plan's strategy. */
export function copyFrom(planId: string, body: CopyPlanRequest): Promise<ImportResponse> {
  return http.post<ImportResponse>(`${plan(planId)}/copy`, body);
}
