import { AuditedTablesMigration, planTable } from './kit.js';

const PARTS = `'history', 'evaluation', 'legal', 'policy', 'activities', 'stakeholders', 'internal', 'pestle', 'swot', 'strategies'`;

/** The new tables, audited (kit.ts: the entity name is the table's singular). */
const TABLES = [
  planTable({
    name: 'analysis_rows',
    columns: ['part text NOT NULL', 'position integer NOT NULL', 'fields jsonb NOT NULL'],
    unique: [['plan_id', 'part', 'position']],
    checks: { part: `part IN (${PARTS})`, fields: "jsonb_typeof(fields) = 'object'" },
  }),
  planTable({
    name: 'analysis_items',
    columns: [
      'kind text NOT NULL',
      'code text NOT NULL',
      'text text NOT NULL',
      'origin_part text',
      'origin_row_id uuid',
      'position integer NOT NULL',
    ],
    unique: [
      ['plan_id', 'code'],
      ['plan_id', 'position'],
    ],
    references: { origin_row_id: ['analysis_rows', 'SET NULL'] },
    checks: {
      kind: "kind IN ('tespit', 'ihtiyac')",
      origin_part: `origin_part IS NULL OR origin_part IN (${PARTS})`,
      origin: 'origin_row_id IS NULL OR origin_part IS NOT NULL',
    },
    indexes: [['origin_row_id']],
  }),
  planTable({
    name: 'analysis_links',
    columns: [
      'item_id uuid NOT NULL',
      'target_id uuid NOT NULL',
      'created_at timestamptz NOT NULL DEFAULT now()',
    ],
    record: false,
    unique: [['item_id', 'target_id']],
    references: { item_id: ['analysis_items', 'CASCADE'], target_id: ['targets', 'CASCADE'] },
    indexes: [['target_id']],
  }),
];

/**
 * Issue 13 points 1–3: a plan's situation analysis (durum analizi, planning-cycle.md 2). One
 * table of rows for the ten parts, each row's fields a jsonb object the server checks per part
 * (docs/database.md), the findings and needs (tespitler ve ihtiyaçlar) with their origin, and
 * their links to the plan's target cards. Audited as the plan's content is.
 */
export class SituationAnalysis1765200000000 extends AuditedTablesMigration {
  name = 'SituationAnalysis1765200000000';
  protected readonly tables = TABLES;
}
