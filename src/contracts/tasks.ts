/**
 * A unit manager's tasks (issue 16 point 7, GET /api/account/tasks): what their units owe in the
 * open assessment periods of every plan, what was returned to them, and the questions open to
 * their units. The client's landing page of a unit manager.
 */
import type { QuestionResponse } from './questions.js';
import type { WorklistEntry } from './workflow.js';

/** Which plan (and institution) a task belongs to. */
export interface TaskPlan {
  planId: string;
  planTitle: string;
  institutionId: string;
  institutionName: string;
}

/** An entry owed (missing, draft or returned), with the day it is due. */
export interface TaskEntry extends WorklistEntry, TaskPlan {
  /** The last day the entry is due (the plan's entry deadline of its assessment period). */
  entryDeadline: string;
}

export interface TaskQuestion extends QuestionResponse, TaskPlan {}

export interface TasksResponse {
  /** Today in Istanbul: the day `late` is judged on. */
  asOf: string;
  /** Entries not yet sent (missing or draft): late ones first, then by deadline. */
  due: TaskEntry[];
  /** Values the planner returned, with the comment: late ones first, then by deadline. */
  returned: TaskEntry[];
  /** Open questions about a subject one of the user's units is responsible for, oldest first. */
  questions: TaskQuestion[];
}
