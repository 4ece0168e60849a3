import type {
  AnswerQuestionRequest,
  AskQuestionRequest,
  CloseQuestionRequest,
  QuestionListQuery,
  QuestionResponse,
} from '../../src/contracts/questions.js';
import { http } from './http.js';

/**
 * Reviewers' questions on a plan's aims, targets and indicators: asked by a reviewer (or an
 * admin), answered by the responsible unit (or a planner, or an admin), closed by the asker.
 */
const base = (planId: string) => `/plans/${encodeURIComponent(planId)}/questions`;

export function listQuestions(
  planId: string,
  query: QuestionListQuery = {},
  signal?: AbortSignal,
): Promise<QuestionResponse[]> {
  return http.get<QuestionResponse[]>(base(planId), { query: { ...query }, signal });
}

/** `lang: 'en'` asks for English messages (the ask route honours ?lang=). */
export function askQuestion(
  planId: string,
  request: AskQuestionRequest,
  lang?: 'en',
): Promise<QuestionResponse> {
  return http.post<QuestionResponse>(base(planId), request, { query: { lang } });
}

export function answerQuestion(
  planId: string,
  questionId: string,
  request: AnswerQuestionRequest,
): Promise<QuestionResponse> {
  return http.post<QuestionResponse>(`${base(planId)}/${encodeURIComponent(questionId)}/answer`, request);
}

export function closeQuestion(
  planId: string,
  questionId: string,
  request: CloseQuestionRequest = {},
): Promise<QuestionResponse> {
  return http.post<QuestionResponse>(`${base(planId)}/${encodeURIComponent(questionId)}/close`, request);
}
