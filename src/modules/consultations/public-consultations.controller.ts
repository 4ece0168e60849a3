import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type {
  PublicCommentReceipt,
  PublicConsultation,
  PublicConsultationSummary,
} from '../../contracts/consultations.js';
import { pathOf, Read, type PathOf } from '../../common/routes.js';
import type { PusulaRequest } from '../../common/request-user.js';
import { Public } from '../auth/access.decorators.js';
import { CommentBodyLimitGuard } from './comment-body-limit.guard.js';
import { CommentRateLimitError, ConsultationsService } from './consultations.service.js';
import { PublicCommentDto } from './dto/consultations.dto.js';

const InstitutionAt = pathOf('institutionId');
const IdAt = pathOf('id');

/** No sign-in: open and closed consultations, their published comments and answers, and commenting. */
@ApiTags('public')
@Public()
@Controller('public')
export class PublicConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Read('institutions/:institutionId/consultations', 'The open and closed consultations of an institution')
  list(@InstitutionAt() at: PathOf<'institutionId'>): Promise<PublicConsultationSummary[]> {
    return this.consultations.publicList(at.institutionId);
  }

  @Read(
    'plans/:id/consultations',
    'The open and closed consultations of the institution of a published plan (the public plan page)',
  )
  listOfPlan(@IdAt() at: PathOf<'id'>): Promise<PublicConsultationSummary[]> {
    return this.consultations.publicListOfPlan(at.id);
  }

  @Read('consultations/:id', 'An open or closed consultation with its published comments, answers and counts')
  get(@IdAt() at: PathOf<'id'>): Promise<PublicConsultation> {
    return this.consultations.publicGet(at.id);
  }

  @Post('consultations/:id/comments')
  @UseGuards(CommentBodyLimitGuard)
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Comment without an account: published after moderation. 404 unknown or not open yet, 409 CONSULTATION_CLOSED, 409 COMMENT_DUPLICATE, 413 over 16 KiB, 429 COMMENT_RATE_LIMIT with Retry-After',
  })
  async comment(
    @IdAt() at: PathOf<'id'>,
    @Body() dto: PublicCommentDto,
    @Req() request: PusulaRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicCommentReceipt> {
    try {
      return await this.consultations.publicComment(at.id, dto, request.ip);
    } catch (error) {
      if (error instanceof CommentRateLimitError)
        void reply.header('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
  }
}
