import type { MeResponse } from '../../src/contracts/auth.js';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import type { QuestionResponse, QuestionStatus, QuestionSubjectType } from '../../src/contracts/questions.js';
import type { PlanResponse } from '../../src/contracts/resources.js';
import { ApiError } from '../api/http.js';
import { answerQuestion, askQuestion, closeQuestion } from '../api/questions.js';
import { announce } from '../lib/announce.js';
import { h, replaceChildren, uid } from '../lib/dom.js';
import { clearErrors, showError, showFieldError } from '../lib/errors.js';
import { assessedPeriods, formatDateTime, formatPeriod } from '../lib/format.js';
import { getLang, t } from '../lib/i18n.js';
import { currentUser, roleIn } from '../lib/session.js';
import type { MessageKey } from '../messages/index.js';

/**
 * Reviewers' questions as a list with the actions each role has (docs/api.md "Questions"):
 * a reviewer (or an admin) asks on an aim, target or indicator; the responsible unit's manager,
 * a planner or an admin answers; the reviewer who asked (or an admin) closes. Used by the council
 * review and the questions screen. The server decides; the controls only hide what a role may
 * not do.
 */

export interface QuestionSubject {
  type: QuestionSubjectType;
  code: string;
  title: string;
  /** Units whose managers may answer: an aim's targets' units, a target's, an indicator's target's. */
  units: string[];
}

/** Every aim, target and indicator of the progress response as a question subject, in plan order. */
function subjectsOf(progress: Pick<ProgressResponse, 'aims'>): QuestionSubject[] {
  const subjects: QuestionSubject[] = [];
  for (const aim of progress.aims) {
    const aimUnits = [
      ...new Set(aim.targets.flatMap((target) => (target.responsibleUnit ? [target.responsibleUnit] : []))),
    ];
    subjects.push({ type: 'aim', code: aim.code, title: aim.title, units: aimUnits });
    for (const target of aim.targets) {
      const units = target.responsibleUnit ? [target.responsibleUnit] : [];
      subjects.push({ type: 'target', code: target.code, title: target.title, units });
      for (const indicator of target.indicators)
        subjects.push({ type: 'indicator', code: indicator.code, title: indicator.name, units });
    }
  }
  return subjects;
}

const STATUS_KEY: Record<QuestionStatus, MessageKey> = {
  open: 'questions.statusOpen',
  answered: 'questions.statusAnswered',
  closed: 'questions.statusClosed',
};

const SUBJECT_GROUP: Record<QuestionSubjectType, MessageKey> = {
  aim: 'questions.groupAims',
  target: 'questions.groupTargets',
  indicator: 'questions.groupIndicators',
};

export interface QuestionsPanelOptions {
  /** The plan asked about: a question may name any of its assessed periods. */
  plan: PlanResponse;
  /** Its aims, targets and indicators are what a question may be about. */
  progress: ProgressResponse;
  questions: QuestionResponse[];
  /** The period preselected in the ask form (the review's period). */
  period?: string;
  /** Heading level of the panel ("h2" in a report). */
  headingId: string;
  /** Shown when the list is empty. */
  emptyText: string;
  /** Only questions passing this filter are shown (e.g. the review's period); new ones always are. */
  filter?: (question: QuestionResponse) => boolean;
}

export interface QuestionsPanel {
  element: HTMLElement;
  /** Preselects a subject in the ask form and moves focus to the question text. */
  askAbout(code: string): void;
}

export function questionsPanel(options: QuestionsPanelOptions): QuestionsPanel {
  const planId = options.plan.id;
  const institutionId = options.plan.institution.id;
  const subjectList = subjectsOf(options.progress);
  const me = currentUser();
  const role = roleIn(institutionId);
  const myUnits = new Set(
    me?.memberships.find((membership) => membership.institutionId === institutionId)?.units ?? [],
  );
  const subjects = new Map(subjectList.map((subject) => [subject.code, subject]));
  let questions = options.questions.filter((question) => options.filter?.(question) ?? true);
  const list = h('ol', { class: 'question-list', 'aria-labelledby': options.headingId });

  const canAnswer = (question: QuestionResponse): boolean => {
    if (question.status === 'closed') return false;
    if (role === 'admin' || role === 'planner') return true;
    if (role !== 'unit_manager') return false;
    return (subjects.get(question.subjectCode)?.units ?? []).some((unit) => myUnits.has(unit));
  };
  const canClose = (question: QuestionResponse): boolean =>
    question.status !== 'closed' &&
    (role === 'admin' || (role === 'reviewer' && question.askedBy.id === me?.id));

  const replace = (updated: QuestionResponse): void => {
    questions = questions.some((question) => question.id === updated.id)
      ? questions.map((question) => (question.id === updated.id ? updated : question))
      : [...questions, updated];
    renderList();
    list.querySelector<HTMLElement>(`[data-question-id="${CSS.escape(updated.id)}"] h3`)?.focus();
  };

  const renderList = (): void => {
    replaceChildren(
      list,
      questions.length === 0
        ? h('li', { class: 'muted question-empty' }, options.emptyText)
        : questions.map((question) => questionItem(question)),
    );
  };

  const questionItem = (question: QuestionResponse): HTMLElement => {
    const subject = subjects.get(question.subjectCode);
    const headingId = uid('question');
    return h(
      'li',
      {
        class: `question card question-${question.status}`,
        'data-question-id': question.id,
        'data-status': question.status,
        'data-subject': question.subjectCode,
      },
      h(
        'h3',
        { id: headingId, tabindex: -1 },
        h('span', { class: 'code' }, question.subjectCode),
        ' ',
        subject?.title ?? '',
        ' ',
        h(
          'span',
          { class: `question-status question-status-${question.status}` },
          t(STATUS_KEY[question.status]),
        ),
      ),
      h(
        'p',
        { class: 'muted question-meta' },
        t('questions.askedBy', { name: question.askedBy.name, date: formatDateTime(question.askedAt) }),
        question.period ? ` · ${formatPeriod(question.period)}` : '',
      ),
      h('p', { class: 'question-text' }, question.text),
      question.answer
        ? h(
            'div',
            { class: 'question-answer' },
            h(
              'p',
              { class: 'muted question-meta' },
              t('questions.answeredBy', {
                name: question.answeredBy?.name ?? '',
                date: formatDateTime(question.answeredAt),
              }),
            ),
            h('p', { class: 'answer-text' }, question.answer),
          )
        : h('p', { class: 'muted question-unanswered' }, t('questions.notAnswered')),
      question.status === 'closed' && question.closedAt
        ? h('p', { class: 'muted' }, t('questions.closedAt', { date: formatDateTime(question.closedAt) }))
        : null,
      canAnswer(question) ? answerForm(question, headingId) : null,
      canClose(question) ? closeButton(question) : null,
    );
  };

  const answerForm = (question: QuestionResponse, headingId: string): HTMLElement => {
    const fieldId = uid('answer');
    const textarea = h('textarea', { id: fieldId, name: 'text', rows: 3, maxlength: 4000, required: true });
    const submit = h(
      'button',
      { type: 'submit', class: 'primary' },
      question.answer ? t('questions.replaceAnswer') : t('questions.answer'),
    );
    const form = h(
      'form',
      { class: 'question-form no-print', 'aria-labelledby': headingId, novalidate: true },
      h(
        'div',
        { class: 'field' },
        h(
          'label',
          { for: fieldId },
          question.answer ? t('questions.newAnswerLabel') : t('questions.answerLabel'),
        ),
        textarea,
      ),
      h('div', { class: 'actions' }, submit),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearErrors(form);
      if (!textarea.value.trim()) {
        showFieldError(form, 'text', t('questions.answerRequired'));
        textarea.focus();
        return;
      }
      submit.disabled = true;
      answerQuestion(planId, question.id, { text: textarea.value, version: question.version })
        .then((updated) => {
          announce(t('questions.answered', { code: updated.subjectCode }));
          replace(updated);
        })
        .catch((error: unknown) => {
          submit.disabled = false;
          if (!showConflict(question.id, error)) showError(form, error);
        });
    });
    return form;
  };

  /**
   * A 409 about the question (someone answered or closed it meanwhile: STALE_VERSION,
   * QUESTION_STATUS) carries it as it is now: show that, with the API's message on it.
   */
  const showConflict = (id: string, error: unknown): boolean => {
    if (!(error instanceof ApiError) || error.status !== 409) return false;
    const current = error.current as QuestionResponse | null | undefined;
    if (!current || current.id !== id) return false;
    replace(current);
    const item = list.querySelector<HTMLElement>(`[data-question-id="${CSS.escape(id)}"]`);
    if (!item) return false;
    showError(item, error);
    return true;
  };

  const closeButton = (question: QuestionResponse): HTMLElement => {
    const holder = h('div', { class: 'actions no-print' });
    const button = h(
      'button',
      {
        type: 'button',
        onclick: () => {
          clearErrors(holder);
          button.disabled = true;
          closeQuestion(planId, question.id, { version: question.version })
            .then((updated) => {
              announce(t('questions.closed', { code: updated.subjectCode }));
              replace(updated);
            })
            .catch((error: unknown) => {
              button.disabled = false;
              if (!showConflict(question.id, error)) showError(holder, error);
            });
        },
      },
      t('questions.close'),
    );
    holder.append(button);
    return holder;
  };

  let subjectSelect: HTMLSelectElement | null = null;
  let questionText: HTMLTextAreaElement | null = null;
  const askForm = (): HTMLElement | null => {
    if (role !== 'reviewer' && role !== 'admin') return null;
    const subjectId = uid('subject');
    const periodId = uid('question-period');
    const textId = uid('question-text');
    const select = h(
      'select',
      { id: subjectId, name: 'subjectCode', required: true },
      h('option', { value: '' }, t('questions.chooseSubject')),
      (['aim', 'target', 'indicator'] as const).map((type) =>
        h(
          'optgroup',
          { label: t(SUBJECT_GROUP[type]) },
          subjectList
            .filter((subject) => subject.type === type)
            .map((subject) =>
              h('option', { value: subject.code }, `${subject.code} ${truncate(subject.title, 90)}`),
            ),
        ),
      ),
    );
    const periodSelect = h(
      'select',
      { id: periodId, name: 'period' },
      h('option', { value: '' }, t('questions.noPeriod')),
      assessedPeriods(options.plan.startYear, options.plan.endYear).map((period) =>
        h('option', { value: period, selected: period === options.period }, formatPeriod(period)),
      ),
    );
    const textarea = h('textarea', { id: textId, name: 'text', rows: 4, maxlength: 4000, required: true });
    subjectSelect = select;
    questionText = textarea;
    const submit = h('button', { type: 'submit', class: 'primary' }, t('questions.ask'));
    const form = h(
      'form',
      { class: 'card question-form ask-form no-print', novalidate: true },
      h('h3', {}, t('questions.askHeading')),
      h(
        'div',
        { class: 'form-row' },
        h('div', { class: 'field' }, h('label', { for: subjectId }, t('questions.subject')), select),
        h('div', { class: 'field' }, h('label', { for: periodId }, t('questions.period')), periodSelect),
      ),
      h('div', { class: 'field' }, h('label', { for: textId }, t('questions.text')), textarea),
      h('div', { class: 'actions' }, submit),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearErrors(form);
      const subject = subjects.get(select.value);
      let invalid = false;
      if (!subject) {
        showFieldError(form, 'subjectCode', t('questions.subjectRequired'));
        invalid = true;
      }
      if (!textarea.value.trim()) {
        showFieldError(form, 'text', t('questions.textRequired'));
        invalid = true;
      }
      if (invalid || !subject) {
        form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        return;
      }
      submit.disabled = true;
      askQuestion(
        planId,
        {
          subjectType: subject.type,
          subjectCode: subject.code,
          period: periodSelect.value || undefined,
          text: textarea.value,
        },
        getLang() === 'en' ? 'en' : undefined,
      )
        .then((question) => {
          submit.disabled = false;
          textarea.value = '';
          announce(t('questions.asked', { code: question.subjectCode }));
          replace(question);
        })
        .catch((error: unknown) => {
          submit.disabled = false;
          showError(form, error);
        });
    });
    return form;
  };

  renderList();
  const element = h('div', { class: 'questions-panel' }, list, askForm());
  return {
    element,
    askAbout(code) {
      if (!subjectSelect || !questionText) return;
      subjectSelect.value = code;
      questionText.focus();
    },
  };
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** Whether the user may ask questions in the institution (reviewer or admin). */
export function canAsk(institutionId: string, user: MeResponse | null = currentUser()): boolean {
  const role = roleIn(institutionId, user);
  return role === 'reviewer' || role === 'admin';
}
