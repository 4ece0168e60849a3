import { announce } from '../lib/announce.js';
import { showError } from '../lib/errors.js';
import { refresh } from '../lib/router.js';

/**
 * A form's save on its way: its button off until the answer; then `done` announced and the
 * screen drawn again, or the refusal (the server's message, details at their fields) in the form.
 */
export function whileSaving(
  form: HTMLFormElement,
  submit: HTMLButtonElement,
  saving: Promise<unknown>,
  done: string,
): void {
  submit.disabled = true;
  saving
    .then(async () => {
      announce(done);
      await refresh();
    })
    .catch((error: unknown) => showError(form, error))
    .finally(() => {
      submit.disabled = false;
    });
}
