import type { ProgrammeResponse } from '../../../src/contracts/programme.js';
import { listProgrammes, putProgramme } from '../../api/programmes.js';
import { getPlan } from '../../api/plans.js';
import { pageHeader, planEyebrow } from '../../components/page-header.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { announce } from '../../lib/announce.js';
import { h, labelledSection, replaceChildren, uid } from '../../lib/dom.js';
import { showError } from '../../lib/errors.js';
import { formatDate, todayIso } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, navigate, type RouteContext } from '../../lib/router.js';
import { hasRole } from '../../lib/session.js';
import { programmeStatusText } from './programme-words.js';
import { deadlineNotes } from './deadline-notes.js';
import './programme.css';

/**
 * #/plans/:planId/programmes — the plan's yearly performance programmes (performans programı,
 * planning-cycle.md 3), one per plan year: their status, and for planners and administrators a
 * draft for a year that has none, in the classic or the programme-budget format.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const [plan, programmes] = await Promise.all([
    getPlan(planId, context.signal),
    listProgrammes(planId, context.signal),
  ]);
  if (context.signal.aborted) return;
  const editable = hasRole(plan.institution.id, 'planner', 'admin');
  context.setTitle(`${t('programme.listTitle')} — ${plan.title}`);
  const taken = new Set(programmes.map((programme) => programme.year));
  const free: number[] = [];
  for (let year = plan.startYear; year <= plan.endYear; year += 1) if (!taken.has(year)) free.push(year);
  const deadlines = await deadlineNotes(plan, cycleYears(plan, programmes), context.signal);
  if (context.signal.aborted) return;
  replaceChildren(
    context.outlet,
    pageHeader(
      planEyebrow(plan),
      t('programme.listTitle'),
      h('p', { class: 'muted' }, t('programme.listIntro')),
    ),
    deadlines,
    listSection(planId, programmes),
    editable && free.length > 0 ? createSection(planId, free) : null,
  );
}

/** The programme years whose preparation runs this calendar year or ran last year (this year's programme). */
function cycleYears(
  plan: { startYear: number; endYear: number },
  programmes: ProgrammeResponse[],
): Array<{ year: number; status: ProgrammeResponse['status'] | null }> {
  const now = Number(todayIso().slice(0, 4));
  return [now, now + 1]
    .filter((year) => year >= plan.startYear && year <= plan.endYear)
    .map((year) => ({ year, status: programmes.find((item) => item.year === year)?.status ?? null }));
}

function listSection(planId: string, programmes: ProgrammeResponse[]): HTMLElement {
  if (programmes.length === 0)
    return labelledSection(
      'card',
      'pp-list-heading',
      t('programme.listHeading'),
      h('p', {}, t('programme.none')),
    );
  const table = h(
    'table',
    { class: 'pp-list' },
    tableHead(t('programme.year'), t('programme.status'), t('programme.council')),
    h(
      'tbody',
      {},
      programmes.map((programme) =>
        h(
          'tr',
          { 'data-year': programme.year },
          h(
            'th',
            { scope: 'row' },
            h(
              'a',
              { href: href('/plans/:planId/programmes/:year', { planId, year: String(programme.year) }) },
              t('programme.ofYear', { year: programme.year }),
            ),
          ),
          h('td', {}, programmeStatusText(programme)),
          h('td', {}, councilText(programme)),
        ),
      ),
    ),
  );
  return labelledSection(
    'card',
    'pp-list-heading',
    t('programme.listHeading'),
    tableRegion(t('programme.listHeading'), table),
  );
}

function councilText(programme: ProgrammeResponse): string {
  if (programme.decisionDate)
    return t('programme.decisionOn', {
      date: formatDate(programme.decisionDate),
      number: programme.decisionNumber ?? '',
    });
  if (programme.submittedOn) return t('programme.submittedOn', { date: formatDate(programme.submittedOn) });
  return '—';
}

/** A draft for a plan year without a programme, in the format chosen. */
function createSection(planId: string, years: number[]): HTMLElement {
  const yearId = uid('pp-year');
  const noteId = uid('pp-format-note');
  const submit = h('button', { type: 'submit' }, t('programme.create'));
  const form = h(
    'form',
    { class: 'pp-create stack', novalidate: true },
    h(
      'div',
      { class: 'field' },
      h('label', { for: yearId }, t('programme.year')),
      h(
        'select',
        { id: yearId, name: 'year' },
        years.map((year) => h('option', { value: year }, String(year))),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('programme.format')),
      h(
        'label',
        { class: 'pp-choice' },
        h('input', { type: 'radio', name: 'format', value: 'classic', checked: true }),
        t('programme.formatClassic'),
      ),
      h(
        'label',
        { class: 'pp-choice' },
        h('input', {
          type: 'radio',
          name: 'format',
          value: 'programme-budget',
          'aria-describedby': noteId,
        }),
        t('programme.formatProgrammeBudget'),
      ),
      h('p', { class: 'muted', id: noteId }, t('programme.formatProgrammeBudgetNote')),
    ),
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const year = Number((form.elements.namedItem('year') as HTMLSelectElement).value);
    const chosen = form.querySelector<HTMLInputElement>('input[name="format"]:checked')?.value;
    submit.disabled = true;
    putProgramme(planId, year, { format: chosen === 'programme-budget' ? 'programme-budget' : 'classic' })
      .then(() => {
        announce(t('programme.created', { year }), { carry: true });
        navigate(href('/plans/:planId/programmes/:year', { planId, year: String(year) }));
      })
      .catch((error: unknown) => showError(form, error))
      .finally(() => {
        submit.disabled = false;
      });
  });
  return labelledSection('card', 'pp-create-heading', t('programme.createHeading'), form);
}
