import type { PreparationTimeline } from '../../../src/contracts/preparation.js';
import { preparationTimeline } from '../../../src/contracts/preparation-timeline.js';
import type { InstitutionResponse, PlanSummaryResponse } from '../../../src/contracts/resources.js';
import { getPlan } from '../../api/plans.js';
import { copyFrom, createPlan, updatePlan } from '../../api/strategy.js';
import { announce } from '../../lib/announce.js';
import { h, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, requireFields, showError } from '../../lib/errors.js';
import { formatDate, formatNumber, todayIso } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import type { MessageKey } from '../../messages/index.js';
import { href, navigate, type RouteContext } from '../../lib/router.js';
import {
  getInstitutionId,
  hasRole,
  invalidateDirectory,
  loadDirectory,
  setInstitutionId,
} from '../../lib/session.js';
import '../../styles/workspace.css';

/** A plan covers five years (planning-cycle.md 1). */
const PLAN_YEARS = 5;

/**
 * #/plans/new — "Yeni plan" (issue 12, 1), for planners and administrators: the institution,
 * the title, the first year, the election date; an empty draft (POST /api/plans) or a copy of a
 * previous plan (POST /api/plans/:planId/copy). Beside the form the legal timeline of the
 * preparation as the user types (the same pure computation the server's ELECTION_DEADLINE reads,
 * src/contracts/preparation-timeline.ts). After creating, the workspace opens.
 */
export async function render(context: RouteContext): Promise<void> {
  context.setTitle(t('newPlan.title'));
  const directory = await loadDirectory();
  if (context.signal.aborted) return;
  const institutions = directory.institutions.filter((institution) =>
    hasRole(institution.id, 'planner', 'admin'),
  );
  const heading = h('h1', { tabindex: -1 }, t('newPlan.title'));
  if (institutions.length === 0) {
    replaceChildren(context.outlet, heading, h('p', {}, t('newPlan.noInstitution')));
    return;
  }
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  const chosen = getInstitutionId();

  const institutionSelect = h(
    'select',
    { name: 'institutionId' },
    institutions.map((institution) =>
      h('option', { value: institution.id, selected: institution.id === chosen }, institution.name),
    ),
  );
  const titleInput = h('input', { name: 'title', autocomplete: 'off' });
  const yearSelect = h(
    'select',
    { name: 'startYear' },
    Array.from({ length: 6 }, (_unused, index) => thisYear - 1 + index).map((year) =>
      h('option', { value: year, selected: year === thisYear + 1 }, String(year)),
    ),
  );
  const yearsHint = h('p', { class: 'hint' });
  const electionInput = h('input', { name: 'electionDate', type: 'date' });
  const emptyChoice = h('input', { type: 'radio', name: 'mode', value: 'empty', checked: true });
  const copyChoice = h('input', { type: 'radio', name: 'mode', value: 'copy' });
  const previousSelect = h('select', { name: 'previousPlanId' });
  const previousField = labelled(t('newPlan.previousPlan'), previousSelect);
  const noPrevious = h('p', { class: 'muted' }, t('newPlan.noPrevious'));
  const timeline = h('section', {
    class: 'card np-timeline',
    'aria-labelledby': 'np-timeline-heading',
    'aria-live': 'polite',
  });
  let titleTouched = false;
  titleInput.addEventListener('input', () => {
    titleTouched = titleInput.value.trim() !== '';
  });

  const institution = (): InstitutionResponse =>
    institutions.find((item) => item.id === institutionSelect.value) ?? institutions[0];
  const startYear = (): number => Number(yearSelect.value);
  const previousPlans = (): PlanSummaryResponse[] =>
    directory.plans.filter((plan) => plan.institution.id === institution().id);

  const update = (): void => {
    const from = startYear();
    const to = from + PLAN_YEARS - 1;
    yearsHint.textContent = t('newPlan.years', { from, to });
    if (!titleTouched) titleInput.value = t('newPlan.defaultTitle', { from, to });
    const plans = previousPlans();
    const selected = previousSelect.value;
    replaceChildren(
      previousSelect,
      plans.map((plan) =>
        h(
          'option',
          { value: plan.id, selected: plan.id === selected },
          `${plan.title} (${plan.startYear}–${plan.endYear})`,
        ),
      ),
    );
    copyChoice.disabled = plans.length === 0;
    if (plans.length === 0) emptyChoice.checked = true;
    noPrevious.hidden = plans.length > 0;
    previousField.hidden = !copyChoice.checked;
    const chosenInstitution = institution();
    drawTimeline(
      timeline,
      chosenInstitution,
      preparationTimeline(
        {
          kind: chosenInstitution.kind,
          population: chosenInstitution.population ?? undefined,
          electionDate: electionInput.value || undefined,
        },
        { startYear: from },
        today,
      ),
    );
  };

  const form = h(
    'form',
    { class: 'card np-form', novalidate: true },
    labelled(t('newPlan.institution'), institutionSelect),
    labelled(t('newPlan.planTitle'), titleInput),
    labelled(t('newPlan.startYear'), yearSelect, yearsHint),
    labelled(t('newPlan.electionDate'), electionInput, h('p', { class: 'hint' }, t('newPlan.electionHint'))),
    h(
      'fieldset',
      {},
      h('legend', {}, t('newPlan.mode')),
      choice(emptyChoice, t('newPlan.empty')),
      choice(copyChoice, t('newPlan.copy')),
      h('p', { class: 'hint' }, t('newPlan.copyHint')),
      noPrevious,
      previousField,
    ),
    h('button', { type: 'submit', class: 'primary' }, t('newPlan.create')),
  );
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const title = titleInput.value.trim();
    if (
      !requireFields(form, t('newPlan.fix'), [
        { path: 'title', value: title, message: t('newPlan.required') },
      ])
    )
      return;
    const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
    if (button) button.disabled = true;
    const target = institution();
    const from = startYear();
    const electionDate = electionInput.value || undefined;
    const start = async (): Promise<string> => {
      if (copyChoice.checked && previousSelect.value) {
        const copied = await copyFrom(previousSelect.value, { startYear: from, title });
        if (electionDate) {
          const plan = await getPlan(copied.id);
          await updatePlan(copied.id, { version: plan.version, electionDate });
        }
        return copied.id;
      }
      const plan = await createPlan({
        institutionId: target.id,
        title,
        startYear: from,
        endYear: from + PLAN_YEARS - 1,
        electionDate,
        population: target.population ?? undefined,
      });
      return plan.id;
    };
    start()
      .then((planId) => {
        invalidateDirectory();
        setInstitutionId(target.id);
        announce(t('newPlan.created'), { carry: true });
        navigate(href('/plans/:planId/workspace', { planId }));
      })
      .catch((error: unknown) => {
        if (button) button.disabled = false;
        showError(form, error);
      });
  });

  update();
  replaceChildren(
    context.outlet,
    heading,
    h('p', {}, t('newPlan.intro')),
    h('div', { class: 'np-layout' }, form, timeline),
  );
}

function labelled(label: string, control: HTMLElement, ...after: HTMLElement[]): HTMLElement {
  const id = uid('np');
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, after);
}

function choice(input: HTMLInputElement, label: string): HTMLElement {
  const id = uid('np-mode');
  input.id = id;
  return h('div', { class: 'choice' }, input, h('label', { for: id }, label));
}

const EXEMPT_KIND: Partial<Record<InstitutionResponse['kind'], MessageKey>> = {
  birlik: 'newPlan.exemptUnion',
  'kent-konseyi': 'newPlan.exemptCouncil',
};

/** The legal timeline as a list: the election, the deadline, days left or late, the first year, the publication week. */
function drawTimeline(
  region: HTMLElement,
  institution: InstitutionResponse,
  timeline: PreparationTimeline,
): void {
  const rows: Array<[string, string | HTMLElement]> = [];
  let note: HTMLElement | null = null;
  let after: HTMLElement | null = null;
  if (timeline.exemption === 'kind') {
    note = h(
      'p',
      { class: 'np-exempt', 'data-exemption': 'kind' },
      t(EXEMPT_KIND[institution.kind] ?? 'newPlan.exemptOther'),
    );
  } else if (timeline.exemption === 'population') {
    note = h('p', { class: 'np-exempt', 'data-exemption': 'population' }, t('newPlan.exemptPopulation'));
  } else if (timeline.exemption === 'no-election-date') {
    note = h('p', { class: 'muted', 'data-exemption': 'no-election-date' }, t('newPlan.noElection'));
  } else {
    rows.push([t('newPlan.tlElection'), formatDate(timeline.electionDate)]);
    rows.push([t('newPlan.tlDeadline'), formatDate(timeline.deadline)]);
    const state =
      timeline.daysLate !== null
        ? h(
            'span',
            { class: 'np-late', 'data-days-late': timeline.daysLate },
            t('newPlan.daysLate', { days: formatNumber(timeline.daysLate) }),
          )
        : timeline.daysRemaining === 0
          ? h('span', { 'data-days-remaining': 0 }, t('newPlan.dueToday'))
          : h(
              'span',
              { 'data-days-remaining': timeline.daysRemaining ?? 0 },
              t('newPlan.daysRemaining', { days: formatNumber(timeline.daysRemaining) }),
            );
    rows.push([t('newPlan.tlState'), state]);
    if (timeline.daysLate !== null) after = h('p', { class: 'muted' }, t('newPlan.lateNote'));
  }
  rows.push([t('newPlan.tlFirstYear'), String(timeline.firstPlanYear)]);
  rows.push([
    t('newPlan.tlPublication'),
    t('newPlan.range', {
      from: formatDate(timeline.publicationWeek.from),
      to: formatDate(timeline.publicationWeek.to),
    }),
  ]);
  replaceChildren(
    region,
    h('h2', { id: 'np-timeline-heading' }, t('newPlan.timelineHeading')),
    note,
    h(
      'dl',
      {},
      rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
    ),
    after,
  );
}
