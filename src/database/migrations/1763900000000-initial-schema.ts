import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  check,
  createTables,
  dropTables,
  ID_COLUMN,
  INSTITUTION_ROW_COLUMNS,
  PLAN_ROW_COLUMNS,
  RECORD_COLUMNS,
  references,
  transitionTriggers,
  unique,
  type TableDefinition,
} from './kit.js';

/** Tables whose rows a realisation rate reads (all carry plan_id). */
const CONTENT_TABLES = ['aims', 'targets', 'indicators', 'indicator_targets', 'indicator_values'];

/** The tables, in the order they are made (and dropped last first). */
const TABLES: TableDefinition[] = [
  {
    name: 'institutions',
    columns: [ID_COLUMN, 'name text NOT NULL', 'kind text NOT NULL', 'population integer', RECORD_COLUMNS],
    constraints: [
      unique('name'),
      check('kind', "kind IN ('belediye', 'buyuksehir', 'birlik', 'kent-konseyi', 'diger')"),
      check('population', 'population IS NULL OR population >= 0'),
    ],
  },
  {
    name: 'units',
    columns: [
      INSTITUTION_ROW_COLUMNS,
      'code text NOT NULL',
      'name text NOT NULL',
      'parent_id uuid',
      'position integer NOT NULL DEFAULT 0',
    ],
    constraints: [
      unique('institution_id', 'code'),
      references('institution_id', 'institutions', 'CASCADE'),
      references('parent_id', 'units', 'SET NULL'),
    ],
    indexes: [['parent_id']],
  },
  {
    name: 'plans',
    columns: [
      INSTITUTION_ROW_COLUMNS,
      'title text NOT NULL',
      'start_year integer NOT NULL',
      'end_year integer NOT NULL',
      'status text',
      'mission text',
      'vision text',
      'submitted_to_council date',
      'council_decision_date date',
      'council_decision_number text',
      'population integer',
      'election_date date',
      'settings jsonb',
      'costing jsonb',
      'content_version bigint NOT NULL DEFAULT 0',
      RECORD_COLUMNS,
    ],
    constraints: [
      references('institution_id', 'institutions', 'CASCADE'),
      check('status', "status IN ('taslak', 'meclis-onayinda', 'yururlukte', 'kapandi')"),
      check('years', 'end_year >= start_year'),
    ],
    indexes: [['institution_id']],
  },
  {
    name: 'core_values',
    columns: [PLAN_ROW_COLUMNS, 'position integer NOT NULL', 'title text NOT NULL', 'description text'],
    constraints: [unique('plan_id', 'position'), references('plan_id', 'plans', 'CASCADE')],
  },
  {
    name: 'aims',
    columns: [
      PLAN_ROW_COLUMNS,
      'code text NOT NULL',
      'title text NOT NULL',
      'position integer NOT NULL',
      'version integer NOT NULL',
    ],
    constraints: [unique('plan_id', 'code'), references('plan_id', 'plans', 'CASCADE')],
  },
  {
    name: 'targets',
    columns: [
      PLAN_ROW_COLUMNS,
      'aim_id uuid NOT NULL',
      'code text NOT NULL',
      'title text NOT NULL',
      'position integer NOT NULL',
      'responsible_unit_id uuid NOT NULL',
      'risks jsonb',
      'controls jsonb',
      'strategies jsonb',
      'activities jsonb',
      'cost_estimate jsonb',
      'findings jsonb',
      'needs jsonb',
      'version integer NOT NULL',
    ],
    constraints: [
      unique('plan_id', 'code'),
      references('aim_id', 'aims', 'CASCADE'),
      references('responsible_unit_id', 'units', 'RESTRICT'),
    ],
    indexes: [['aim_id'], ['responsible_unit_id']],
  },
  {
    name: 'target_collaborators',
    columns: [
      'target_id uuid NOT NULL',
      'unit_id uuid NOT NULL',
      'institution_id uuid NOT NULL',
      'position integer NOT NULL',
    ],
    primaryKey: ['target_id', 'unit_id'],
    constraints: [references('target_id', 'targets', 'CASCADE'), references('unit_id', 'units', 'RESTRICT')],
  },
  {
    name: 'indicators',
    columns: [
      PLAN_ROW_COLUMNS,
      'target_id uuid NOT NULL',
      'code text NOT NULL',
      'name text NOT NULL',
      'unit text',
      'weight numeric NOT NULL',
      'direction text NOT NULL',
      'value_type text NOT NULL',
      'method text',
      'baseline numeric',
      'monitoring_months smallint',
      'reporting_months smallint',
      'data_source text',
      'position integer NOT NULL',
      'version integer NOT NULL',
    ],
    constraints: [
      unique('plan_id', 'code'),
      references('target_id', 'targets', 'CASCADE'),
      check('direction', "direction IN ('artis', 'azalis', 'koruma')"),
      check('value_type', "value_type IN ('duzey', 'kumulatif', 'donemsel')"),
      check('method', "method IS NULL OR method IN ('F1', 'F2')"),
      check('monitoring_months', 'monitoring_months IS NULL OR monitoring_months IN (6, 12)'),
      check('reporting_months', 'reporting_months IS NULL OR reporting_months IN (6, 12)'),
      check('weight', 'weight >= 0'),
    ],
    indexes: [['target_id']],
  },
  {
    name: 'indicator_targets',
    columns: [
      'indicator_id uuid NOT NULL',
      'year integer NOT NULL',
      'institution_id uuid NOT NULL',
      'plan_id uuid NOT NULL',
      'value numeric NOT NULL',
    ],
    primaryKey: ['indicator_id', 'year'],
    constraints: [references('indicator_id', 'indicators', 'CASCADE')],
    indexes: [['plan_id', 'year']],
  },
  {
    name: 'indicator_values',
    columns: [
      PLAN_ROW_COLUMNS,
      'indicator_id uuid NOT NULL',
      'period text NOT NULL',
      'value numeric NOT NULL',
      'note text',
      'deviation_reason text',
      RECORD_COLUMNS,
    ],
    constraints: [unique('indicator_id', 'period'), references('indicator_id', 'indicators', 'CASCADE')],
    indexes: [['plan_id']],
  },
];

/** Institutions, units, plans with their target cards, indicators, yearly targets and values. */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTables(queryRunner, TABLES);

    // plans.content_version moves on every change of what a realisation rate reads, whoever
    // makes it (the app, a migration, psql): computed progress is cached against it.
    await queryRunner.query(`
      CREATE FUNCTION plans_bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          UPDATE plans SET content_version = content_version + 1 WHERE id IN (SELECT DISTINCT plan_id FROM new_rows);
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE plans SET content_version = content_version + 1 WHERE id IN (SELECT DISTINCT plan_id FROM old_rows);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of CONTENT_TABLES) {
      for (const statement of transitionTriggers(table, 'content_version', 'plans_bump_content_version'))
        await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of CONTENT_TABLES) {
      for (const operation of ['insert', 'update', 'delete']) {
        await queryRunner.query(`DROP TRIGGER ${table}_content_version_${operation} ON ${table}`);
      }
    }
    await queryRunner.query('DROP FUNCTION plans_bump_content_version()');
    await dropTables(queryRunner, TABLES);
  }
}
