import { h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import type { MessageKey } from '../messages/index.js';
import type { SaveState } from './autosave.js';

const TEXTS: Record<SaveState, MessageKey> = {
  idle: 'forms.idle',
  dirty: 'forms.dirty',
  saving: 'forms.saving',
  saved: 'forms.saved',
  failed: 'forms.failed',
  conflict: 'forms.conflict',
};

/**
 * The form's visible save state ("Kaydedildi / Kaydediliyor… / Kaydedilemedi / Çakışma"), a polite
 * live region; `data-state` names the state for styles and tests. A failure says the text is
 * kept, and what went wrong when it was not about a field.
 */
export function saveStatus(): { element: HTMLElement; set(state: SaveState, detail?: string): void } {
  const label = h('strong', {}, t(TEXTS.idle));
  const note = h('span', { class: 'save-status-note' });
  const element = h('p', { class: 'save-status', role: 'status', 'data-state': 'idle' }, label, note);
  return {
    element,
    set(state, detail) {
      element.dataset.state = state;
      label.textContent = t(TEXTS[state]);
      note.textContent = state === 'failed' ? ` — ${detail ? `${detail} ` : ''}${t('forms.failedHint')}` : '';
    },
  };
}
