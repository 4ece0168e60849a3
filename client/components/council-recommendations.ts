import type { RecommendationResponse } from '../../src/contracts/working-groups.js';
import { replyToRecommendation } from '../api/working-groups.js';
import { h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { councilForm } from '../forms/council-form.js';
import { areaField, read } from '../forms/fields.js';
import { journey } from './recommendation-journey.js';
import '../screens/working-groups/working-groups.css';

/**
 * The city councils' recommendations naming a plan's aims or targets, on the plan's overview
 * (all of them, each with the code it names, a target's linked to its card) and on a target card (those on the target or its
 * aim): the group, the state, the journey, the planners' reply, and for a planner the reply form.
 * Nothing when there are none.
 */
export function councilRecommendations(
  planId: string,
  recommendations: readonly RecommendationResponse[],
  options: { canReply: boolean; targetCodes?: ReadonlySet<string> },
): HTMLElement | null {
  if (recommendations.length === 0) return null;
  return h(
    'section',
    { class: 'card council-recommendations', 'aria-labelledby': 'council-recommendations-heading' },
    h('h2', { id: 'council-recommendations-heading' }, t('councils.linked')),
    h('p', { class: 'muted' }, t('councils.linkedIntro')),
    recommendations.map((recommendation) =>
      journey(recommendation, {
        text: true,
        extra: [
          h(
            'p',
            { class: 'journey-group muted' },
            t('councils.fromGroup', { group: recommendation.groupName }),
            options.targetCodes && recommendation.planCode !== null
              ? [
                  ' · ',
                  options.targetCodes.has(recommendation.planCode)
                    ? h(
                        'a',
                        {
                          href: href('/plans/:planId/targets/:code', {
                            planId,
                            code: recommendation.planCode,
                          }),
                        },
                        recommendation.planCode,
                      )
                    : recommendation.planCode,
                ]
              : null,
          ),
          options.canReply
            ? councilForm(
                'reply-form',
                recommendation.reply === null ? t('councils.replyForm') : t('councils.replyChange'),
                [areaField('text', t('councils.replyText'), recommendation.reply?.text ?? '')],
                t('councils.replySubmit'),
                (form) => replyToRecommendation(planId, recommendation.id, { text: read(form, 'text') }),
                t('councils.replied'),
              )
            : null,
        ],
      }),
    ),
  );
}
