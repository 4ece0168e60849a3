import type { AnalysisPart, AnalysisResponse, AnalysisRowResponse } from '../../../src/contracts/analysis.js';
import type { PlanResponse } from '../../../src/contracts/resources.js';

/** What every part of the analysis screen reads: the plan, the whole analysis, who may edit. */
export interface Screen {
  plan: PlanResponse;
  analysis: AnalysisResponse;
  editable: boolean;
  signal: AbortSignal;
}

/** A part's section, and what to draw once it is in the page (a chart needs its size). */
export interface PartBody {
  element: HTMLElement;
  drawn?: () => void;
}

export function rowsOf(analysis: AnalysisResponse, part: AnalysisPart): AnalysisRowResponse[] {
  return analysis.parts.find((item) => item.part === part)?.rows ?? [];
}
