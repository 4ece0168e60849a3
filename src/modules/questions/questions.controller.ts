import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { QuestionResponse } from '../../contracts/questions.js';
import { ApiLang } from '../../common/lang.js';
import { CurrentUser, type RequestUser } from '../../common/request-user.js';
import { PlanOf, PostAction, pathOf, type PlanCall, Create, Read } from '../../common/routes.js';
import { Allow } from '../auth/access.decorators.js';
import {
  AnswerQuestionDto,
  AskQuestionDto,
  CloseQuestionDto,
  QuestionListQueryDto,
} from './dto/questions.dto.js';
import { QuestionsService, type QuestionAt } from './questions.service.js';

/** A question of a plan (:planId, :questionId). */
const QuestionOf = pathOf('planId', 'questionId');

@ApiTags('questions')
@Controller('plans/:planId/questions')
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  @Read(
    undefined,
    "Reviewers' questions on the plan's aims, targets and indicators (every member reads them)",
  )
  listQuestions(
    @Param('planId') planId: string,
    @Query() query: QuestionListQueryDto,
  ): Promise<QuestionResponse[]> {
    return this.questions.listQuestions(planId, query);
  }

  @Create(
    undefined,
    'Ask a question on an aim, target or indicator (400 UNKNOWN_SUBJECT when the plan has none, 409 PLAN_CLOSED for a closed plan)',
  )
  @Allow('reviewer', 'admin')
  @ApiLang()
  askQuestion(
    @PlanOf() call: PlanCall,
    @Body() dto: AskQuestionDto,
    @CurrentUser() user: RequestUser,
  ): Promise<QuestionResponse> {
    return this.questions.askQuestion(call.planId, dto, user, call.lang);
  }

  @PostAction(
    ':questionId/answer',
    'Answer as the responsible unit (a unit manager only for their units); replaces an earlier answer',
  )
  @Allow('admin', 'planner', 'unit_manager')
  answerQuestion(
    @QuestionOf() at: QuestionAt,
    @Body() dto: AnswerQuestionDto,
    @CurrentUser() user: RequestUser,
  ): Promise<QuestionResponse> {
    return this.questions.answerQuestion(at, dto, user);
  }

  @PostAction(':questionId/close', 'Close a question: the reviewer who asked, or an admin')
  @Allow('reviewer', 'admin')
  closeQuestion(
    @QuestionOf() at: QuestionAt,
    @Body() dto: CloseQuestionDto,
    @CurrentUser() user: RequestUser,
  ): Promise<QuestionResponse> {
    return this.questions.closeQuestion(at, dto, user);
  }
}
