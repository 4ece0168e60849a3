import type { CoreValueDoc, PlanStatus } from '../../src/contracts/plan-document.js';
import { h, labelledSection } from '../lib/dom.js';
import { formatDate } from '../lib/format.js';
import { planStatusLabel } from '../lib/labels.js';

/**
 * The overview's and the public page's header: institution, plan title, then its years and status,
 * what else the page says of it (`facts`, e.g. when it was published) and its council decision
 * (date and number) in the page's words.
 */
export function planHeader(
  plan: {
    institution: { name: string };
    title: string;
    startYear: number;
    endYear: number;
    status: PlanStatus;
    expired?: boolean;
    councilDecision: { date: string | null; number: string | null } | null;
  },
  decisionText: (decision: { date: string; number: string }) => string,
  ...facts: Array<Node | string>
): HTMLElement {
  const decision = plan.councilDecision;
  return h(
    'header',
    { class: 'page-header' },
    h('p', { class: 'eyebrow' }, plan.institution.name),
    h('h1', { tabindex: -1 }, plan.title),
    h(
      'p',
      { class: 'muted' },
      `${plan.startYear}–${plan.endYear} · ${planStatusLabel(plan)}`,
      facts.flatMap((fact) => [' · ', fact]),
      decision?.date
        ? ` · ${decisionText({ date: formatDate(decision.date), number: decision.number ?? '' })}`
        : '',
    ),
  );
}

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
  return labelledSection(
    'card identity',
    labels.headingId,
    labels.heading,
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
