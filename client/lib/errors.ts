import type { ErrorDetail } from '../../src/contracts/errors.js';
import { ApiError, NETWORK_ERROR } from '../api/http.js';
import { clearAnnouncement } from './announce.js';
import { h, uid } from './dom.js';
import { t } from './i18n.js';

/**
 * Shows an API error the one way: its message in an alert at the top of `container` (a form or
 * a section), and each `details` entry at its field. A field is found by `name` equal to the
 * detail's `path` (or a `data-error-path` attribute for paths like values["2026-H2"].value);
 * details without a field are listed in the alert.
 */
export function showError(container: HTMLElement, error: unknown, options: { message?: string } = {}): void {
  clearErrors(container);
  // An earlier confirmation ("Kaydedildi") must not stand beside this refusal.
  clearAnnouncement();
  const apiError = toApiError(error);
  const unplaced: string[] = [];
  for (const detail of apiError.details) {
    const field = findField(container, detail.path);
    if (field) markField(field, detail.message);
    else unplaced.push(detail.path ? `${detail.path}: ${detail.message}` : detail.message);
  }
  const summary = h(
    'div',
    { class: 'error-summary', role: 'alert', 'data-error-code': apiError.code, tabindex: -1 },
    h('p', {}, options.message ?? messageOf(apiError)),
    unplaced.length > 0
      ? h(
          'ul',
          {},
          unplaced.map((text) => h('li', {}, text)),
        )
      : null,
  );
  container.prepend(summary);
  const firstInvalid = container.querySelector<HTMLElement>('[aria-invalid="true"]');
  (firstInvalid ?? summary).focus();
}

/** Client-side checks that failed, shown as the server would show them: a 400 VALIDATION_FAILED. */
export function showValidationErrors(container: HTMLElement, message: string, details: ErrorDetail[]): void {
  showError(container, new ApiError({ statusCode: 400, code: 'VALIDATION_FAILED', message, details }));
}

/**
 * The required fields of a form, checked before anything is sent: true when each has a value;
 * otherwise each empty one is shown at its field as a 400 VALIDATION_FAILED would be.
 */
export function requireFields(
  container: HTMLElement,
  summary: string,
  fields: ReadonlyArray<{ path: string; value: string; message: string }>,
): boolean {
  const missing = fields
    .filter((field) => !field.value)
    .map(({ path, message }): ErrorDetail => ({ path, code: 'REQUIRED', message }));
  if (missing.length > 0) showValidationErrors(container, summary, missing);
  return missing.length === 0;
}

/** Field-level message for client-side checks (a required field left empty). */
export function showFieldError(container: HTMLElement, path: string, message: string): void {
  const field = findField(container, path);
  if (field) markField(field, message);
}

export function clearErrors(container: HTMLElement): void {
  container.querySelectorAll('.error-summary, .field-error').forEach((element) => element.remove());
  container.querySelectorAll('[aria-invalid]').forEach((field) => {
    field.removeAttribute('aria-invalid');
    const describedBy = (field.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && !id.startsWith('field-error-'))
      .join(' ');
    if (describedBy) field.setAttribute('aria-describedby', describedBy);
    else field.removeAttribute('aria-describedby');
  });
}

/** Any thrown value as an ApiError (a bug in the client shows as a generic error, not silence). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({
    statusCode: 0,
    code: 'CLIENT_ERROR',
    message: error instanceof Error ? error.message : String(error),
  });
}

/** The text to show: the API's message, or ours for the cases the API cannot word (no network). */
export function messageOf(error: ApiError): string {
  if (error.code === NETWORK_ERROR) return t('common.errorNetwork');
  if (error.code === 'CLIENT_ERROR') return t('common.errorUnexpected', { message: error.message });
  return error.message;
}

function findField(container: HTMLElement, path: string): HTMLElement | null {
  if (!path) return null;
  const escaped = CSS.escape(path);
  return container.querySelector<HTMLElement>(`[data-error-path="${escaped}"], [name="${escaped}"]`);
}

function markField(field: HTMLElement, message: string): void {
  const id = uid('field-error');
  const note = h('p', { class: 'field-error', id }, message);
  field.setAttribute('aria-invalid', 'true');
  const describedBy = field.getAttribute('aria-describedby');
  field.setAttribute('aria-describedby', describedBy ? `${describedBy} ${id}` : id);
  field.insertAdjacentElement('afterend', note);
}
