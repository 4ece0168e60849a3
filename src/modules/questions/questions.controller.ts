import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { QuestionResponse } from '../../contracts/questions.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import { CurrentUser, type RequestUser } from '../../common/request-user.js';
import { PostAction } from '../../common/routes.js';
import { Allow } from '../auth/access.decorators.js';
import {
  AnswerQuestionDto,
  AskQuestionDto,
  CloseQuestionDto,
  QuestionListQueryDto,
} from './dto/questions.dto.js';
import { QuestionsService } from './questions.service.js';

@ApiTags('questions')
@Controller('plans/:planId/questions')
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  @Get()
  @ApiOperation({
    summary: "Reviewers' questions on the plan's aims, targets and indicators (every member reads them)",
  })
  listQuestions(
    @Param('planId') planId: string,
    @Query() query: QuestionListQueryDto,
  ): Promise<QuestionResponse[]> {
    return this.questions.listQuestions(planId, query);
  }

  @Post()
  @Allow('reviewer', 'admin')
  @ApiOperation({
    summary:
      'Ask a question on an aim, target or indicator (400 UNKNOWN_SUBJECT when the plan has none, 409 PLAN_CLOSED for a closed plan)',
  })
  @ApiLang()
  askQuestion(
    @Param('planId') planId: string,
    @Body() dto: AskQuestionDto,
    @CurrentUser() user: RequestUser,
    @RequestLang() lang: Lang,
  ): Promise<QuestionResponse> {
    return this.questions.askQuestion(planId, dto, user, lang);
  }

  @PostAction(
    ':questionId/answer',
    'Answer as the responsible unit (a unit manager only for their units); replaces an earlier answer',
  )
  @Allow('admin', 'planner', 'unit_manager')
  answerQuestion(
    @Param('planId') planId: string,
    @Param('questionId') questionId: string,
    @Body() dto: AnswerQuestionDto,
    @CurrentUser() user: RequestUser,
  ): Promise<QuestionResponse> {
    return this.questions.answerQuestion(planId, questionId, dto, user);
  }

  @PostAction(':questionId/close', 'Close a question: the reviewer who asked, or an admin')
  @Allow('reviewer', 'admin')
  closeQuestion(
    @Param('planId') planId: string,
    @Param('questionId') questionId: string,
    @Body() dto: CloseQuestionDto,
    @CurrentUser() user: RequestUser,
  ): Promise<QuestionResponse> {
    return this.questions.closeQuestion(planId, questionId, dto, user);
  }
}
