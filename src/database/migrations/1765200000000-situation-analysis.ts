import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/** The new tables, audited (kit.ts: the entity name is the table's singular). */
const AUDITED: string[] = ['analysis_rows', 'analysis_items', 'analysis_links'];

const PARTS = `'history', 'evaluation', 'legal', 'policy', 'activities', 'stakeholders', 'internal', 'pestle', 'swot', 'strategies'`;

/**
 * Issue 13 points 1–3: a plan's situation analysis (durum analizi, planning-cycle.md 2). One
 * table of rows for the ten parts, each row's fields a jsonb object the server checks per part
 * (docs/database.md), the findings and needs (tespitler ve ihtiyaçlar) with their origin, and
 * their links to the plan's target cards. Audited as the plan's content is.
 */
export class SituationAnalysis1765200000000 implements MigrationInterface {
  name = 'SituationAnalysis1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE analysis_rows (
        ${kit.PLAN_ROW_COLUMNS},
        part text NOT NULL,
        position integer NOT NULL,
        fields jsonb NOT NULL,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('analysis_rows')},
        CONSTRAINT analysis_rows_plan_id_part_position_key UNIQUE (plan_id, part, position),
        ${kit.foreignKey('analysis_rows', 'plan_id', 'plans', 'CASCADE')},
        CONSTRAINT analysis_rows_part_check CHECK (part IN (${PARTS})),
        CONSTRAINT analysis_rows_fields_check CHECK (jsonb_typeof(fields) = 'object')
      )`);
    await queryRunner.query(`
      CREATE TABLE analysis_items (
        ${kit.PLAN_ROW_COLUMNS},
        kind text NOT NULL,
        code text NOT NULL,
        text text NOT NULL,
        origin_part text,
        origin_row_id uuid,
        position integer NOT NULL,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('analysis_items')},
        CONSTRAINT analysis_items_plan_id_code_key UNIQUE (plan_id, code),
        CONSTRAINT analysis_items_plan_id_position_key UNIQUE (plan_id, position),
        ${kit.foreignKey('analysis_items', 'plan_id', 'plans', 'CASCADE')},
        ${kit.foreignKey('analysis_items', 'origin_row_id', 'analysis_rows', 'SET NULL')},
        CONSTRAINT analysis_items_kind_check CHECK (kind IN ('tespit', 'ihtiyac')),
        CONSTRAINT analysis_items_origin_part_check CHECK (origin_part IS NULL OR origin_part IN (${PARTS})),
        CONSTRAINT analysis_items_origin_check CHECK (origin_row_id IS NULL OR origin_part IS NOT NULL)
      )`);
    await queryRunner.query(kit.createIndex('analysis_items', ['origin_row_id']));
    await queryRunner.query(`
      CREATE TABLE analysis_links (
        ${kit.PLAN_ROW_COLUMNS},
        item_id uuid NOT NULL,
        target_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        ${kit.primaryKey('analysis_links')},
        CONSTRAINT analysis_links_item_id_target_id_key UNIQUE (item_id, target_id),
        ${kit.foreignKey('analysis_links', 'plan_id', 'plans', 'CASCADE')},
        ${kit.foreignKey('analysis_links', 'item_id', 'analysis_items', 'CASCADE')},
        ${kit.foreignKey('analysis_links', 'target_id', 'targets', 'CASCADE')}
      )`);
    await queryRunner.query(kit.createIndex('analysis_links', ['target_id']));
    await kit.createAuditTriggers(queryRunner, AUDITED);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await kit.dropAuditTriggers(queryRunner, [...AUDITED].reverse());
    await queryRunner.query('DROP TABLE analysis_links');
    await queryRunner.query('DROP TABLE analysis_items');
    await queryRunner.query('DROP TABLE analysis_rows');
  }
}
