import type { TaskEntry, TaskQuestion, TasksResponse } from '../../../src/contracts/tasks.js';
import { getTasks } from '../../api/calendar.js';
import { h, replaceChildren, uid } from '../../lib/dom.js';
import { formatDate, formatDateTime, formatPeriod } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, type RouteContext } from '../../lib/router.js';

/** #/tasks — a unit manager's tasks; also the top of their landing page (screens/home). */
export async function render(context: RouteContext): Promise<void> {
  context.setTitle(t('tasks.title'));
  const tasks = await getTasks(context.signal);
  if (context.signal.aborted) return;
  replaceChildren(context.outlet, h('h1', { tabindex: -1 }, t('tasks.title')), tasksSections(tasks));
}

/** The three lists: values to enter (late first), values returned with the comment, open questions. */
export function tasksSections(tasks: TasksResponse): HTMLElement[] {
  return [
    section(
      t('tasks.returnedHeading'),
      'tasks-returned',
      tasks.returned.map((entry) => entryItem(entry, true)),
      t('tasks.noReturned'),
    ),
    section(
      t('tasks.dueHeading'),
      'tasks-due',
      tasks.due.map((entry) => entryItem(entry, false)),
      t('tasks.noDue'),
    ),
    section(
      t('tasks.questionsHeading'),
      'tasks-questions',
      tasks.questions.map(questionItem),
      t('tasks.noQuestions'),
    ),
  ];
}

function section(title: string, className: string, items: HTMLElement[], empty: string): HTMLElement {
  const id = uid(className);
  return h(
    'section',
    { class: `card tasks-section ${className}`, 'aria-labelledby': id },
    h('h2', { id }, title),
    items.length === 0 ? h('p', { class: 'muted' }, empty) : h('ul', { class: 'task-list' }, items),
  );
}

function entryItem(entry: TaskEntry, returned: boolean): HTMLElement {
  const state =
    entry.state === 'draft' ? t('tasks.draft') : entry.state === 'missing' ? t('tasks.missing') : null;
  return h(
    'li',
    {
      class: `task${entry.late ? ' task-late' : ''}`,
      'data-indicator': entry.indicator,
      'data-period': entry.period,
    },
    h('p', {}, h('strong', {}, `${entry.indicator} ${entry.name}`), ` — ${formatPeriod(entry.period)}`),
    h(
      'p',
      { class: 'muted' },
      `${entry.planTitle} · `,
      t('tasks.deadline', { date: formatDate(entry.entryDeadline) }),
      // The space outside the badge: inside it, the badge's padding swallowed it ("15.07.2022gecikti").
      entry.late ? [' ', h('span', { class: 'event-state event-late' }, t('tasks.late'))] : null,
      !returned && state ? ` · ${state}` : null,
    ),
    returned && entry.returnComment
      ? h('p', { class: 'return-comment' }, t('tasks.comment', { comment: entry.returnComment }))
      : null,
    h(
      'a',
      {
        href: href(
          '/plans/:planId/entry',
          { planId: entry.planId },
          { unit: entry.unit, show: returned ? 'returned' : 'owed' },
        ),
        'aria-label': t('tasks.enterNamed', {
          indicator: entry.indicator,
          period: formatPeriod(entry.period),
        }),
      },
      t('tasks.enter'),
    ),
  );
}

function questionItem(question: TaskQuestion): HTMLElement {
  return h(
    'li',
    { class: 'task', 'data-question': question.id },
    h('p', {}, h('strong', {}, question.subjectCode), ` — ${question.text}`),
    h(
      'p',
      { class: 'muted' },
      `${question.planTitle} · `,
      t('tasks.askedBy', { name: question.askedBy.name, date: formatDateTime(question.askedAt) }),
    ),
    h(
      'a',
      {
        href: href('/plans/:planId/questions', { planId: question.planId }),
        'aria-label': t('tasks.answerNamed', { subject: question.subjectCode }),
      },
      t('tasks.answer'),
    ),
  );
}
