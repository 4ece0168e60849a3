import type { InstitutionResponse, UnitResponse } from '../../../src/contracts/resources.js';
import { createUnit, deleteUnit, listUnits, renameUnit } from '../../api/institutions.js';
import { confirmButton } from '../../components/confirm-button.js';
import { inputField } from '../../components/input-field.js';
import { announce } from '../../lib/announce.js';
import { h, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, requireFields, showError } from '../../lib/errors.js';
import { t } from '../../lib/i18n.js';

/**
 * An institution's units (birimler) for its administrator: add one (code and name), rename one,
 * delete one that no target card names (the API refuses with 409 UNIT_IN_USE otherwise).
 * `onChanged` lets the screen forget the units it cached for its role forms.
 */
export function unitsSection(
  institution: InstitutionResponse,
  signal: AbortSignal,
  onChanged: () => void,
): HTMLElement {
  const headingId = uid('units');
  const list = h('div', { class: 'units-list' });
  const section = h(
    'section',
    { class: 'card units-admin', 'aria-labelledby': headingId, 'data-institution': institution.id },
    h('h2', { id: headingId }, t('admin.unitsHeading', { institution: institution.name })),
    h('p', { class: 'muted' }, t('admin.unitsIntro')),
    list,
  );

  const load = async (focusCode?: string): Promise<void> => {
    try {
      const units = await listUnits(institution.id, signal);
      if (signal.aborted) return;
      replaceChildren(
        list,
        units.length === 0
          ? h('p', {}, t('admin.noUnits'))
          : h(
              'ul',
              { class: 'unit-rows' },
              units.map((unit) => unitRow(unit)),
            ),
        addForm(),
      );
      if (focusCode)
        list.querySelector<HTMLElement>(`li[data-unit="${CSS.escape(focusCode)}"] input`)?.focus();
    } catch (error) {
      if (!signal.aborted) showError(list, error);
    }
  };
  const changed = async (notice: string, focusCode?: string): Promise<void> => {
    onChanged();
    announce(notice);
    await load(focusCode);
  };

  const unitRow = (unit: UnitResponse): HTMLElement => {
    // The code has its own column here; the words name the unit (the code only when it has no name).
    const unitName = unit.name || unit.code;
    const row = h('li', { class: 'unit-row', 'data-unit': unit.code });
    const nameId = uid('unit-name');
    const form = h(
      'form',
      { class: 'unit-rename', novalidate: true },
      h('span', { class: 'code' }, unit.code),
      h('label', { for: nameId, class: 'visually-hidden' }, `${t('admin.unitName')} ${unit.code}`),
      h('input', {
        id: nameId,
        name: 'name',
        type: 'text',
        value: unit.name,
        maxlength: 500,
        required: true,
      }),
      h(
        'button',
        { type: 'submit' },
        t('admin.unitRename'),
        h('span', { class: 'visually-hidden' }, ` ${unit.code}`),
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void (async () => {
        clearErrors(row);
        const name = (form.elements.namedItem('name') as HTMLInputElement).value.trim();
        if (
          !requireFields(row, t('users.fixFields'), [
            { path: 'name', value: name, message: t('admin.unitNameRequired') },
          ])
        )
          return;
        try {
          await renameUnit(institution.id, unit.code, name);
          await changed(t('admin.unitRenamed', { name }), unit.code);
        } catch (error) {
          showError(row, error);
        }
      })();
    });
    replaceChildren(
      row,
      form,
      confirmButton({
        label: t('admin.unitDelete'),
        ariaLabel: `${t('admin.unitDelete')}: ${unitName}`,
        question: `${unitName}?`,
        yes: t('admin.unitDelete'),
        no: t('admin.cancel'),
        errors: row,
        act: async () => {
          await deleteUnit(institution.id, unit.code);
          await changed(t('admin.unitDeleted', { name: unitName }));
          section.querySelector<HTMLElement>('h2')?.focus();
        },
      }),
    );
    return row;
  };

  const addForm = (): HTMLElement => {
    const form = h(
      'form',
      { class: 'unit-add', novalidate: true },
      inputField('code', t('admin.unitCode'), { type: 'text', maxlength: 40, autocomplete: 'off' }),
      inputField('name', t('admin.unitName'), { type: 'text', maxlength: 500, autocomplete: 'off' }),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('admin.unitAdd'))),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void (async () => {
        clearErrors(form);
        const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
        const code = value('code').toUpperCase();
        const name = value('name');
        const complete = requireFields(form, t('users.fixFields'), [
          { path: 'code', value: code, message: t('admin.unitCodeRequired') },
          { path: 'name', value: name, message: t('admin.unitNameRequired') },
        ]);
        if (!complete) return;
        try {
          const created = await createUnit(institution.id, { code, name });
          await changed(t('admin.unitAdded', { name: created.name || created.code }), created.code);
        } catch (error) {
          showError(form, error);
        }
      })();
    });
    return form;
  };

  void load();
  return section;
}
