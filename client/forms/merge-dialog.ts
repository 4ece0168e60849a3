import { h, uid } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { initialChoices, unchosen, type Difference, type Side } from './merge.js';

/**
 * The stale-write dialog (409): one row per field that differs, "Sizin değeriniz" beside "Diğer
 * kişinin değeri", a choice per row (keep mine / take theirs; preset where only one side changed
 * it). "Save" stays disabled until every row has a choice; it answers the choices. A modal
 * <dialog>: Esc does not close it, because the conflict must be decided before anything is saved.
 */
export function openMergeDialog<V>(options: {
  differences: ReadonlyArray<Difference<V>>;
  /** The field's name as the user knows it ("2026 hedefi — Gösterge 2"). */
  label(difference: Difference<V>): string;
  /** A value as text; '' shows as "(boş)". */
  show(value: V, difference: Difference<V>): string;
}): Promise<Map<string, Side>> {
  const choices = initialChoices(options.differences);
  const titleId = uid('merge-title');
  const hint = h('p', { class: 'hint', 'aria-live': 'polite' });
  const save = h('button', { type: 'submit', class: 'primary' }, t('forms.mergeSave'));
  const radios: HTMLInputElement[] = [];
  const refresh = (): void => {
    const left = unchosen(options.differences, choices);
    save.disabled = left > 0;
    hint.textContent = left > 0 ? t('forms.mergeChooseAll', { left }) : '';
    for (const radio of radios) radio.checked = choices.get(radio.name) === radio.value;
  };
  const choice = (difference: Difference<V>, side: Side, text: string): HTMLElement => {
    const radio = h('input', {
      type: 'radio',
      name: difference.key,
      value: side,
      onchange: () => {
        choices.set(difference.key, side);
        refresh();
      },
    });
    radios.push(radio);
    return h('label', { class: 'merge-choice' }, radio, ' ', text);
  };
  const value = (raw: V, difference: Difference<V>): HTMLElement => {
    const text = options.show(raw, difference);
    return h('span', { class: text ? 'merge-value' : 'merge-value muted' }, text || t('forms.empty'));
  };
  const setAll = (side: Side): void => {
    for (const difference of options.differences) choices.set(difference.key, side);
    refresh();
  };
  const form = h(
    'form',
    { method: 'dialog' },
    h('h2', { id: titleId }, t('forms.mergeTitle')),
    h('p', {}, t('forms.mergeIntro')),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'merge-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('forms.mergeField')),
            h('th', { scope: 'col' }, t('forms.mergeMine')),
            h('th', { scope: 'col' }, t('forms.mergeTheirs')),
          ),
        ),
        h(
          'tbody',
          {},
          options.differences.map((difference) =>
            h(
              'tr',
              { 'data-key': difference.key, 'data-path': difference.path },
              h('th', { scope: 'row' }, options.label(difference)),
              h(
                'td',
                { 'data-side': 'mine' },
                h('span', { class: 'merge-side', 'aria-hidden': 'true' }, t('forms.mergeMine')),
                value(difference.mine, difference),
                choice(difference, 'mine', t('forms.keepMine')),
              ),
              h(
                'td',
                { 'data-side': 'theirs' },
                h('span', { class: 'merge-side', 'aria-hidden': 'true' }, t('forms.mergeTheirs')),
                value(difference.theirs, difference),
                choice(difference, 'theirs', t('forms.takeTheirs')),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => setAll('mine') }, t('forms.keepAllMine')),
      h('button', { type: 'button', onclick: () => setAll('theirs') }, t('forms.takeAllTheirs')),
      save,
    ),
    hint,
  );
  const dialog = h('dialog', { class: 'merge-dialog', 'aria-labelledby': titleId }, form);
  dialog.addEventListener('cancel', (event) => event.preventDefault());
  document.body.append(dialog);
  refresh();
  dialog.showModal();
  return new Promise((resolve) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (unchosen(options.differences, choices) > 0) return;
      dialog.close();
      dialog.remove();
      resolve(new Map(choices));
    });
  });
}
