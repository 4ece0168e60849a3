import {
  COMMENT_MAX_LENGTH,
  type PublicComment,
  type PublicConsultation,
} from '../../../src/contracts/consultations.js';
import { getPublicConsultation, sendComment } from '../../api/consultations.js';
import { commentBody, resultsSection, subjectText } from '../../components/consultation-results.js';
import { pageHeader } from '../../components/page-header.js';
import { announce } from '../../lib/announce.js';
import { breadcrumb, h, labelledSection, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, requireFields, showError } from '../../lib/errors.js';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, type RouteContext } from '../../lib/router.js';
import { phaseText, scopeText } from '../consultations/labels.js';
import '../consultations/consultations.css';

/**
 * #/public/consultations/:id — no sign-in: a consultation with its published comments and the
 * institution's answers, the counts as charts, and while it is open a form to comment. Every
 * comment is written as text (textContent through lib/dom.ts): tags and links stay as typed,
 * nothing becomes markup or a clickable link.
 */
export async function render(context: RouteContext): Promise<void> {
  const consultation = await getPublicConsultation(context.params.id, context.signal);
  if (context.signal.aborted) return;
  context.setTitle(consultation.title);
  const results = resultsSection(consultation.results, context.signal);
  replaceChildren(
    context.outlet,
    breadcrumb(
      t('transparency.title'),
      href('/public/institutions/:institutionId/consultations', {
        institutionId: consultation.institutionId,
      }),
      t('consultations.publicTitle'),
    ),
    pageHeader(
      `${consultation.institutionName} · ${consultation.planTitle}`,
      consultation.title,
      h(
        'p',
        {},
        h(
          'span',
          { class: `phase phase-${consultation.phase}`, 'data-phase': consultation.phase },
          phaseText(consultation.phase),
        ),
        ` ${t('consultations.scopeLine', { scope: scopeText(consultation.scope, consultation.aimCode) })} · `,
        consultation.phase === 'open'
          ? t('consultations.openUntil', { date: formatDate(consultation.closesOn) })
          : t('consultations.closedOn', { date: formatDate(consultation.closesOn) }),
      ),
      consultation.description ? h('p', {}, consultation.description) : null,
    ),
    consultation.phase === 'open'
      ? commentForm(consultation)
      : h('p', { class: 'card muted', role: 'status' }, t('consultations.formClosed')),
    commentsSection(consultation),
    results.section,
  );
  results.draw();
}

function commentsSection(consultation: PublicConsultation): HTMLElement {
  const headingId = uid('public-comments');
  return labelledSection(
    'card',
    headingId,
    t('consultations.publicComments'),
    consultation.comments.length === 0
      ? h('p', { class: 'muted' }, t('consultations.publicNoComments'))
      : h('ul', { class: 'comment-list' }, consultation.comments.map(commentItem)),
  );
}

function commentItem(comment: PublicComment): HTMLElement {
  return h(
    'li',
    { 'data-comment': comment.id },
    h(
      'p',
      { class: 'muted' },
      `${comment.authorName ?? t('consultations.anonymous')} · ${formatDateTime(comment.createdAt)} · `,
      t('consultations.about', { subject: subjectText(comment.subjectCode) }),
    ),
    commentBody(comment),
  );
}

function commentForm(consultation: PublicConsultation): HTMLElement {
  const headingId = uid('public-comment-form');
  const field = (name: string, label: string, control: HTMLElement, hint?: HTMLElement): HTMLElement => {
    const id = uid(name);
    control.id = id;
    control.setAttribute('name', name);
    if (hint) {
      hint.id = uid(`${name}-hint`);
      control.setAttribute('aria-describedby', hint.id);
    }
    return h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ?? null);
  };
  const text = h('textarea', { rows: 5, maxlength: COMMENT_MAX_LENGTH, required: true });
  const left = h('p', { class: 'hint', 'aria-live': 'polite' });
  const updateLeft = (): void => {
    left.textContent = t('consultations.charsLeft', {
      count: formatNumber(COMMENT_MAX_LENGTH - text.value.length),
    });
  };
  updateLeft();
  text.addEventListener('input', updateLeft);
  const name = h('input', { type: 'text', maxlength: 200, autocomplete: 'name' });
  const email = h('input', { type: 'email', maxlength: 254, autocomplete: 'email' });
  const subject = h(
    'select',
    {},
    h('option', { value: '' }, t('consultations.general')),
    consultation.subjects.map((item) => h('option', { value: item.code }, `${item.code} ${item.title}`)),
  );
  // The honeypot: out of sight and out of the tab order; a person never fills it, a bot does.
  const website = h('input', { type: 'text', name: 'website', tabindex: -1, autocomplete: 'off' });
  const honeypot = h(
    'div',
    { class: 'honeypot', 'aria-hidden': 'true' },
    h('label', {}, t('consultations.formHoneypot'), website),
  );
  const status = h('p', { role: 'status', class: 'comment-status' });
  const send = h('button', { type: 'submit' }, t('consultations.formSend'));
  const form = h(
    'form',
    { class: 'card public-comment-form', 'aria-labelledby': headingId, novalidate: true },
    h('h2', { id: headingId }, t('consultations.formHeading')),
    field('text', t('consultations.formText'), text, left),
    field('name', t('consultations.formName'), name),
    field('email', t('consultations.formEmail'), email),
    field('subjectCode', t('consultations.formSubject'), subject),
    honeypot,
    send,
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    status.textContent = '';
    if (
      !requireFields(form, t('consultations.missing'), [
        { path: 'text', value: text.value.trim(), message: t('consultations.textRequired') },
      ])
    )
      return;
    send.disabled = true;
    status.textContent = t('consultations.formSending');
    void sendComment(consultation.id, {
      text: text.value,
      name: name.value.trim() || null,
      email: email.value.trim() || null,
      subjectCode: subject.value || null,
      ...(website.value ? { website: website.value } : {}),
    })
      .then(
        () => {
          text.value = '';
          updateLeft();
          status.textContent = t('consultations.formThanks');
          announce(t('consultations.formThanks'));
        },
        (error: unknown) => {
          status.textContent = '';
          showError(form, error);
        },
      )
      .finally(() => {
        send.disabled = false;
      });
  });
  return form;
}
