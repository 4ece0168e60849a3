import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QuestionSubjectType } from '../../contracts/questions.js';

/** The subject of a question and the units responsible for it, read inside the caller's transaction. */
@Injectable()
export class QuestionsRepository {
  /**
   * Ids of the units responsible for the subject: an aim's are those of its targets, a
   * target's its own, an indicator's its target's. Null when the plan has no such subject.
   */
  async findResponsibleUnits(
    manager: EntityManager,
    planId: string,
    type: QuestionSubjectType,
    code: string,
  ): Promise<string[] | null> {
    const sql = {
      aim: `SELECT t.responsible_unit_id FROM aims a LEFT JOIN targets t ON t.aim_id = a.id
             WHERE a.plan_id = $1 AND a.code = $2`,
      target: `SELECT responsible_unit_id FROM targets WHERE plan_id = $1 AND code = $2`,
      indicator: `SELECT t.responsible_unit_id FROM indicators i JOIN targets t ON t.id = i.target_id
                   WHERE i.plan_id = $1 AND i.code = $2`,
    }[type];
    const rows = await manager.query<Array<{ responsible_unit_id: string | null }>>(sql, [planId, code]);
    if (rows.length === 0) return null;
    return rows.flatMap((row) => (row.responsible_unit_id ? [row.responsible_unit_id] : []));
  }
}
