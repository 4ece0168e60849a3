import {
  CONSULTATION_SCOPES,
  type ConsultationResponse,
  type ConsultationScope,
} from '../../../src/contracts/consultations.js';
import type { PlanResponse } from '../../../src/contracts/resources.js';
import { createConsultation, listConsultations } from '../../api/consultations.js';
import { getPlan } from '../../api/plans.js';
import { getStrategy } from '../../api/strategy.js';
import type { StrategyAimNode } from '../../../src/contracts/drafting.js';
import { pageHeader, planEyebrow } from '../../components/page-header.js';
import { announce } from '../../lib/announce.js';
import { h, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, requireFields, showError } from '../../lib/errors.js';
import { todayIso } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, navigate, type RouteContext } from '../../lib/router.js';
import { hasRole } from '../../lib/session.js';
import type { MessageKey } from '../../messages/index.js';
import { datesText, phaseText, scopeText } from './labels.js';
import './consultations.css';

/**
 * #/plans/:planId/consultations — the plan's public consultations (issue 13): each with its
 * phase, dates and comments by status, a link to its moderation screen; planners and
 * administrators prepare a new one (a draft until they open it). Every role of the institution reads.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const [plan, consultations, strategy] = await Promise.all([
    getPlan(planId, context.signal),
    listConsultations(planId, context.signal),
    getStrategy(planId, context.signal),
  ]);
  if (context.signal.aborted) return;
  context.setTitle(`${t('consultations.title')} — ${plan.title}`);
  const editable = hasRole(plan.institution.id, 'planner', 'admin');
  replaceChildren(
    context.outlet,
    pageHeader(
      planEyebrow(plan),
      t('consultations.title'),
      h('p', { class: 'muted' }, t('consultations.intro')),
    ),
    listSection(plan, consultations),
    editable ? createForm(plan, strategy.aims) : null,
  );
}

function listSection(plan: PlanResponse, consultations: ConsultationResponse[]): HTMLElement {
  const headingId = uid('consultations-list');
  return h(
    'section',
    { class: 'card', 'aria-labelledby': headingId },
    h('h2', { id: headingId, class: 'visually-hidden' }, t('consultations.title')),
    consultations.length === 0
      ? h('p', { class: 'muted' }, t('consultations.none'))
      : h(
          'ul',
          { class: 'consultation-list' },
          consultations.map((item) =>
            h(
              'li',
              { 'data-consultation': item.id },
              h(
                'a',
                {
                  href: href(`/plans/${plan.id}/consultations/${item.id}`),
                  'aria-label': t('consultations.manage', { title: item.title }),
                },
                item.title,
              ),
              ' ',
              h('span', { class: `phase phase-${item.phase}` }, phaseText(item.phase)),
              h(
                'p',
                { class: 'muted' },
                `${scopeText(item.scope, item.aimCode)} · ${datesText(item)} · `,
                t('consultations.counts', {
                  pending: item.counts.pending,
                  published: item.counts.published,
                  hidden: item.counts.hidden,
                }),
              ),
            ),
          ),
        ),
  );
}

function createForm(plan: PlanResponse, aims: StrategyAimNode[]): HTMLElement {
  const headingId = uid('consultation-create');
  const field = (name: string, label: string, control: HTMLElement): HTMLElement => {
    const id = uid(name);
    control.id = id;
    control.setAttribute('name', name);
    return h('div', { class: 'field' }, h('label', { for: id }, label), control);
  };
  const title = h('input', { type: 'text', maxlength: 300 });
  const description = h('textarea', { rows: 3, maxlength: 5000 });
  const scope = h(
    'select',
    {},
    CONSULTATION_SCOPES.map((value) =>
      h('option', { value }, t(`consultations.scope.${value}` as MessageKey)),
    ),
  );
  const aim = h(
    'select',
    {},
    aims.map((item) => h('option', { value: item.code }, `${item.code} ${item.title}`)),
  );
  const aimField = field('aimCode', t('consultations.fieldAim'), aim);
  aimField.hidden = true;
  scope.addEventListener('change', () => {
    aimField.hidden = scope.value !== 'aim-targets';
  });
  const today = todayIso();
  const opensOn = h('input', { type: 'date', value: today });
  const closesOn = h('input', { type: 'date' });
  const form = h(
    'form',
    { class: 'card consultation-form', 'aria-labelledby': headingId, novalidate: true },
    h('h2', { id: headingId }, t('consultations.createHeading')),
    field('title', t('consultations.fieldTitle'), title),
    field('description', t('consultations.fieldDescription'), description),
    field('scope', t('consultations.fieldScope'), scope),
    aimField,
    h(
      'div',
      { class: 'field-row' },
      field('opensOn', t('consultations.fieldOpensOn'), opensOn),
      field('closesOn', t('consultations.fieldClosesOn'), closesOn),
    ),
    h('button', { type: 'submit' }, t('consultations.create')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const ok = requireFields(form, t('consultations.missing'), [
      { path: 'title', value: title.value.trim(), message: t('consultations.titleRequired') },
      { path: 'opensOn', value: opensOn.value, message: t('consultations.dateRequired') },
      { path: 'closesOn', value: closesOn.value, message: t('consultations.dateRequired') },
    ]);
    if (!ok) return;
    const chosen = scope.value as ConsultationScope;
    void createConsultation(plan.id, {
      title: title.value.trim(),
      description: description.value.trim() || null,
      scope: chosen,
      aimCode: chosen === 'aim-targets' ? aim.value : null,
      opensOn: opensOn.value,
      closesOn: closesOn.value,
    }).then(
      (created) => {
        announce(t('consultations.created'), { carry: true });
        navigate(`/plans/${plan.id}/consultations/${created.id}`);
      },
      (error: unknown) => showError(form, error),
    );
  });
  return form;
}
