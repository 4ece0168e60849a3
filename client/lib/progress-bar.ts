import type { TransferProgress } from '../api/http.js';
import { h } from './dom.js';
import { formatRate } from './format.js';

export interface ProgressHandle {
  element: HTMLElement;
  /** Bytes or items done; total null keeps the indicator indeterminate. */
  update(progress: TransferProgress): void;
  done(): void;
}

/**
 * A progress indicator for long operations (imports, exports, big lists): a labelled
 * <progress>, determinate once the size is known, with the percentage as text. Place
 * `element` where the result will appear; `done()` removes it.
 */
export function createProgress(label: string): ProgressHandle {
  const bar = h('progress', { 'aria-label': label });
  // The label says what happens; the text adds the percentage once it is known, never a second word.
  const text = h('span', { class: 'progress-text' });
  const element = h(
    'div',
    { class: 'progress', role: 'status' },
    h('span', { class: 'progress-label' }, label),
    bar,
    text,
  );
  return {
    element,
    update({ loaded, total }) {
      if (total && total > 0) {
        bar.max = total;
        bar.value = Math.min(loaded, total);
        text.textContent = formatRate(Math.floor((100 * Math.min(loaded, total)) / total));
      } else {
        bar.removeAttribute('value');
        text.textContent = '';
      }
    },
    done() {
      element.remove();
    },
  };
}
