import { QUESTION_STATUSES, type QuestionStatus } from '../../../src/contracts/questions.js';
import { getPlan } from '../../api/plans.js';
import { getProgress } from '../../api/progress.js';
import { listQuestions } from '../../api/questions.js';
import { h, labelledSection, replaceChildren, uid } from '../../lib/dom.js';
import { t } from '../../lib/i18n.js';
import { href, navigate, type RouteContext } from '../../lib/router.js';
import { getInstitutionId, roleIn, setInstitutionId } from '../../lib/session.js';
import type { MessageKey } from '../../messages/index.js';
import { questionsPanel } from '../../components/questions-panel.js';
import { pageHeader } from '../../components/review-shared.js';

const ROUTE = '/plans/:planId/questions';

const FILTER_LABEL: Record<QuestionStatus, MessageKey> = {
  open: 'questions.filterOpen',
  answered: 'questions.filterAnswered',
  closed: 'questions.filterClosed',
};

/**
 * #/plans/:planId/questions?status=open — every question of the plan: reviewers ask and close,
 * the responsible units' managers (and planners) answer. The council review shows the same
 * panel for one period.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const status = QUESTION_STATUSES.find((value) => value === context.query.get('status'));
  const [plan, progress, questions] = await Promise.all([
    getPlan(planId, context.signal),
    getProgress(planId, undefined, context.signal),
    listQuestions(planId, { status }, context.signal),
  ]);
  if (context.signal.aborted) return;
  context.setTitle(`${t('questions.title')} — ${plan.title}`);
  if (getInstitutionId() !== plan.institution.id) setInstitutionId(plan.institution.id);
  const role = roleIn(plan.institution.id);

  const selectId = uid('status');
  const select = h(
    'select',
    { id: selectId, name: 'status' },
    h('option', { value: '' }, t('questions.filterAll')),
    QUESTION_STATUSES.map((value) =>
      h('option', { value, selected: value === status }, t(FILTER_LABEL[value])),
    ),
  );
  const filter = h(
    'form',
    { class: 'period-form no-print' },
    h('label', { for: selectId }, t('questions.filterLabel')),
    select,
    h('button', { type: 'submit' }, t('questions.filterShow')),
  );
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(href(ROUTE, { planId }, { status: select.value }));
  });

  const panel = questionsPanel({
    plan,
    progress,
    questions,
    headingId: 'question-list-heading',
    emptyText: t('questions.empty'),
  });
  replaceChildren(
    context.outlet,
    h(
      'div',
      { class: 'review questions-screen' },
      pageHeader(plan, t('questions.title')),
      h(
        'p',
        { class: 'muted' },
        t(
          role === 'unit_manager'
            ? 'questions.introUnit'
            : role === 'reviewer'
              ? 'questions.introReviewer'
              : 'questions.intro',
        ),
      ),
      filter,
      labelledSection(
        'questions-section',
        'question-list-heading',
        t('questions.listHeading'),
        panel.element,
      ),
    ),
  );
}
