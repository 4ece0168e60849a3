import type { QuestionResponse, QuestionUser } from '../../contracts/questions.js';
import type { User } from '../auth/user.entity.js';
import type { Question } from './question.entity.js';

/** A question with its asker and answerer loaded (relations asker, answerer). */
export function toQuestionResponse(row: Question): QuestionResponse {
  return {
    id: row.id,
    subjectType: row.subjectType,
    subjectCode: row.subjectCode,
    period: row.period,
    text: row.text,
    askedBy: toQuestionUser(row.asker as User),
    askedAt: row.askedAt.toISOString(),
    answer: row.answer,
    answeredBy: row.answerer ? toQuestionUser(row.answerer) : null,
    answeredAt: row.answeredAt ? row.answeredAt.toISOString() : null,
    status: row.status,
    closedAt: row.closedAt ? row.closedAt.toISOString() : null,
    version: row.version,
  };
}

function toQuestionUser(user: User): QuestionUser {
  return { id: user.id, email: user.email, name: user.name };
}
