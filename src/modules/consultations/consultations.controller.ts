import { Body, Controller, StreamableFile } from '@nestjs/common';
import { ApiLang } from '../../common/lang.js';
import { ApiTags } from '@nestjs/swagger';
import type {
  CommentResponse,
  ConsultationResponse,
  ConsultationResults,
} from '../../contracts/consultations.js';
import { Change, Create, pathOf, PostAction, Read, type PathOf } from '../../common/routes.js';
import { Allow } from '../auth/access.decorators.js';
import { download, ReadFile } from '../reports/download.decorators.js';
import { ConsultationsService } from './consultations.service.js';
import type { CommentLinkCodes } from './consultations.repository.js';
import {
  CommentLinkDto,
  CreateConsultationDto,
  ModerationDto,
  UpdateConsultationDto,
} from './dto/consultations.dto.js';

const PlanAt = pathOf('planId');
const ConsultationAt = pathOf('planId', 'id');
const CommentAt = pathOf('planId', 'id', 'commentId');

/**
 * A plan's public consultations as members see them: every role of the institution reads,
 * planners and admins create, change, open and close them and moderate the comments.
 */
@ApiTags('consultations')
@ApiLang()
@Controller('plans/:planId')
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Read('consultations', 'The consultations of the plan, with their phase and comments by status')
  list(@PlanAt() at: PathOf<'planId'>): Promise<ConsultationResponse[]> {
    return this.consultations.list(at.planId);
  }

  @Create('consultations', 'Prepare a consultation (a draft until it is opened)')
  @Allow('admin', 'planner')
  create(@PlanAt() at: PathOf<'planId'>, @Body() dto: CreateConsultationDto): Promise<ConsultationResponse> {
    return this.consultations.create(at.planId, dto);
  }

  @Read(
    'consultation-inputs',
    'Where the citizens’ input went: every comment linked to a finding, need or target of the plan',
  )
  inputs(@PlanAt() at: PathOf<'planId'>): Promise<CommentLinkCodes[]> {
    return this.consultations.inputs(at.planId);
  }

  @Read('consultations/:id')
  get(@ConsultationAt() at: PathOf<'planId' | 'id'>): Promise<ConsultationResponse> {
    return this.consultations.get(at.planId, at.id);
  }

  @Change('consultations/:id', 'Change the title, scope or dates; a closed consultation answers 409')
  @Allow('admin', 'planner')
  update(
    @ConsultationAt() at: PathOf<'planId' | 'id'>,
    @Body() dto: UpdateConsultationDto,
  ): Promise<ConsultationResponse> {
    return this.consultations.update(at.planId, at.id, dto);
  }

  @PostAction('consultations/:id/open', 'Open it to the public; from its first day on it takes comments')
  @Allow('admin', 'planner')
  open(@ConsultationAt() at: PathOf<'planId' | 'id'>): Promise<ConsultationResponse> {
    return this.consultations.open(at.planId, at.id);
  }

  @PostAction('consultations/:id/close', 'Close it before its last day')
  @Allow('admin', 'planner')
  close(@ConsultationAt() at: PathOf<'planId' | 'id'>): Promise<ConsultationResponse> {
    return this.consultations.close(at.planId, at.id);
  }

  @Read('consultations/:id/comments', 'The moderation queue: every comment, pending ones first')
  comments(@ConsultationAt() at: PathOf<'planId' | 'id'>): Promise<CommentResponse[]> {
    return this.consultations.comments(at.planId, at.id);
  }

  @PostAction(
    'consultations/:id/comments/:commentId/moderate',
    'Publish, hide (with a reason) or answer (which publishes) a comment',
  )
  @Allow('admin', 'planner')
  moderate(
    @CommentAt() at: PathOf<'planId' | 'id' | 'commentId'>,
    @Body() dto: ModerationDto,
  ): Promise<CommentResponse> {
    return this.consultations.moderate(at.planId, at.id, at.commentId, dto);
  }

  @Change(
    'consultations/:id/comments/:commentId/links',
    'Link a comment to the finding or need and the target it led to (null removes a link)',
  )
  @Allow('admin', 'planner')
  link(
    @CommentAt() at: PathOf<'planId' | 'id' | 'commentId'>,
    @Body() dto: CommentLinkDto,
  ): Promise<CommentResponse> {
    return this.consultations.link(at.planId, at.id, at.commentId, dto);
  }

  @Read('consultations/:id/results', 'Comments by aim or target and by day (every comment)')
  results(@ConsultationAt() at: PathOf<'planId' | 'id'>): Promise<ConsultationResults> {
    return this.consultations.results(at.planId, at.id);
  }

  @ReadFile('consultations/:id/report.xlsx', 'The consultation report: every comment, its status and answer')
  async report(@ConsultationAt() at: PathOf<'planId' | 'id'>): Promise<StreamableFile> {
    return download(await this.consultations.report(at.planId, at.id));
  }
}
