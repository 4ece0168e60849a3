import type { ErrorDetail } from '../../src/contracts/errors.js';
import { h, uid } from '../lib/dom.js';

/**
 * The server's field errors beside their fields (never a toast). A field carries its
 * card-relative path in `data-path` ("title", "indicators[2].weight", "indicators[2].targets.2026");
 * an error whose exact field is not on screen goes to the nearest enclosing one ("risks[3]" to the
 * risks list). Each error shows the server's message and code, sets aria-invalid and is named in
 * the field's aria-describedby.
 */

/** "indicators[2].targets.2026" → "indicators[2].targets" → "indicators[2]" → "indicators" → null. */
export function parentPath(path: string): string | null {
  const match = /^(.*?)(?:\.[^.[\]]+|\[\d+\])$/.exec(path);
  return match && match[1] ? match[1] : null;
}

/** The path of the field an error is shown at: the detail's own, or its nearest present parent. */
export function placeError(path: string, present: (path: string) => boolean): string | null {
  for (let candidate: string | null = path; candidate; candidate = parentPath(candidate)) {
    if (present(candidate)) return candidate;
  }
  return null;
}

const ERROR_CLASS = 'field-error';
const ID_PREFIX = 'form-error-';

export function fieldAt(root: ParentNode, path: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
}

/**
 * Shows `details` in `root` (after clearing the previous ones); answers the details that have no
 * field on screen, for the form's summary.
 */
export function showFieldErrors(root: HTMLElement, details: readonly ErrorDetail[]): ErrorDetail[] {
  clearFieldErrors(root);
  const unplaced: ErrorDetail[] = [];
  for (const detail of details) {
    const at = placeError(detail.path, (path) => fieldAt(root, path) !== null);
    const field = at ? fieldAt(root, at) : null;
    if (!field) {
      unplaced.push(detail);
      continue;
    }
    const id = uid(ID_PREFIX.slice(0, -1));
    const note = h(
      'p',
      { class: ERROR_CLASS, id, 'data-error-code': detail.code, 'data-error-path': detail.path },
      detail.message,
      ' ',
      h('span', { class: 'error-code' }, `(${detail.code})`),
    );
    field.setAttribute('aria-invalid', 'true');
    const describedBy = field.getAttribute('aria-describedby');
    field.setAttribute('aria-describedby', describedBy ? `${describedBy} ${id}` : id);
    // A cell of a grid keeps its table shape: the note goes inside the cell, after the input.
    field.insertAdjacentElement('afterend', note);
  }
  return unplaced;
}

export function clearFieldErrors(root: HTMLElement): void {
  root.querySelectorAll(`.${ERROR_CLASS}`).forEach((element) => element.remove());
  root.querySelectorAll('[aria-invalid="true"]').forEach((field) => {
    field.removeAttribute('aria-invalid');
    const describedBy = (field.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && !id.startsWith(ID_PREFIX))
      .join(' ');
    if (describedBy) field.setAttribute('aria-describedby', describedBy);
    else field.removeAttribute('aria-describedby');
  });
}
