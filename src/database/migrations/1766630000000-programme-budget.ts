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
  'programme_budget_programmes',
  'programme_sub_programmes',
  'programme_goals',
  'programme_goal_targets',
  'programme_goal_indicators',
  'programme_budget_activities',
];

/**
 * Issue 14 point 2: the programme-budget format of the performance programme (planning-cycle.md
 * 3). Per programme (PP) its programmes and sub-programmes (codes and names), the sub-programmes'
 * goals linked to plan targets (many-to-many; a link goes with its target), per goal its
 * indicators with six figures (t-2 actual, t-1 planned, t-1 year-end estimate, t target, t+1 and
 * t+2 forecasts) and its activities with the responsible unit, their costs by funding type,
 * economic code (01–09) and six columns, and the justification form. Figures and costs are jsonb
 * objects checked by the server before any write (codes, columns, no negative cost). Audited as
 * the classic programme is.
 */
export class ProgrammeBudget1766630000000 implements MigrationInterface {
  name = 'ProgrammeBudget1766630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE programme_budget_programmes (
        ${PLAN_ROW_COLUMNS},
        programme_id uuid NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        position integer NOT NULL,
        ${RECORD_COLUMNS},
        ${primaryKey('programme_budget_programmes')},
        CONSTRAINT programme_budget_programmes_programme_id_code_key UNIQUE (programme_id, code),
        ${foreignKey('programme_budget_programmes', 'plan_id', 'plans', 'CASCADE')},
        ${foreignKey('programme_budget_programmes', 'programme_id', 'programmes', 'CASCADE')}
      )`);
    await queryRunner.query(`
      CREATE TABLE programme_sub_programmes (
        ${PLAN_ROW_COLUMNS},
        programme_id uuid NOT NULL,
        budget_programme_id uuid NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        position integer NOT NULL,
        ${RECORD_COLUMNS},
        ${primaryKey('programme_sub_programmes')},
        CONSTRAINT programme_sub_programmes_budget_programme_id_code_key UNIQUE (budget_programme_id, code),
        ${foreignKey('programme_sub_programmes', 'plan_id', 'plans', 'CASCADE')},
        ${foreignKey('programme_sub_programmes', 'programme_id', 'programmes', 'CASCADE')},
        ${foreignKey('programme_sub_programmes', 'budget_programme_id', 'programme_budget_programmes', 'CASCADE')}
      )`);
    await queryRunner.query(createIndex('programme_sub_programmes', ['programme_id']));
    await queryRunner.query(`
      CREATE TABLE programme_goals (
        ${PLAN_ROW_COLUMNS},
        programme_id uuid NOT NULL,
        sub_programme_id uuid NOT NULL,
        code text NOT NULL,
        title text NOT NULL,
        position integer NOT NULL,
        ${RECORD_COLUMNS},
        ${primaryKey('programme_goals')},
        CONSTRAINT programme_goals_sub_programme_id_code_key UNIQUE (sub_programme_id, code),
        ${foreignKey('programme_goals', 'plan_id', 'plans', 'CASCADE')},
        ${foreignKey('programme_goals', 'programme_id', 'programmes', 'CASCADE')},
        ${foreignKey('programme_goals', 'sub_programme_id', 'programme_sub_programmes', 'CASCADE')}
      )`);
    await queryRunner.query(createIndex('programme_goals', ['programme_id']));
    await queryRunner.query(`
      CREATE TABLE programme_goal_targets (
        ${PLAN_ROW_COLUMNS},
        goal_id uuid NOT NULL,
        target_id uuid NOT NULL,
        position integer NOT NULL,
        ${primaryKey('programme_goal_targets')},
        CONSTRAINT programme_goal_targets_goal_id_target_id_key UNIQUE (goal_id, target_id),
        ${foreignKey('programme_goal_targets', 'plan_id', 'plans', 'CASCADE')},
        ${foreignKey('programme_goal_targets', 'goal_id', 'programme_goals', 'CASCADE')},
        ${foreignKey('programme_goal_targets', 'target_id', 'targets', 'CASCADE')}
      )`);
    await queryRunner.query(createIndex('programme_goal_targets', ['target_id']));
    await queryRunner.query(`
      CREATE TABLE programme_goal_indicators (
        ${PLAN_ROW_COLUMNS},
        goal_id uuid NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        unit text,
        figures jsonb NOT NULL,
        position integer NOT NULL,
        ${RECORD_COLUMNS},
        ${primaryKey('programme_goal_indicators')},
        CONSTRAINT programme_goal_indicators_goal_id_code_key UNIQUE (goal_id, code),
        ${foreignKey('programme_goal_indicators', 'plan_id', 'plans', 'CASCADE')},
        ${foreignKey('programme_goal_indicators', 'goal_id', 'programme_goals', 'CASCADE')},
        CONSTRAINT programme_goal_indicators_figures_check CHECK (jsonb_typeof(figures) = 'object')
      )`);
    await queryRunner.query(`
      CREATE TABLE programme_budget_activities (
        ${PLAN_ROW_COLUMNS},
        programme_id uuid NOT NULL,
        goal_id uuid NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        unit_id uuid,
        costs jsonb NOT NULL,
        legal_basis text,
        rationale text,
        cost_elements text,
        budget_lines text,
        position integer NOT NULL,
        ${RECORD_COLUMNS},
        ${primaryKey('programme_budget_activities')},
        CONSTRAINT programme_budget_activities_programme_id_code_key UNIQUE (programme_id, code),
        ${foreignKey('programme_budget_activities', 'plan_id', 'plans', 'CASCADE')},
        ${foreignKey('programme_budget_activities', 'programme_id', 'programmes', 'CASCADE')},
        ${foreignKey('programme_budget_activities', 'goal_id', 'programme_goals', 'CASCADE')},
        ${foreignKey('programme_budget_activities', 'unit_id', 'units', 'SET NULL')},
        CONSTRAINT programme_budget_activities_costs_check CHECK (jsonb_typeof(costs) = 'object')
      )`);
    await queryRunner.query(createIndex('programme_budget_activities', ['goal_id']));
    await queryRunner.query(createIndex('programme_budget_activities', ['unit_id']));
    await createAuditTriggers(queryRunner, AUDITED);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditTriggers(queryRunner, [...AUDITED].reverse());
    for (const table of [...AUDITED].reverse()) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
