import type { MigrationInterface, QueryRunner } from 'typeorm';
import * as kit from './kit.js';

/** Tables whose rows a realisation rate reads (all carry plan_id). */
const CONTENT_TABLES = ['aims', 'targets', 'indicators', 'indicator_targets', 'indicator_values'];

/** Institutions, units, plans with their target cards, indicators, yearly targets and values. */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE institutions (
        ${kit.ID_COLUMN},
        name text NOT NULL,
        kind text NOT NULL,
        population integer,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('institutions')},
        CONSTRAINT institutions_name_key UNIQUE (name),
        CONSTRAINT institutions_kind_check CHECK (kind IN ('belediye', 'buyuksehir', 'birlik', 'kent-konseyi', 'diger')),
        CONSTRAINT institutions_population_check CHECK (population IS NULL OR population >= 0)
      )`);
    await queryRunner.query(`
      CREATE TABLE units (
        ${kit.INSTITUTION_ROW_COLUMNS},
        code text NOT NULL,
        name text NOT NULL,
        parent_id uuid,
        position integer NOT NULL DEFAULT 0,
        ${kit.primaryKey('units')},
        CONSTRAINT units_institution_id_code_key UNIQUE (institution_id, code),
        ${kit.foreignKey('units', 'institution_id', 'institutions', 'CASCADE')},
        ${kit.foreignKey('units', 'parent_id', 'units', 'SET NULL')}
      )`);
    await queryRunner.query(kit.createIndex('units', ['parent_id']));
    await queryRunner.query(`
      CREATE TABLE plans (
        ${kit.INSTITUTION_ROW_COLUMNS},
        title text NOT NULL,
        start_year integer NOT NULL,
        end_year integer NOT NULL,
        status text,
        mission text,
        vision text,
        submitted_to_council date,
        council_decision_date date,
        council_decision_number text,
        population integer,
        election_date date,
        settings jsonb,
        costing jsonb,
        content_version bigint NOT NULL DEFAULT 0,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('plans')},
        ${kit.foreignKey('plans', 'institution_id', 'institutions', 'CASCADE')},
        CONSTRAINT plans_status_check CHECK (status IN ('taslak', 'meclis-onayinda', 'yururlukte', 'kapandi')),
        CONSTRAINT plans_years_check CHECK (end_year >= start_year)
      )`);
    await queryRunner.query(kit.createIndex('plans', ['institution_id']));
    await queryRunner.query(`
      CREATE TABLE core_values (
        ${kit.PLAN_ROW_COLUMNS},
        position integer NOT NULL,
        title text NOT NULL,
        description text,
        ${kit.primaryKey('core_values')},
        CONSTRAINT core_values_plan_id_position_key UNIQUE (plan_id, position),
        ${kit.foreignKey('core_values', 'plan_id', 'plans', 'CASCADE')}
      )`);
    await queryRunner.query(`
      CREATE TABLE aims (
        ${kit.PLAN_ROW_COLUMNS},
        code text NOT NULL,
        title text NOT NULL,
        position integer NOT NULL,
        version integer NOT NULL,
        ${kit.primaryKey('aims')},
        CONSTRAINT aims_plan_id_code_key UNIQUE (plan_id, code),
        ${kit.foreignKey('aims', 'plan_id', 'plans', 'CASCADE')}
      )`);
    await queryRunner.query(`
      CREATE TABLE targets (
        ${kit.PLAN_ROW_COLUMNS},
        aim_id uuid NOT NULL,
        code text NOT NULL,
        title text NOT NULL,
        position integer NOT NULL,
        responsible_unit_id uuid NOT NULL,
        risks jsonb,
        controls jsonb,
        strategies jsonb,
        activities jsonb,
        cost_estimate jsonb,
        findings jsonb,
        needs jsonb,
        version integer NOT NULL,
        ${kit.primaryKey('targets')},
        CONSTRAINT targets_plan_id_code_key UNIQUE (plan_id, code),
        ${kit.foreignKey('targets', 'aim_id', 'aims', 'CASCADE')},
        ${kit.foreignKey('targets', 'responsible_unit_id', 'units', 'RESTRICT')}
      )`);
    await queryRunner.query(kit.createIndex('targets', ['aim_id']));
    await queryRunner.query(kit.createIndex('targets', ['responsible_unit_id']));
    await queryRunner.query(`
      CREATE TABLE target_collaborators (
        target_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        institution_id uuid NOT NULL,
        position integer NOT NULL,
        CONSTRAINT target_collaborators_pkey PRIMARY KEY (target_id, unit_id),
        ${kit.foreignKey('target_collaborators', 'target_id', 'targets', 'CASCADE')},
        ${kit.foreignKey('target_collaborators', 'unit_id', 'units', 'RESTRICT')}
      )`);
    await queryRunner.query(`
      CREATE TABLE indicators (
        ${kit.PLAN_ROW_COLUMNS},
        target_id uuid NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        unit text,
        weight numeric NOT NULL,
        direction text NOT NULL,
        value_type text NOT NULL,
        method text,
        baseline numeric,
        monitoring_months smallint,
        reporting_months smallint,
        data_source text,
        position integer NOT NULL,
        version integer NOT NULL,
        ${kit.primaryKey('indicators')},
        CONSTRAINT indicators_plan_id_code_key UNIQUE (plan_id, code),
        ${kit.foreignKey('indicators', 'target_id', 'targets', 'CASCADE')},
        CONSTRAINT indicators_direction_check CHECK (direction IN ('artis', 'azalis', 'koruma')),
        CONSTRAINT indicators_value_type_check CHECK (value_type IN ('duzey', 'kumulatif', 'donemsel')),
        CONSTRAINT indicators_method_check CHECK (method IS NULL OR method IN ('F1', 'F2')),
        CONSTRAINT indicators_monitoring_months_check CHECK (monitoring_months IS NULL OR monitoring_months IN (6, 12)),
        CONSTRAINT indicators_reporting_months_check CHECK (reporting_months IS NULL OR reporting_months IN (6, 12)),
        CONSTRAINT indicators_weight_check CHECK (weight >= 0)
      )`);
    await queryRunner.query(kit.createIndex('indicators', ['target_id']));
    await queryRunner.query(`
      CREATE TABLE indicator_targets (
        indicator_id uuid NOT NULL,
        year integer NOT NULL,
        institution_id uuid NOT NULL,
        plan_id uuid NOT NULL,
        value numeric NOT NULL,
        CONSTRAINT indicator_targets_pkey PRIMARY KEY (indicator_id, year),
        ${kit.foreignKey('indicator_targets', 'indicator_id', 'indicators', 'CASCADE')}
      )`);
    await queryRunner.query(kit.createIndex('indicator_targets', ['plan_id', 'year']));
    await queryRunner.query(`
      CREATE TABLE indicator_values (
        ${kit.PLAN_ROW_COLUMNS},
        indicator_id uuid NOT NULL,
        period text NOT NULL,
        value numeric NOT NULL,
        note text,
        deviation_reason text,
        ${kit.RECORD_COLUMNS},
        ${kit.primaryKey('indicator_values')},
        CONSTRAINT indicator_values_indicator_id_period_key UNIQUE (indicator_id, period),
        ${kit.foreignKey('indicator_values', 'indicator_id', 'indicators', 'CASCADE')}
      )`);
    await queryRunner.query(kit.createIndex('indicator_values', ['plan_id']));

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
      await queryRunner.query(
        `CREATE TRIGGER ${table}_content_version_insert AFTER INSERT ON ${table}
           REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plans_bump_content_version()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_content_version_update AFTER UPDATE ON ${table}
           REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION plans_bump_content_version()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_content_version_delete AFTER DELETE ON ${table}
           REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION plans_bump_content_version()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of CONTENT_TABLES) {
      for (const operation of ['insert', 'update', 'delete']) {
        await queryRunner.query(`DROP TRIGGER ${table}_content_version_${operation} ON ${table}`);
      }
    }
    await queryRunner.query('DROP FUNCTION plans_bump_content_version()');
    for (const table of [
      'indicator_values',
      'indicator_targets',
      'indicators',
      'target_collaborators',
      'targets',
      'aims',
      'core_values',
      'plans',
      'units',
      'institutions',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
