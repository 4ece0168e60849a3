import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ErrorCode } from '../../contracts/error-codes.js';
import type {
  CommentResponse,
  ConsultationResponse,
  ConsultationResults,
  ConsultationSubject,
  PublicCommentReceipt,
  PublicConsultation,
  PublicConsultationSummary,
} from '../../contracts/consultations.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AppError, BadRequestError, ConflictError, NotFoundError } from '../../common/app-error.js';
import { clockNow, istanbulDate } from '../../common/clock.js';
import { isUuid } from '../../common/ids.js';
import { errorMessage, type MessageParams } from '../../common/messages/index.js';
import { assertFreshVersion } from '../../common/versions.js';
import { setActor } from '../../database/actor.js';
import { AnalysisItem } from '../analysis/analysis-item.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { getPlanOr404 } from '../plans/plan-storage.repository.js';
import { Plan } from '../plans/plan.entity.js';
import { Target } from '../plans/target.entity.js';
import { downloadFileName } from '../reports/report-files.js';
import { renderWorkbook } from '../reports/workbook-format.js';
import { ConsultationComment } from './consultation-comment.entity.js';
import {
  addressKey,
  cleanText,
  consultationPhase,
  datesInOrder,
  duplicateKey,
  isPublicPhase,
  rateLimitDecision,
  subjectProblem,
} from './consultation-rules.js';
import { addConsultationSheets } from './consultation-workbook.js';
import { Consultation } from './consultation.entity.js';
import { toCommentResponse, toConsultationResponse, toPublicComment } from './consultations.mapper.js';
import { ConsultationsRepository, type CommentLinkCodes } from './consultations.repository.js';
import type {
  CommentLinkDto,
  CreateConsultationDto,
  ModerationDto,
  PublicCommentDto,
  UpdateConsultationDto,
} from './dto/consultations.dto.js';

/** 429 COMMENT_RATE_LIMIT: the controller sends Retry-After with it. */
export class CommentRateLimitError extends AppError {
  constructor(
    params: MessageParams,
    public readonly retryAfterSeconds: number,
  ) {
    super(429, 'COMMENT_RATE_LIMIT', params);
  }
}

export interface ConsultationReport {
  fileName: string;
  content: Buffer;
}

/**
 * A plan's public consultations (issue 13 points 6–8). Members read; planners and admins create,
 * change, open and close them and moderate the comments (audited by the tables' triggers); the
 * public lists open and closed ones, reads published comments with the answers, and comments.
 * Every refusal is thrown before the transaction writes, so it changes nothing.
 */
@Injectable()
export class ConsultationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ConsultationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
  ) {}

  // Members

  async list(planId: string): Promise<ConsultationResponse[]> {
    await getPlanOr404(this.dataSource.manager, planId);
    const rows = await this.dataSource.manager.find(Consultation, {
      where: { planId },
      order: { opensOn: 'DESC', createdAt: 'DESC' },
    });
    const counts = await this.repository.statusCounts(rows.map((row) => row.id));
    const today = istanbulDate();
    return rows.map((row) => toConsultationResponse(row, today, counts.get(row.id)));
  }

  async get(planId: string, id: string): Promise<ConsultationResponse> {
    const row = await this.find(this.dataSource.manager, planId, id);
    const counts = await this.repository.statusCounts([row.id]);
    return toConsultationResponse(row, istanbulDate(), counts.get(row.id));
  }

  async create(planId: string, dto: CreateConsultationDto): Promise<ConsultationResponse> {
    return this.write(async (manager) => {
      const plan = await getPlanOr404(manager, planId);
      const fields = {
        title: dto.title.trim(),
        description: dto.description?.trim() || null,
        scope: dto.scope,
        aimCode: dto.aimCode ?? null,
        opensOn: dto.opensOn,
        closesOn: dto.closesOn,
      };
      await this.checkFields(manager, planId, fields);
      const inserted = await manager.insert(Consultation, {
        ...fields,
        institutionId: plan.institutionId,
        planId,
        openedAt: null,
        closedAt: null,
      });
      const row = await this.find(manager, planId, String(inserted.identifiers[0].id));
      return toConsultationResponse(row, istanbulDate(), undefined);
    });
  }

  async update(planId: string, id: string, dto: UpdateConsultationDto): Promise<ConsultationResponse> {
    return this.write(async (manager) => {
      const row = await this.find(manager, planId, id, true);
      await assertFreshVersion({ what: 'consultation', name: row.title }, row.version, dto.version, () =>
        this.get(planId, id),
      );
      if (consultationPhase(row, istanbulDate()) === 'closed')
        throw new ConflictError('CONSULTATION_STATE', { step: 'edit' });
      const scope = dto.scope ?? row.scope;
      const fields = {
        title: dto.title?.trim() ?? row.title,
        description: dto.description === undefined ? row.description : dto.description?.trim() || null,
        scope,
        // A scope other than one aim's targets has no aim; a change to it clears the aim left over.
        aimCode: dto.aimCode !== undefined ? dto.aimCode : scope === 'aim-targets' ? row.aimCode : null,
        opensOn: dto.opensOn ?? row.opensOn,
        closesOn: dto.closesOn ?? row.closesOn,
      };
      await this.checkFields(manager, planId, fields);
      const changes = Object.fromEntries(
        Object.entries(fields).filter(([key, value]) => row[key as keyof typeof fields] !== value),
      );
      if (Object.keys(changes).length > 0) await manager.update(Consultation, { id: row.id }, changes);
      return this.response(manager, planId, row.id);
    });
  }

  /** Opens it to the public: from its first day on it takes comments. */
  async open(planId: string, id: string): Promise<ConsultationResponse> {
    return this.write(async (manager) => {
      const row = await this.find(manager, planId, id, true);
      if (row.openedAt !== null) throw new ConflictError('CONSULTATION_STATE', { step: 'open' });
      await manager.update(Consultation, { id: row.id }, { openedAt: clockNow() });
      return this.response(manager, planId, row.id);
    });
  }

  /** Closes it before its last day; it stays on the public page with its published comments. */
  async close(planId: string, id: string): Promise<ConsultationResponse> {
    return this.write(async (manager) => {
      const row = await this.find(manager, planId, id, true);
      const phase = consultationPhase(row, istanbulDate());
      if (phase !== 'open' && phase !== 'scheduled')
        throw new ConflictError('CONSULTATION_STATE', { step: 'close' });
      await manager.update(Consultation, { id: row.id }, { closedAt: clockNow() });
      return this.response(manager, planId, row.id);
    });
  }

  /** The moderation queue: every comment, the pending ones first, each in the order it came. */
  async comments(planId: string, id: string): Promise<CommentResponse[]> {
    const row = await this.find(this.dataSource.manager, planId, id);
    return this.commentResponses(this.dataSource.manager, row.id);
  }

  async moderate(
    planId: string,
    id: string,
    commentId: string,
    dto: ModerationDto,
  ): Promise<CommentResponse> {
    return this.write(async (manager) => {
      const comment = await this.findComment(manager, planId, id, commentId);
      await assertFreshVersion({ what: 'comment', name: comment.id }, comment.version, dto.version, () =>
        this.commentResponse(manager, comment.consultationId, comment.id),
      );
      const changes: Partial<ConsultationComment> =
        dto.action === 'hide'
          ? { status: 'hidden', hiddenReason: (dto.reason ?? '').trim() }
          : dto.action === 'publish'
            ? { status: 'published', hiddenReason: null }
            : {
                status: 'published',
                hiddenReason: null,
                answer: cleanText(dto.answer ?? ''),
                answeredAt: clockNow(),
              };
      await manager.update(ConsultationComment, { id: comment.id }, changes);
      return this.commentResponse(manager, comment.consultationId, comment.id);
    });
  }

  /** Where the comment went: a finding or need and a target of the same plan (null removes a link). */
  async link(planId: string, id: string, commentId: string, dto: CommentLinkDto): Promise<CommentResponse> {
    return this.write(async (manager) => {
      const comment = await this.findComment(manager, planId, id, commentId);
      const changes: Partial<ConsultationComment> = {};
      const problems: Array<{ path: string; code: string }> = [];
      if (dto.finding !== undefined) {
        const item =
          dto.finding === null ? null : await manager.findOneBy(AnalysisItem, { planId, code: dto.finding });
        if (dto.finding !== null && !item) problems.push({ path: 'finding', code: dto.finding });
        changes.linkedItemId = item?.id ?? null;
      }
      if (dto.target !== undefined) {
        const target =
          dto.target === null ? null : await manager.findOneBy(Target, { planId, code: dto.target });
        if (dto.target !== null && !target) problems.push({ path: 'target', code: dto.target });
        changes.linkedTargetId = target?.id ?? null;
      }
      if (problems.length > 0) {
        throw new BadRequestError(
          'CONSULTATION_LINK',
          { code: problems[0].code },
          problems.map(({ path, code }) => detail(path, 'CONSULTATION_LINK', { code })),
        );
      }
      if (Object.keys(changes).length > 0)
        await manager.update(ConsultationComment, { id: comment.id }, changes);
      return this.commentResponse(manager, comment.consultationId, comment.id);
    });
  }

  /** Counts of every comment (hidden ones too) by subject and by day. */
  async results(planId: string, id: string): Promise<ConsultationResults> {
    const row = await this.find(this.dataSource.manager, planId, id);
    return this.repository.results(row.id, false);
  }

  /** Which comments led to which finding, need or target of the plan: where the citizens' input went. */
  async inputs(planId: string): Promise<CommentLinkCodes[]> {
    await getPlanOr404(this.dataSource.manager, planId);
    return this.repository.linkedComments(planId);
  }

  async report(planId: string, id: string): Promise<ConsultationReport> {
    const manager = this.dataSource.manager;
    const row = await this.find(manager, planId, id);
    const plan = await getPlanOr404(manager, planId);
    const institution = await manager.findOneByOrFail(Institution, { id: plan.institutionId });
    const comments = await this.commentResponses(manager, row.id);
    const results = await this.repository.results(row.id, false);
    const consultation = toConsultationResponse(row, istanbulDate(), undefined);
    const content = await renderWorkbook((workbook) =>
      addConsultationSheets(workbook, {
        institution: institution.name,
        plan: plan.title,
        consultation,
        comments,
        results,
      }),
    );
    return { fileName: downloadFileName(['Görüş Raporu', row.title], 'xlsx'), content };
  }

  // The public

  /** The open and closed consultations of an institution's plans, the newest first. */
  async publicList(institutionId: string): Promise<PublicConsultationSummary[]> {
    const exists =
      isUuid(institutionId) && (await this.dataSource.manager.existsBy(Institution, { id: institutionId }));
    if (!exists) throw new NotFoundError('INSTITUTION_NOT_FOUND', { id: institutionId });
    return this.repository.publicSummaries({ institutionId }, istanbulDate());
  }

  /** The consultations of the institution whose published plan `planId` is (the public plan page). */
  async publicListOfPlan(planId: string): Promise<PublicConsultationSummary[]> {
    const plan = await getPlanOr404(this.dataSource.manager, planId, { published: true });
    return this.repository.publicSummaries({ institutionId: plan.institutionId }, istanbulDate());
  }

  async publicGet(id: string): Promise<PublicConsultation> {
    const [summary] = isUuid(id) ? await this.repository.publicSummaries({ id }, istanbulDate()) : [];
    if (!summary) throw new NotFoundError('CONSULTATION_NOT_FOUND');
    const manager = this.dataSource.manager;
    // The page's four reads at once, each on a connection of its own.
    const [comments, links, subjects, results] = await Promise.all([
      manager.find(ConsultationComment, {
        where: { consultationId: id, status: 'published' },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      this.repository.linkCodes(id),
      this.subjects(manager, summary.planId, summary.scope, summary.aimCode),
      this.repository.results(id, true),
    ]);
    return {
      ...summary,
      subjects,
      comments: comments.map((comment) => toPublicComment(comment, links.get(comment.id))),
      results,
    };
  }

  /**
   * An anonymous comment. A filled honeypot is answered as any comment is and dropped (a bot learns
   * nothing); otherwise: unknown or not yet open → 404, closed → 409 CONSULTATION_CLOSED, the
   * address over its limit → 429, a subject the consultation does not cover → 400, the same text
   * again → 409 COMMENT_DUPLICATE. The consultation row is locked (duplicates are judged one at a
   * time) and so is the address (its count holds under concurrent comments).
   */
  async publicComment(id: string, dto: PublicCommentDto, address: string): Promise<PublicCommentReceipt> {
    if (dto.website !== undefined && dto.website.trim() !== '') return { status: 'pending' };
    const text = cleanText(dto.text);
    if (text === '')
      throw new BadRequestError('VALIDATION_FAILED', {}, [detail('text', 'VALIDATION_FAILED', {})]);
    return this.dataSource.transaction(async (manager) => {
      const consultation = isUuid(id)
        ? await manager.findOne(Consultation, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      const phase = consultation ? consultationPhase(consultation, istanbulDate()) : 'draft';
      if (!consultation || !isPublicPhase(phase)) throw new NotFoundError('CONSULTATION_NOT_FOUND');
      if (phase === 'closed')
        throw new ConflictError('CONSULTATION_CLOSED', { closesOn: consultation.closesOn });
      const key = addressKey(address);
      await this.assertUnderLimit(manager, key);
      const subjectCode = dto.subjectCode?.trim() || null;
      if (subjectCode !== null) await this.checkSubject(manager, consultation, subjectCode);
      const textKey = duplicateKey(text);
      if (await manager.existsBy(ConsultationComment, { consultationId: consultation.id, textKey }))
        throw new ConflictError('COMMENT_DUPLICATE', {}, [detail('text', 'COMMENT_DUPLICATE', {})]);
      await manager.insert(ConsultationComment, {
        institutionId: consultation.institutionId,
        planId: consultation.planId,
        consultationId: consultation.id,
        text,
        textKey,
        authorName: dto.name?.trim() || null,
        authorEmail: dto.email?.trim().toLowerCase() || null,
        subjectCode,
        status: 'pending',
        addressKey: key,
        createdAt: clockNow(),
      });
      // The planners hear of it in the same transaction: one notification a day per consultation
      // and planner however many comments come, each by the channel their settings give the kind.
      const plan = await manager.findOneByOrFail(Plan, { id: consultation.planId });
      await this.notifications.notifyRoles(manager, ['planner'], {
        institutionId: consultation.institutionId,
        kind: 'consultation-comment',
        eventKey: `consultation-comment:${consultation.id}`,
        eventDay: istanbulDate(),
        params: { plan: plan.title, consultation: consultation.title },
        link: `#/plans/${consultation.planId}/consultations/${consultation.id}`,
      });
      return { status: 'pending' as const };
    });
  }

  // Reading and checking

  /** One write: a transaction whose changes the audit trail names the caller for. */
  private write<R>(work: (manager: EntityManager) => Promise<R>): Promise<R> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      return work(manager);
    });
  }

  private async find(
    manager: EntityManager,
    planId: string,
    id: string,
    lock = false,
  ): Promise<Consultation> {
    const row = isUuid(id)
      ? await manager.findOne(Consultation, {
          where: { id, planId },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!row) {
      // The plan's own 404 first: an unknown plan is not an unknown consultation.
      await getPlanOr404(manager, planId);
      throw new NotFoundError('CONSULTATION_NOT_FOUND');
    }
    return row;
  }

  private async response(manager: EntityManager, planId: string, id: string): Promise<ConsultationResponse> {
    const row = await this.find(manager, planId, id);
    const counts = await this.repository.statusCounts([row.id], manager);
    return toConsultationResponse(row, istanbulDate(), counts.get(row.id));
  }

  private async findComment(
    manager: EntityManager,
    planId: string,
    id: string,
    commentId: string,
  ): Promise<ConsultationComment> {
    const consultation = await this.find(manager, planId, id);
    const comment = isUuid(commentId)
      ? await manager.findOne(ConsultationComment, {
          where: { id: commentId, consultationId: consultation.id },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!comment) throw new NotFoundError('COMMENT_NOT_FOUND');
    return comment;
  }

  private async commentResponses(manager: EntityManager, consultationId: string): Promise<CommentResponse[]> {
    const comments = await manager.find(ConsultationComment, {
      where: { consultationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const links = await this.repository.linkCodes(consultationId, manager);
    const rank = { pending: 0, published: 1, hidden: 2 };
    return comments
      .map((comment) => toCommentResponse(comment, links.get(comment.id)))
      .sort((a, b) => rank[a.status] - rank[b.status]);
  }

  private async commentResponse(
    manager: EntityManager,
    consultationId: string,
    id: string,
  ): Promise<CommentResponse> {
    const found = (await this.commentResponses(manager, consultationId)).find((item) => item.id === id);
    if (!found) throw new NotFoundError('COMMENT_NOT_FOUND');
    return found;
  }

  /** Dates in order, and an aim exactly when one aim's targets are consulted (an aim of this plan). */
  private async checkFields(
    manager: EntityManager,
    planId: string,
    fields: { scope: string; aimCode: string | null; opensOn: string; closesOn: string },
  ): Promise<void> {
    const problems: Array<{ path: string; code: ErrorCode; params: MessageParams }> = [];
    if (!datesInOrder(fields.opensOn, fields.closesOn))
      problems.push({
        path: 'closesOn',
        code: 'DATE_ORDER',
        params: { due: 1, date: fields.closesOn, beforeDate: fields.opensOn },
      });
    if ((fields.scope === 'aim-targets') !== (fields.aimCode !== null))
      problems.push({ path: 'aimCode', code: 'CONSULTATION_SUBJECT', params: { aim: 1 } });
    else if (fields.aimCode !== null && !(await this.repository.aimExists(planId, fields.aimCode, manager)))
      problems.push({ path: 'aimCode', code: 'CONSULTATION_SUBJECT', params: { code: fields.aimCode } });
    const [first] = problems;
    if (first === undefined) return;
    throw new BadRequestError(
      first.code,
      first.params,
      problems.map(({ path, code, params }) => detail(path, code, params)),
    );
  }

  private async checkSubject(
    manager: EntityManager,
    consultation: Consultation,
    code: string,
  ): Promise<void> {
    const subjects = await this.repository.planSubjects(consultation.planId, manager);
    const problem = subjectProblem(consultation.scope, consultation.aimCode, code, subjects);
    if (problem === null) return;
    const params = problem === 'unknown' ? { code } : { code, outOfScope: 1 };
    throw new BadRequestError('CONSULTATION_SUBJECT', params, [
      detail('subjectCode', 'CONSULTATION_SUBJECT', params),
    ]);
  }

  /** 429 COMMENT_RATE_LIMIT when the address has sent its limit within the window (any consultation). */
  private async assertUnderLimit(manager: EntityManager, key: string): Promise<void> {
    const now = clockNow();
    const rule = this.config.commentRateLimit;
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
    const recent = await this.repository.recentComments(
      key,
      new Date(now.getTime() - rule.windowMs),
      manager,
    );
    const decision = rateLimitDecision(recent, now, rule);
    if (decision.allowed) return;
    throw new CommentRateLimitError(
      { limit: rule.limit, minutes: rule.windowMs / 60_000, seconds: decision.retryAfterSeconds },
      decision.retryAfterSeconds,
    );
  }

  /** The aims and targets a comment of this consultation may be about, in the plan's order. */
  private async subjects(
    manager: EntityManager,
    planId: string,
    scope: PublicConsultation['scope'],
    aimCode: string | null,
  ): Promise<ConsultationSubject[]> {
    const rows = await this.repository.subjectTitles(planId, manager);
    const plan = {
      aims: rows.filter((row) => row.kind === 'aim'),
      targets: rows
        .filter((row) => row.kind === 'target')
        .map((row) => ({ ...row, aimCode: row.aimCode ?? '' })),
    };
    return rows
      .filter((row) => subjectProblem(scope, aimCode, row.code, plan) === null)
      .map(({ code, title, kind }) => ({ code, title, kind }));
  }
}

function detail(
  path: string,
  code: ErrorCode,
  params: MessageParams,
): {
  path: string;
  code: ErrorCode;
  message: string;
} {
  return { path, code, message: errorMessage(code, params) };
}
