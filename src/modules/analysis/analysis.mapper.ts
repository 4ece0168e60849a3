import {
  STAKEHOLDER_STRATEGY_LABELS,
  stakeholderStrategy,
  type AnalysisItemResponse,
  type AnalysisRowResponse,
} from '../../contracts/analysis.js';
import type { Lang } from '../../contracts/validation.js';
import { orderedFields } from './analysis-document.mapper.js';
import type { AnalysisItem } from './analysis-item.entity.js';
import type { AnalysisRow } from './analysis-row.entity.js';

/** A row as the API answers it; a stakeholder with its priority and strategy derived from its scores. */
export function toRowResponse(row: AnalysisRow, threshold: number, lang: Lang): AnalysisRowResponse {
  const fields = orderedFields(row.part, row.fields);
  const { importance, influence } = row.fields;
  const derived =
    row.part === 'stakeholders' && typeof importance === 'number' && typeof influence === 'number'
      ? stakeholderStrategy(importance, influence, threshold)
      : null;
  return {
    id: row.id,
    part: row.part,
    position: row.position,
    fields,
    ...(derived
      ? { derived: { ...derived, label: STAKEHOLDER_STRATEGY_LABELS[lang][derived.strategy] } }
      : {}),
    version: row.version,
  };
}

export function toItemResponse(item: AnalysisItem, targets: string[]): AnalysisItemResponse {
  return {
    id: item.id,
    code: item.code,
    kind: item.kind,
    text: item.text,
    origin: item.originPart === null ? null : { part: item.originPart, rowId: item.originRowId },
    targets,
    position: item.position,
    version: item.version,
  };
}
