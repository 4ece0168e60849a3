import type { RecommendationResponse } from '../../src/contracts/working-groups.js';
import { h, type Child } from '../lib/dom.js';
import { formatDate } from '../lib/format.js';
import { t } from '../lib/i18n.js';
import type { MessageKey } from '../messages/index.js';

/** What a journey shows: the signed-in answer or the public page's (which has no id nor reply). */
export type JourneyOf = Pick<RecommendationResponse, 'title' | 'closed' | 'steps'> &
  Partial<Pick<RecommendationResponse, 'text' | 'reply' | 'planCode'>>;

/**
 * A city council's recommendation and its journey as a timeline (working group → executive
 * board → general assembly → municipal council), with a planner's reply when there is one.
 * Used by the council's pages, the public page and the linked plan's overview and target card;
 * `extra` adds what the page offers beside it (a download, the next step's form, a reply form).
 */
export function journey(
  recommendation: JourneyOf,
  options: { extra?: Child[]; text?: boolean } = {},
): HTMLElement {
  return h(
    'article',
    { class: 'journey', 'data-closed': String(recommendation.closed) },
    h('h4', {}, recommendation.title),
    h('p', { class: 'muted' }, t(recommendation.closed ? 'councils.closedJourney' : 'councils.openJourney')),
    options.text && recommendation.text ? h('p', { class: 'journey-text' }, recommendation.text) : null,
    h(
      'ol',
      { class: 'timeline' },
      recommendation.steps.map((step) =>
        h(
          'li',
          { 'data-stage': step.stage, 'data-decision': step.decision },
          h('strong', {}, t(`councils.stage.${step.stage}` as MessageKey)),
          ` · ${formatDate(step.date)} · ${t(`councils.decision.${step.decision}` as MessageKey)}`,
          step.note === null ? null : h('span', { class: 'muted' }, ` · ${step.note}`),
        ),
      ),
    ),
    recommendation.reply === null || recommendation.reply === undefined
      ? null
      : h(
          'p',
          { class: 'journey-reply' },
          t('councils.reply', { by: recommendation.reply.by, date: formatDate(recommendation.reply.date) }),
          ` ${recommendation.reply.text}`,
        ),
    options.extra ?? [],
  );
}
