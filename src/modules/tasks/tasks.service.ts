import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { TaskEntry, TaskPlan, TaskQuestion, TasksResponse } from '../../contracts/tasks.js';
import { istanbulDate } from '../../common/clock.js';
import type { RequestUser } from '../../common/request-user.js';
import { WorklistService } from '../periods/worklist.service.js';
import { Question } from '../questions/question.entity.js';
import { toQuestionResponse } from '../questions/questions.mapper.js';
import { QuestionsRepository } from '../questions/questions.repository.js';
import { splitTasks } from './tasks.js';

interface PlanRow {
  plan_id: string;
  plan_title: string;
  institution_id: string;
  institution_name: string;
}

/**
 * A unit manager's tasks across the plans of their institutions: the worklist of each plan with
 * an open period (the same query the entry screen reads) narrowed to their units, and the open
 * questions their units are responsible for.
 */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly worklist: WorklistService,
    private readonly questions: QuestionsRepository,
  ) {}

  async tasks(user: RequestUser): Promise<TasksResponse> {
    const asOf = istanbulDate();
    const units = [...user.memberships.entries()].flatMap(([institutionId, membership]) =>
      membership.role === 'unit_manager'
        ? membership.unitIds.map((unitId) => ({ institutionId, unitId }))
        : [],
    );
    if (units.length === 0) return { asOf, due: [], returned: [], questions: [] };
    const unitIds = units.map((unit) => unit.unitId);
    const manager = this.dataSource.manager;
    const [codes, plans] = await Promise.all([
      manager.query<Array<{ institution_id: string; code: string }>>(
        'SELECT institution_id, code FROM units WHERE id = ANY($1)',
        [unitIds],
      ),
      manager.query<PlanRow[]>(
        `SELECT p.id AS plan_id, p.title AS plan_title, i.id AS institution_id, i.name AS institution_name
           FROM plans p JOIN institutions i ON i.id = p.institution_id
          WHERE p.institution_id = ANY($1) ORDER BY p.start_year, p.title`,
        [[...new Set(units.map((unit) => unit.institutionId))]],
      ),
    ]);
    const mine = (institutionId: string, code: string): boolean =>
      codes.some((row) => row.institution_id === institutionId && row.code === code);
    const entries: TaskEntry[] = [];
    for (const plan of plans) {
      const owned = taskPlan(plan);
      const list = await this.worklist.getWorklist(plan.plan_id, undefined);
      for (const period of list.periods) {
        for (const entry of period.entries) {
          if (mine(plan.institution_id, entry.unit))
            entries.push({ ...entry, ...owned, entryDeadline: period.entryDeadline });
        }
      }
    }
    return { asOf, ...splitTasks(entries), questions: await this.openQuestions(plans, unitIds) };
  }

  /** Open questions of `plans` about a subject one of `unitIds` is responsible for. */
  private async openQuestions(
    plans: readonly PlanRow[],
    unitIds: readonly string[],
  ): Promise<TaskQuestion[]> {
    if (plans.length === 0) return [];
    const manager = this.dataSource.manager;
    const rows = await manager.find(Question, {
      where: { planId: In(plans.map((plan) => plan.plan_id)), status: 'open' },
      relations: { asker: true, answerer: true },
      order: { askedAt: 'ASC', id: 'ASC' },
    });
    const result: TaskQuestion[] = [];
    for (const row of rows) {
      const responsible = await this.questions.findResponsibleUnits(
        manager,
        row.planId,
        row.subjectType,
        row.subjectCode,
      );
      const plan = plans.find((item) => item.plan_id === row.planId);
      if (plan && responsible?.some((id) => unitIds.includes(id)))
        result.push({ ...toQuestionResponse(row), ...taskPlan(plan) });
    }
    return result;
  }
}

function taskPlan(row: PlanRow): TaskPlan {
  return {
    planId: row.plan_id,
    planTitle: row.plan_title,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
  };
}
