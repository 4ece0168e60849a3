import { AuditedTablesMigration, planTable } from './kit.js';

/** The new tables, audited (kit.ts: the entity name is the table's singular). */
const TABLES = [
  planTable({
    name: 'preparation_team_members',
    columns: [
      'user_id uuid',
      'name text NOT NULL',
      'title text',
      'role text NOT NULL',
      'unit_id uuid',
      'position integer NOT NULL',
    ],
    unique: [
      ['plan_id', 'position'],
      ['plan_id', 'user_id'],
    ],
    references: { user_id: ['users', 'SET NULL'], unit_id: ['units', 'SET NULL'] },
    checks: { role: "role IN ('coordinator', 'member')" },
    indexes: [
      // One coordinator per team, however two requests race.
      { name: 'plan_id_coordinator_key', unique: true, columns: ['plan_id'], where: "role = 'coordinator'" },
      ['user_id'],
      ['unit_id'],
    ],
  }),
  planTable({
    name: 'preparation_steps',
    columns: [
      'title text NOT NULL',
      'owner_id uuid',
      'start_date date NOT NULL',
      'due_date date NOT NULL',
      'status text NOT NULL',
      'done_date date',
      'position integer NOT NULL',
    ],
    unique: [['plan_id', 'position']],
    references: { owner_id: ['preparation_team_members', 'SET NULL'] },
    checks: {
      status: "status IN ('planned', 'in-progress', 'done')",
      due_date: 'due_date >= start_date',
      done_date: "(status = 'done') = (done_date IS NOT NULL)",
    },
    indexes: [['owner_id']],
  }),
];

/**
 * Issue 12 point 2: a plan's preparation programme (hazırlık programı, planning-cycle.md 1), the
 * strategic planning team (users of the institution or named outsiders, one coordinator at most)
 * and the steps of the preparation with owner, dates, status and order. Audited as the plan's
 * content is.
 */
export class PreparationProgramme1765000000000 extends AuditedTablesMigration {
  name = 'PreparationProgramme1765000000000';
  protected readonly tables = TABLES;
}
