import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  AnswerQuestionRequest,
  AskQuestionRequest,
  CloseQuestionRequest,
  QuestionListQuery,
  QuestionResponse,
} from '../../contracts/questions.js';
import { AppError, BadRequestError, ConflictError, NotFoundError } from '../../common/app-error.js';
import { errorMessage } from '../../common/messages/index.js';
import { isUuid } from '../../common/ids.js';
import type { RequestUser } from '../../common/request-user.js';
import type { PathOf } from '../../common/routes.js';
import type { Lang } from '../../contracts/validation.js';
import { setActor } from '../../database/actor.js';
import { AccessService } from '../auth/access.service.js';
import { effectiveStatus } from '../plans/plan-lifecycle.js';
import { Question } from './question.entity.js';
import { toQuestionResponse } from './questions.mapper.js';
import { QuestionsRepository } from './questions.repository.js';
import { getPlanOr404 } from '../plans/plan-storage.repository.js';
import { istanbulDate } from '../../common/clock.js';
import { NotificationsService } from '../notifications/notifications.service.js';

/** A question of a plan, as its route names it (:planId, :questionId). */
export type QuestionAt = PathOf<'planId' | 'questionId'>;

const WITH_USERS = { asker: true, answerer: true } as const;

/**
 * Reviewers ask about an aim, target or indicator; the responsible unit (or a planner, or an
 * admin) answers; the reviewer who asked (or an admin) closes. The guard has already checked
 * that the caller has a role in the plan's institution.
 */
@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly repository: QuestionsRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async listQuestions(planId: string, query: QuestionListQuery): Promise<QuestionResponse[]> {
    await getPlanOr404(this.dataSource.manager, planId);
    const rows = await this.dataSource.manager.find(Question, {
      where: {
        planId,
        ...(query.status ? { status: query.status } : {}),
        ...(query.subject ? { subjectCode: query.subject } : {}),
      },
      relations: WITH_USERS,
      order: { askedAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toQuestionResponse);
  }

  async askQuestion(
    planId: string,
    request: AskQuestionRequest,
    user: RequestUser,
    lang: Lang = 'tr',
  ): Promise<QuestionResponse> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      const plan = await getPlanOr404(manager, planId);
      // A closed plan takes no new questions (409 PLAN_CLOSED); open ones can still be answered and closed.
      if (effectiveStatus(plan) === 'kapandi') {
        throw new ConflictError('PLAN_CLOSED', errorMessage('PLAN_CLOSED', { what: 'question' }, lang));
      }
      const units = await this.repository.findResponsibleUnits(
        manager,
        plan.id,
        request.subjectType,
        request.subjectCode,
      );
      if (units === null) {
        const message = `The plan has no ${request.subjectType} ${request.subjectCode}`;
        throw new BadRequestError('UNKNOWN_SUBJECT', message, [
          { path: 'subjectCode', code: 'UNKNOWN_SUBJECT', message },
        ]);
      }
      const inserted = await manager.insert(Question, {
        institutionId: plan.institutionId,
        planId: plan.id,
        subjectType: request.subjectType,
        subjectCode: request.subjectCode,
        period: request.period ?? null,
        text: request.text,
        askedBy: user.id,
        status: 'open',
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.notifications.notifyUnitManagers(
        manager,
        units,
        {
          institutionId: plan.institutionId,
          kind: 'question-asked',
          eventKey: `question-asked:${id}`,
          eventDay: istanbulDate(),
          params: { plan: plan.title, subject: request.subjectCode, text: request.text },
          link: `#/plans/${plan.id}/questions`,
        },
        user.id,
      );
      return reload(manager, id);
    });
  }

  /** A unit manager answers only for a subject of one of their units; a new answer replaces the last. */
  async answerQuestion(
    at: QuestionAt,
    request: AnswerQuestionRequest,
    user: RequestUser,
  ): Promise<QuestionResponse> {
    return this.step(
      at,
      request.version,
      'answered',
      async (manager, row) => {
        if (this.access.roleIn(user, row.institutionId) !== 'unit_manager') return;
        const responsible = await this.repository.findResponsibleUnits(
          manager,
          at.planId,
          row.subjectType,
          row.subjectCode,
        );
        const own = user.memberships.get(row.institutionId)?.unitIds ?? [];
        if (!(responsible ?? []).some((unitId) => own.includes(unitId))) {
          throw new AppError(403, 'NOT_YOUR_UNIT', { code: row.subjectCode });
        }
      },
      () => ({ answer: request.text, answeredBy: user.id, answeredAt: new Date() }),
      async (manager, row) => {
        const plan = await getPlanOr404(manager, row.planId);
        await this.notifications.notifyUsers(
          manager,
          [row.askedBy],
          {
            institutionId: row.institutionId,
            kind: 'question-answered',
            eventKey: `question-answered:${row.id}:${row.version}`,
            eventDay: istanbulDate(),
            params: { plan: plan.title, subject: row.subjectCode, answer: request.text },
            link: `#/plans/${row.planId}/questions`,
          },
          user.id,
        );
      },
    );
  }

  async closeQuestion(
    at: QuestionAt,
    request: CloseQuestionRequest,
    user: RequestUser,
  ): Promise<QuestionResponse> {
    return this.step(
      at,
      request.version,
      'closed',
      (_manager, row) => {
        if (this.access.roleIn(user, row.institutionId) !== 'admin' && row.askedBy !== user.id) {
          throw new AppError(403, 'NOT_YOUR_QUESTION');
        }
        return Promise.resolve();
      },
      () => ({ closedBy: user.id, closedAt: new Date() }),
    );
  }

  /**
   * Answering or closing, in one transaction: the question locked, `allowed` judges the caller,
   * then its version and status are checked, `fields` written with the new status and version,
   * and `after` does what follows in the same transaction (a notification).
   */
  private step(
    at: QuestionAt,
    version: number | undefined,
    to: 'answered' | 'closed',
    allowed: (manager: EntityManager, row: Question) => Promise<void>,
    fields: () => Partial<Question>,
    after?: (manager: EntityManager, row: Question) => Promise<void>,
  ): Promise<QuestionResponse> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      const row = await lockQuestion(manager, at.planId, at.questionId);
      await allowed(manager, row);
      await assertVersionAndStatus(manager, row, version, ['open', 'answered'], to);
      await manager.update(Question, { id: row.id }, { ...fields(), status: to, version: row.version + 1 });
      await after?.(manager, row);
      return reload(manager, row.id);
    });
  }
}

/** The question of this plan, locked for the transaction, or 404 QUESTION_NOT_FOUND. */
async function lockQuestion(manager: EntityManager, planId: string, questionId: string): Promise<Question> {
  const row = isUuid(questionId)
    ? await manager.findOne(Question, {
        where: { id: questionId, planId },
        lock: { mode: 'pessimistic_write' },
      })
    : null;
  if (!row) throw new NotFoundError('QUESTION_NOT_FOUND', { id: questionId });
  return row;
}

async function assertVersionAndStatus(
  manager: EntityManager,
  row: Question,
  version: number | undefined,
  from: Array<Question['status']>,
  to: Question['status'],
): Promise<void> {
  if (version !== undefined && version !== row.version)
    throw new ConflictError(
      'STALE_VERSION',
      { what: 'question', given: version, now: row.version },
      undefined,
      await reload(manager, row.id),
    );
  if (!from.includes(row.status))
    throw new ConflictError(
      'QUESTION_STATUS',
      { status: row.status, to },
      undefined,
      await reload(manager, row.id),
    );
}

async function reload(manager: EntityManager, id: string): Promise<QuestionResponse> {
  return toQuestionResponse(await manager.findOneOrFail(Question, { where: { id }, relations: WITH_USERS }));
}
