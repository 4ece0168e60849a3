import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createTables,
  dropTables,
  dropTransitionTriggers,
  references,
  transitionTriggers,
  type TableDefinition,
} from './kit.js';

const STAMPS: TableDefinition = {
  name: 'indicator_value_stamps',
  columns: ['indicator_id uuid NOT NULL', 'plan_id uuid NOT NULL', 'stamp bigint NOT NULL DEFAULT 1'],
  primaryKey: ['indicator_id'],
  constraints: [references('indicator_id', 'indicators', 'CASCADE')],
  indexes: [['plan_id']],
};

/**
 * Issue 17: an entered value no longer moves plans.content_version. That update serialised every
 * entry of a plan on the plan's row from the trigger to the commit (its WAL flush included), so 50
 * units entering at once waited on each other. Each indicator now has its own stamp, moved by the
 * value triggers on every insert, update and delete of its entries, whoever makes them; entries of
 * different indicators touch different stamp rows and never wait on each other (entries of one
 * indicator are serialised by the indicator's row lock already). A plan's content is named by
 * content_version (aims, targets, indicators, yearly targets) and the sum of its indicators'
 * stamps (src/database/content-stamp.ts): each counter only grows and one row's changes are
 * serialised, so the sum moves on every committed change of an entry. An indicator deleted takes
 * its stamp with it and moves content_version in the same transaction.
 */
export class IndicatorValueStamps1766100000000 implements MigrationInterface {
  name = 'IndicatorValueStamps1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTables(queryRunner, [STAMPS]);
    // Every indicator that has entries starts with a stamp, so the sum is never made of absent rows.
    await queryRunner.query(`
      INSERT INTO indicator_value_stamps (indicator_id, plan_id)
      SELECT DISTINCT indicator_id, plan_id FROM indicator_values`);
    // The indicators of the statement's rows, once each; an indicator deleted in this transaction
    // (its entries go by cascade) has no stamp to move.
    await queryRunner.query(`
      CREATE FUNCTION indicator_values_bump_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO indicator_value_stamps AS s (indicator_id, plan_id)
          SELECT DISTINCT indicator_id, plan_id FROM new_rows
          ON CONFLICT (indicator_id) DO UPDATE SET stamp = s.stamp + 1;
        ELSIF TG_OP = 'UPDATE' THEN
          INSERT INTO indicator_value_stamps AS s (indicator_id, plan_id)
          SELECT indicator_id, plan_id FROM new_rows UNION SELECT indicator_id, plan_id FROM old_rows
          ON CONFLICT (indicator_id) DO UPDATE SET stamp = s.stamp + 1;
        ELSE
          INSERT INTO indicator_value_stamps AS s (indicator_id, plan_id)
          SELECT DISTINCT o.indicator_id, o.plan_id FROM old_rows o
           WHERE EXISTS (SELECT 1 FROM indicators i WHERE i.id = o.indicator_id)
          ON CONFLICT (indicator_id) DO UPDATE SET stamp = s.stamp + 1;
        END IF;
        RETURN NULL;
      END $$`);
    for (const statement of dropTransitionTriggers('indicator_values', 'content_version'))
      await queryRunner.query(statement);
    for (const statement of transitionTriggers(
      'indicator_values',
      'value_stamp',
      'indicator_values_bump_stamp',
    ))
      await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of dropTransitionTriggers('indicator_values', 'value_stamp'))
      await queryRunner.query(statement);
    await queryRunner.query('DROP FUNCTION indicator_values_bump_stamp()');
    for (const statement of transitionTriggers(
      'indicator_values',
      'content_version',
      'plans_bump_content_version',
    ))
      await queryRunner.query(statement);
    await dropTables(queryRunner, [STAMPS]);
    // Caches named the content by content_version alone again: every plan's moves once.
    await queryRunner.query('UPDATE plans SET content_version = content_version + 1');
  }
}
