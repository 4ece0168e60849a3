import type { CommentResponse, ConsultationResponse } from '../../../src/contracts/consultations.js';
import {
  consultationStep,
  downloadReport,
  getConsultation,
  getResults,
  linkComment,
  listComments,
  moderateComment,
} from '../../api/consultations.js';
import { getPlan } from '../../api/plans.js';
import { confirmButton } from '../../components/confirm-button.js';
import { commentBody, resultsSection, subjectText } from '../../components/consultation-results.js';
import { pageHeader, planEyebrow } from '../../components/page-header.js';
import { announce } from '../../lib/announce.js';
import { breadcrumb, h, labelledSection, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, requireFields, showError } from '../../lib/errors.js';
import { saveFile } from '../../lib/download.js';
import { formatDateTime } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, refresh, type RouteContext } from '../../lib/router.js';
import { hasRole } from '../../lib/session.js';
import type { MessageKey } from '../../messages/index.js';
import { datesText, phaseText, scopeText } from './labels.js';
import './consultations.css';

/**
 * #/plans/:planId/consultations/:id — one consultation: open or close it, the moderation queue
 * (publish, hide with a reason, answer; link a comment to the finding, need or target it led
 * to), the results as charts and the report workbook. Comments are written as text (textContent
 * through lib/dom.ts), never as HTML: what a citizen typed stays what they typed.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId, id } = context.params;
  const { signal } = context;
  const [plan, consultation, comments, results] = await Promise.all([
    getPlan(planId, signal),
    getConsultation(planId, id, signal),
    listComments(planId, id, signal),
    getResults(planId, id, signal),
  ]);
  if (signal.aborted) return;
  context.setTitle(`${consultation.title} — ${plan.title}`);
  const editable = hasRole(plan.institution.id, 'planner', 'admin');
  const results$ = resultsSection(results, signal);
  replaceChildren(
    context.outlet,
    breadcrumb(
      t('consultations.title'),
      href('/plans/:planId/consultations', { planId }),
      t('consultations.back'),
    ),
    pageHeader(
      planEyebrow(plan),
      consultation.title,
      h(
        'p',
        {},
        h(
          'span',
          { class: `phase phase-${consultation.phase}`, 'data-phase': consultation.phase },
          phaseText(consultation.phase),
        ),
        ` ${scopeText(consultation.scope, consultation.aimCode)} · ${datesText(consultation)}`,
      ),
      consultation.description ? h('p', { class: 'muted' }, consultation.description) : null,
    ),
    stepsSection(planId, consultation, editable),
    queueSection(planId, consultation, comments, editable),
    results$.section,
  );
  results$.draw();
}

function stepsSection(planId: string, consultation: ConsultationResponse, editable: boolean): HTMLElement {
  const errors = h('div', {});
  const openButton = h('button', { type: 'button' }, t('consultations.open'));
  openButton.addEventListener('click', () => {
    openButton.disabled = true;
    void consultationStep(planId, consultation.id, 'open').then(
      () => {
        announce(t('consultations.opened'), { carry: true });
        void refresh();
      },
      (error: unknown) => {
        openButton.disabled = false;
        showError(errors, error);
      },
    );
  });
  const reportButton = h('button', { type: 'button', class: 'secondary' }, t('consultations.report'));
  reportButton.addEventListener('click', () => {
    reportButton.disabled = true;
    void downloadReport(planId, consultation.id)
      .then((file) => {
        saveFile(file, `${consultation.title}.xlsx`);
        announce(t('consultations.reportDone'));
      })
      .catch((error: unknown) => showError(errors, error))
      .finally(() => {
        reportButton.disabled = false;
      });
  });
  const canClose = consultation.phase === 'open' || consultation.phase === 'scheduled';
  return h(
    'section',
    { class: 'card consultation-steps' },
    errors,
    h(
      'p',
      { class: 'comment-actions' },
      editable && consultation.phase === 'draft' ? openButton : null,
      editable && canClose
        ? confirmButton({
            label: t('consultations.close'),
            question: t('consultations.closeConfirm'),
            yes: t('consultations.yes'),
            no: t('consultations.no'),
            className: 'secondary',
            errors,
            act: async () => {
              await consultationStep(planId, consultation.id, 'close');
              announce(t('consultations.closed'), { carry: true });
              await refresh();
            },
          })
        : null,
      consultation.phase === 'open' || consultation.phase === 'closed'
        ? h(
            'a',
            { href: href('/public/consultations/:id', { id: consultation.id }) },
            t('consultations.publicPage'),
          )
        : null,
      reportButton,
    ),
  );
}

function queueSection(
  planId: string,
  consultation: ConsultationResponse,
  comments: CommentResponse[],
  editable: boolean,
): HTMLElement {
  const headingId = uid('consultation-queue');
  return labelledSection(
    'card consultation-queue',
    headingId,
    t('consultations.queueHeading'),
    h(
      'p',
      { class: 'muted' },
      t('consultations.counts', {
        pending: consultation.counts.pending,
        published: consultation.counts.published,
        hidden: consultation.counts.hidden,
      }),
    ),
    comments.length === 0
      ? h('p', { class: 'muted' }, t('consultations.noComments'))
      : h(
          'ul',
          { class: 'comment-list' },
          comments.map((comment) => commentItem(planId, consultation.id, comment, editable)),
        ),
  );
}

function commentItem(
  planId: string,
  consultationId: string,
  comment: CommentResponse,
  editable: boolean,
): HTMLElement {
  return h(
    'li',
    { 'data-comment': comment.id, 'data-status': comment.status },
    h(
      'p',
      { class: 'muted' },
      h('strong', {}, t(`consultations.status.${comment.status}` as MessageKey)),
      ` · ${formatDateTime(comment.createdAt)} · ${t('consultations.about', { subject: subjectText(comment.subjectCode) })} · `,
      comment.authorName ?? t('consultations.anonymous'),
      comment.authorEmail ? ` · ${t('consultations.email', { email: comment.authorEmail })}` : null,
    ),
    commentBody(
      comment,
      comment.hiddenReason
        ? h('p', { class: 'muted' }, t('consultations.hiddenBecause', { reason: comment.hiddenReason }))
        : null,
    ),
    editable ? moderationForms(planId, consultationId, comment) : null,
  );
}

/** Publish; hide with a reason; answer; link. Each refusal stays in its own form. */
function moderationForms(planId: string, consultationId: string, comment: CommentResponse): HTMLElement {
  const act = (form: HTMLFormElement, done: string, send: () => Promise<unknown>): void => {
    clearErrors(form);
    void send().then(
      () => {
        announce(done, { carry: true });
        void refresh();
      },
      (error: unknown) => showError(form, error),
    );
  };
  const labelled = (name: string, label: string, control: HTMLElement): HTMLElement => {
    const id = uid(name);
    control.id = id;
    control.setAttribute('name', name);
    return h('div', { class: 'field' }, h('label', { for: id }, label), control);
  };

  const publish = h('form', { class: 'comment-actions', 'data-action': 'publish' });
  if (comment.status !== 'published') {
    publish.append(h('button', { type: 'submit' }, t('consultations.publish')));
    publish.addEventListener('submit', (event) => {
      event.preventDefault();
      act(publish, t('consultations.didPublish'), () =>
        moderateComment(planId, consultationId, comment.id, { action: 'publish', version: comment.version }),
      );
    });
  }

  /** Hide with a reason, answer with a text: one required field, sent with the action. */
  const withText = (
    action: 'hide' | 'answer',
    field: 'reason' | 'answer',
    control: HTMLInputElement | HTMLTextAreaElement,
    texts: { label: string; button: string; required: string; done: string },
    buttonClass?: string,
  ): HTMLFormElement => {
    const form = h(
      'form',
      { class: 'comment-actions', 'data-action': action, novalidate: true },
      labelled(field, texts.label, control),
      h('button', { type: 'submit', ...(buttonClass ? { class: buttonClass } : {}) }, texts.button),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearErrors(form);
      const value = control.value.trim();
      if (!requireFields(form, t('consultations.missing'), [{ path: field, value, message: texts.required }]))
        return;
      act(form, texts.done, () =>
        moderateComment(planId, consultationId, comment.id, {
          action,
          ...(field === 'reason' ? { reason: value } : { answer: value }),
          version: comment.version,
        }),
      );
    });
    return form;
  };
  const hide = withText(
    'hide',
    'reason',
    h('input', { type: 'text', maxlength: 1000 }),
    {
      label: t('consultations.hideReason'),
      button: t('consultations.hide'),
      required: t('consultations.reasonRequired'),
      done: t('consultations.didHide'),
    },
    'secondary',
  );
  const answer = withText(
    'answer',
    'answer',
    h('textarea', { rows: 2, maxlength: 2000 }, comment.answer ?? ''),
    {
      label: t('consultations.answerText'),
      button: t('consultations.answer'),
      required: t('consultations.answerRequired'),
      done: t('consultations.didAnswer'),
    },
  );

  const finding = h('input', { type: 'text', maxlength: 32, value: comment.linkedFinding ?? '' });
  const target = h('input', { type: 'text', maxlength: 32, value: comment.linkedTarget ?? '' });
  const link = h(
    'form',
    { class: 'comment-actions', 'data-action': 'link', novalidate: true },
    labelled('finding', t('consultations.linkFinding'), finding),
    labelled('target', t('consultations.linkTarget'), target),
    h('button', { type: 'submit', class: 'secondary' }, t('consultations.link')),
  );
  link.addEventListener('submit', (event) => {
    event.preventDefault();
    act(link, t('consultations.linked'), () =>
      linkComment(planId, consultationId, comment.id, {
        finding: finding.value.trim() || null,
        target: target.value.trim() || null,
      }),
    );
  });
  return h('div', { class: 'comment-moderation' }, publish, hide, answer, link);
}
