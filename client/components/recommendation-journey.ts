import type { RecommendationResponse } from '../../src/contracts/working-groups.js';
import { h } from '../lib/dom.js';
import { formatDate } from '../lib/format.js';
import { t } from '../lib/i18n.js';
import type { MessageKey } from '../messages/index.js';

/**
 * A city council's recommendation and its journey as a timeline (working group → executive
 * board → general assembly → municipal council), with a planner's reply when there is one.
 * Used by the council's working-group page and the linked plan's target card.
 */
export function journey(recommendation: RecommendationResponse): HTMLElement {
  return h(
    'article',
    { class: 'journey', 'data-closed': String(recommendation.closed) },
    h('h4', {}, recommendation.title),
    h('p', { class: 'muted' }, t(recommendation.closed ? 'councils.closedJourney' : 'councils.openJourney')),
    h(
      'ol',
      { class: 'timeline' },
      recommendation.steps.map((step) =>
        h(
          'li',
          { 'data-stage': step.stage },
          h('strong', {}, t(`councils.stage.${step.stage}` as MessageKey)),
          ` · ${formatDate(step.date)} · ${t(`councils.decision.${step.decision}` as MessageKey)}`,
          step.note === null ? null : h('span', { class: 'muted' }, ` · ${step.note}`),
        ),
      ),
    ),
    recommendation.reply === null
      ? null
      : h(
          'p',
          { class: 'journey-reply' },
          t('councils.reply', { by: recommendation.reply.by, date: formatDate(recommendation.reply.date) }),
          ` ${recommendation.reply.text}`,
        ),
  );
}
