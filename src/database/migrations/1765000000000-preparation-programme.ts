import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The new tables and the entity names their audit triggers record. */
const AUDITED: Array<{ table: string; entity: string }> = [
  { table: 'preparation_team_members', entity: 'preparation_team_member' },
  { table: 'preparation_steps', entity: 'preparation_step' },
];

/**
 * Issue 12 point 2: a plan's preparation programme (hazırlık programı, planning-cycle.md 1), the
 * strategic planning team (users of the institution or named outsiders, one coordinator at most)
 * and the steps of the preparation with owner, dates, status and order. Audited as the plan's
 * content is.
 */
export class PreparationProgramme1765000000000 implements MigrationInterface {
  name = 'PreparationProgramme1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE preparation_team_members (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        institution_id uuid NOT NULL,
        plan_id uuid NOT NULL,
        user_id uuid,
        name text NOT NULL,
        title text,
        role text NOT NULL,
        unit_id uuid,
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL,
        CONSTRAINT preparation_team_members_pkey PRIMARY KEY (id),
        CONSTRAINT preparation_team_members_plan_id_position_key UNIQUE (plan_id, position),
        CONSTRAINT preparation_team_members_plan_id_user_id_key UNIQUE (plan_id, user_id),
        CONSTRAINT preparation_team_members_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE,
        CONSTRAINT preparation_team_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT preparation_team_members_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES units (id) ON DELETE SET NULL,
        CONSTRAINT preparation_team_members_role_check CHECK (role IN ('coordinator', 'member'))
      )`);
    // One coordinator per team, however two requests race.
    await queryRunner.query(
      `CREATE UNIQUE INDEX preparation_team_members_plan_id_coordinator_key ON preparation_team_members (plan_id) WHERE role = 'coordinator'`,
    );
    await queryRunner.query(
      `CREATE INDEX preparation_team_members_user_id_idx ON preparation_team_members (user_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX preparation_team_members_unit_id_idx ON preparation_team_members (unit_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE preparation_steps (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        institution_id uuid NOT NULL,
        plan_id uuid NOT NULL,
        title text NOT NULL,
        owner_id uuid,
        start_date date NOT NULL,
        due_date date NOT NULL,
        status text NOT NULL,
        done_date date,
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL,
        CONSTRAINT preparation_steps_pkey PRIMARY KEY (id),
        CONSTRAINT preparation_steps_plan_id_position_key UNIQUE (plan_id, position),
        CONSTRAINT preparation_steps_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE,
        CONSTRAINT preparation_steps_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES preparation_team_members (id) ON DELETE SET NULL,
        CONSTRAINT preparation_steps_status_check CHECK (status IN ('planned', 'in-progress', 'done')),
        CONSTRAINT preparation_steps_due_date_check CHECK (due_date >= start_date),
        CONSTRAINT preparation_steps_done_date_check CHECK ((status = 'done') = (done_date IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX preparation_steps_owner_id_idx ON preparation_steps (owner_id)`);
    for (const { table, entity } of AUDITED) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_audit_insert AFTER INSERT ON ${table}
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_rows_inserted('${entity}')`);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_audit AFTER UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION audit_row_change('${entity}')`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of [...AUDITED].reverse()) {
      await queryRunner.query(`DROP TRIGGER ${table}_audit ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_audit_insert ON ${table}`);
    }
    await queryRunner.query('DROP TABLE preparation_steps');
    await queryRunner.query('DROP TABLE preparation_team_members');
  }
}
