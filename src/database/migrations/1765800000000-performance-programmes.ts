import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createAuditTriggers,
  createIndex,
  foreignKey,
  dropAuditTriggers,
  PLAN_ROW_COLUMNS,
  primaryKey,
  RECORD_COLUMNS,
} from './kit.js';

/** The new tables, each audited (their entity names are their singulars). */
const AUDITED = [
  'programmes',
  'programme_revisions',
  'programme_targets',
  'programme_indicators',
  'programme_activities',
];

/**
 * Issue 14: the yearly performance programme (performans programı, planning-cycle.md 3), classic
 * format. One programme per plan and year with its lifecycle (draft → submitted → accepted, a
 * revision number and the accepted state kept per revision), the budget proposal's resource need
 * by economic code and the institution-level general administration costs and transfers; its
 * performance targets (PH) linked to the plan's targets, their indicators' entered figures and
 * explanations; its activities with their responsible unit and costs. Amounts are jsonb objects
 * of TL by economic code (01–09) and off-budget source, checked by the server before any write.
 * Audited as the plan's content is; none of it feeds a realisation rate, so no content_version.
 */
export class PerformanceProgrammes1765800000000 implements MigrationInterface {
  name = 'PerformanceProgrammes1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE programmes (
        ${PLAN_ROW_COLUMNS},
        year integer NOT NULL,
        format text NOT NULL,
        status text NOT NULL,
        submitted_on date,
        decision_date date,
        decision_number text,
        revision integer NOT NULL DEFAULT 0,
        proposal jsonb NOT NULL,
        general_administration jsonb NOT NULL,
        transfers jsonb NOT NULL,
        ${RECORD_COLUMNS},
        ${primaryKey('programmes')},
        CONSTRAINT programmes_plan_id_year_key UNIQUE (plan_id, year),
        ${foreignKey('programmes', 'plan_id', 'plans', 'CASCADE')},
        CONSTRAINT programmes_format_check CHECK (format IN ('classic', 'programme-budget')),
        CONSTRAINT programmes_status_check CHECK (status IN ('draft', 'submitted', 'accepted')),
        CONSTRAINT programmes_submitted_check CHECK (status = 'draft' OR submitted_on IS NOT NULL),
        CONSTRAINT programmes_decision_check CHECK (status <> 'accepted' OR (decision_date IS NOT NULL AND decision_number IS NOT NULL)),
        CONSTRAINT programmes_amounts_check CHECK (jsonb_typeof(proposal) = 'object' AND jsonb_typeof(general_administration) = 'object' AND jsonb_typeof(transfers) = 'object')
      )`);
    await queryRunner.query(`
      CREATE TABLE programme_revisions (
        ${PLAN_ROW_COLUMNS},
        programme_id uuid NOT NULL,
        revision integer NOT NULL,
        reason text NOT NULL,
        accepted jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        ${primaryKey('programme_revisions')},
        CONSTRAINT programme_revisions_programme_id_revision_key UNIQUE (programme_id, revision),
        ${foreignKey('programme_revisions', 'plan_id', 'plans', 'CASCADE')},
        ${foreignKey('programme_revisions', 'programme_id', 'programmes', 'CASCADE')}
      )`);
    await queryRunner.query(`
      CREATE TABLE programme_targets (
        ${PLAN_ROW_COLUMNS},
        programme_id uuid NOT NULL,
        code text NOT NULL,
        target_id uuid,
        explanation text,
        position integer NOT NULL,
        ${RECORD_COLUMNS},
        ${primaryKey('programme_targets')},
        CONSTRAINT programme_targets_programme_id_code_key UNIQUE (programme_id, code),
        CONSTRAINT programme_targets_programme_id_target_id_key UNIQUE (programme_id, target_id),
        ${foreignKey('programme_targets', 'plan_id', 'plans', 'CASCADE')},
        ${foreignKey('programme_targets', 'programme_id', 'programmes', 'CASCADE')},
        ${foreignKey('programme_targets', 'target_id', 'targets', 'SET NULL')}
      )`);
    await queryRunner.query(createIndex('programme_targets', ['target_id']));
    await queryRunner.query(`
      CREATE TABLE programme_indicators (
        ${PLAN_ROW_COLUMNS},
        programme_target_id uuid NOT NULL,
        indicator_id uuid NOT NULL,
        entered jsonb NOT NULL,
        explanation text,
        ${RECORD_COLUMNS},
        ${primaryKey('programme_indicators')},
        CONSTRAINT programme_indicators_programme_target_id_indicator_id_key UNIQUE (programme_target_id, indicator_id),
        ${foreignKey('programme_indicators', 'plan_id', 'plans', 'CASCADE')},
        ${foreignKey('programme_indicators', 'programme_target_id', 'programme_targets', 'CASCADE')},
        ${foreignKey('programme_indicators', 'indicator_id', 'indicators', 'CASCADE')},
        CONSTRAINT programme_indicators_entered_check CHECK (jsonb_typeof(entered) = 'object')
      )`);
    await queryRunner.query(createIndex('programme_indicators', ['indicator_id']));
    await queryRunner.query(`
      CREATE TABLE programme_activities (
        ${PLAN_ROW_COLUMNS},
        programme_id uuid NOT NULL,
        programme_target_id uuid NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        unit_id uuid,
        description text,
        budget jsonb NOT NULL,
        off_budget jsonb NOT NULL,
        position integer NOT NULL,
        ${RECORD_COLUMNS},
        ${primaryKey('programme_activities')},
        CONSTRAINT programme_activities_programme_id_code_key UNIQUE (programme_id, code),
        ${foreignKey('programme_activities', 'plan_id', 'plans', 'CASCADE')},
        ${foreignKey('programme_activities', 'programme_id', 'programmes', 'CASCADE')},
        ${foreignKey('programme_activities', 'programme_target_id', 'programme_targets', 'CASCADE')},
        ${foreignKey('programme_activities', 'unit_id', 'units', 'SET NULL')},
        CONSTRAINT programme_activities_amounts_check CHECK (jsonb_typeof(budget) = 'object' AND jsonb_typeof(off_budget) = 'object')
      )`);
    await queryRunner.query(createIndex('programme_activities', ['programme_target_id']));
    await queryRunner.query(createIndex('programme_activities', ['unit_id']));
    await createAuditTriggers(queryRunner, AUDITED);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditTriggers(queryRunner, [...AUDITED].reverse());
    for (const table of [...AUDITED].reverse()) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
