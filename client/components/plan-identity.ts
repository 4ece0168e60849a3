import type { CoreValueDoc } from '../../src/contracts/plan-document.js';
import { h } from '../lib/dom.js';

/** The plan's mission, vision and core values (descriptions folded away), for the overview and the public page. */
export function planIdentity(
  plan: {
    mission: string | null;
    vision: string | null;
    values: readonly CoreValueDoc[];
  },
  labels: {
    headingId: string;
    heading: string;
    mission: string;
    vision: string;
    values: string;
    notGiven: string;
    valueDescriptions: string;
  },
): HTMLElement {
  const given = (text: string | null) => text?.trim() || labels.notGiven;
  const described = plan.values.filter((value) => value.description);
  return h(
    'section',
    { class: 'card identity', 'aria-labelledby': labels.headingId },
    h('h2', { id: labels.headingId }, labels.heading),
    h(
      'dl',
      { class: 'identity-list' },
      h('dt', {}, labels.mission),
      h('dd', {}, given(plan.mission)),
      h('dt', {}, labels.vision),
      h('dd', {}, given(plan.vision)),
      h('dt', {}, labels.values),
      h(
        'dd',
        {},
        plan.values.length === 0
          ? labels.notGiven
          : h(
              'ul',
              { class: 'core-values' },
              plan.values.map((value) => h('li', {}, value.title)),
            ),
        // Descriptions can run to pages: on request, so the figures stay near the top.
        described.length > 0
          ? h(
              'details',
              { class: 'value-descriptions' },
              h('summary', {}, labels.valueDescriptions),
              h(
                'dl',
                {},
                described.flatMap((value) => [h('dt', {}, value.title), h('dd', {}, value.description)]),
              ),
            )
          : null,
      ),
    ),
  );
}
