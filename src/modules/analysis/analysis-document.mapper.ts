/**
 * The situation analysis as the plan document's `plan.analysis` section and back (contracts/
 * analysis.ts): rows → section for the export and the rules, section → rows for the import. Rows
 * come in position order; the fields are written in the part's own key order (jsonb keeps none),
 * so import → export gives the section back as it came. Pure.
 */
import { groupBy } from '../../common/objects.js';
import { randomUUID } from 'node:crypto';
import {
  ANALYSIS_PARTS,
  PART_FIELDS,
  type AnalysisDoc,
  type AnalysisItemDoc,
  type AnalysisPart,
  type AnalysisRowFields,
  type StoredFields,
} from '../../contracts/analysis.js';
import type { AnalysisItem } from './analysis-item.entity.js';
import type { AnalysisLink } from './analysis-link.entity.js';
import type { AnalysisRow } from './analysis-row.entity.js';

/** The analysis rows of one plan, as loaded with its other rows (plan-storage.repository.ts). */
export interface AnalysisRows {
  analysisRows: Array<Pick<AnalysisRow, 'id' | 'part' | 'position' | 'fields'>>;
  analysisItems: Array<
    Pick<AnalysisItem, 'id' | 'kind' | 'code' | 'text' | 'originPart' | 'originRowId' | 'position'>
  >;
  analysisLinks: Array<Pick<AnalysisLink, 'itemId' | 'targetId'>>;
}

/** A row's stored fields in its part's key order, absent optional fields left out. */
export function orderedFields<P extends AnalysisPart>(part: P, fields: StoredFields): AnalysisRowFields[P] {
  const keys: readonly string[] = PART_FIELDS[part].map(String);
  const entries = keys
    .filter((key) => fields[key] !== undefined && fields[key] !== null)
    .map((key) => [key, fields[key]] as const);
  return Object.fromEntries(entries) as AnalysisRowFields[P];
}

/** The rows of each part in position order. */
export function rowsByPart(
  rows: AnalysisRows['analysisRows'],
): Map<AnalysisPart, AnalysisRows['analysisRows']> {
  return groupBy(
    [...rows].sort((a, b) => a.position - b.position),
    (row) => row.part,
  );
}

/** The `plan.analysis` section, or null when the plan has no analysis at all. */
export function toAnalysisDoc(rows: AnalysisRows): AnalysisDoc | null {
  if (rows.analysisRows.length === 0 && rows.analysisItems.length === 0) return null;
  const byPart = rowsByPart(rows.analysisRows);
  const rowNumber = new Map<string, number>();
  const doc: Record<string, unknown> = {};
  for (const part of ANALYSIS_PARTS) {
    const list = byPart.get(part) ?? [];
    list.forEach((row, index) => rowNumber.set(row.id, index + 1));
    if (list.length > 0) doc[part] = list.map((row) => orderedFields(part, row.fields));
  }
  const items = [...rows.analysisItems].sort((a, b) => a.position - b.position);
  if (items.length > 0) {
    doc.findings = items.map((item): AnalysisItemDoc => {
      const row = item.originRowId === null ? undefined : rowNumber.get(item.originRowId);
      return {
        code: item.code,
        kind: item.kind,
        text: item.text,
        ...(item.originPart === null
          ? {}
          : { origin: { part: item.originPart, ...(row === undefined ? {} : { row }) } }),
      };
    });
  }
  return doc;
}

/** Each target's answers: the codes of the findings and needs it answers, in the items' order. */
export function answersByTarget(rows: AnalysisRows): Map<string, string[]> {
  const items = [...rows.analysisItems].sort((a, b) => a.position - b.position);
  const order = new Map(items.map((item, index) => [item.id, index]));
  const code = new Map(items.map((item) => [item.id, item.code]));
  const answers = new Map<string, string[]>();
  const links = [...rows.analysisLinks].sort(
    (a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0),
  );
  for (const link of links) {
    const linked = code.get(link.itemId);
    if (linked === undefined) continue;
    const list = answers.get(link.targetId);
    if (list) list.push(linked);
    else answers.set(link.targetId, [linked]);
  }
  return answers;
}

/** New rows of a plan's analysis from its document section and the targets' answers. */
export function analysisDocRows(
  analysis: AnalysisDoc | undefined,
  answers: ReadonlyArray<{ targetId: string; codes: readonly string[] }>,
): AnalysisRows {
  const result: AnalysisRows = { analysisRows: [], analysisItems: [], analysisLinks: [] };
  if (!analysis) return result;
  const rowIds = new Map<AnalysisPart, string[]>();
  for (const part of ANALYSIS_PARTS) {
    const list: ReadonlyArray<AnalysisRowFields[AnalysisPart]> = analysis[part] ?? [];
    const ids = list.map((fields, index) => {
      const id = randomUUID();
      result.analysisRows.push({ id, part, position: index + 1, fields: storedFields(fields) });
      return id;
    });
    rowIds.set(part, ids);
  }
  const itemIds = new Map<string, string>();
  (analysis.findings ?? []).forEach((item, index) => {
    const id = randomUUID();
    itemIds.set(item.code, id);
    const row = item.origin?.row;
    result.analysisItems.push({
      id,
      kind: item.kind,
      code: item.code,
      text: item.text,
      originPart: item.origin?.part ?? null,
      originRowId:
        item.origin && row !== undefined ? (rowIds.get(item.origin.part)?.[row - 1] ?? null) : null,
      position: index + 1,
    });
  });
  for (const { targetId, codes } of answers) {
    for (const code of new Set(codes)) {
      const itemId = itemIds.get(code);
      if (itemId !== undefined) result.analysisLinks.push({ itemId, targetId });
    }
  }
  return result;
}

/** A row's fields as stored (the contract's row types are all texts, scores and lists of texts). */
export function storedFields(fields: AnalysisRowFields[AnalysisPart]): StoredFields {
  const stored: StoredFields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string' || typeof value === 'number') stored[key] = value;
    else if (Array.isArray(value)) stored[key] = value.filter((item) => typeof item === 'string');
  }
  return stored;
}
