import type {
  PreviousPlanEvaluationResponse,
  PreviousReasonsRequest,
  PreviousTargetEvaluation,
} from '../../../src/contracts/analysis.js';
import { getPreviousPlan, saveReasons } from '../../api/analysis.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { whileSaving } from '../../forms/while-saving.js';
import { coverageText } from '../../lib/band.js';
import { h } from '../../lib/dom.js';
import { clearErrors } from '../../lib/errors.js';
import { formatNumber, formatPeriod, formatRate } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import type { Screen } from './screen.js';

/**
 * Part B filled from the previous plan (GET …/analysis/previous-plan): each of its targets with
 * its rate and coverage, its indicators with A, B, C and the rate, all as the progress engine
 * answered for the previous plan's last year on approved values, and the reason the team writes
 * per target (an editor of a draft writes them in the table and saves them together).
 */
export async function previousPlanSection(screen: Screen): Promise<HTMLElement> {
  const answer = await getPreviousPlan(screen.plan.id, screen.signal);
  const headingId = 'analysis-previous-heading';
  const section = h(
    'section',
    { class: 'card analysis-part analysis-previous', 'aria-labelledby': headingId, 'data-part': 'previous' },
    h('h2', { id: headingId }, t('analysis.previous.heading')),
  );
  const previous = answer.previousPlan;
  if (!previous) {
    section.append(h('p', { class: 'muted', 'data-empty': 'previous' }, t('analysis.previous.none')));
    return section;
  }
  section.append(...basisNotes(answer));
  if (answer.targets.length === 0) {
    section.append(h('p', { class: 'muted' }, t('analysis.previous.noTargets')));
    return section;
  }
  const table = tableRegion(
    t('analysis.previous.heading'),
    h(
      'table',
      { class: 'analysis-table previous-table' },
      tableHead(
        t('analysis.previous.subject'),
        t('analysis.previous.baseline'),
        t('analysis.previous.target'),
        t('analysis.previous.actual'),
        t('analysis.previous.rate'),
        t('analysis.previous.note'),
        t('analysis.previous.reason'),
      ),
      h(
        'tbody',
        {},
        answer.targets.flatMap((target) => [
          targetRow(target, screen.editable),
          ...target.indicators.map((indicator) =>
            h(
              'tr',
              { class: 'previous-indicator', 'data-indicator': indicator.code },
              h(
                'td',
                {},
                `${indicator.code} ${indicator.name}${indicator.unit ? ` (${indicator.unit})` : ''}`,
              ),
              h('td', { class: 'num' }, formatNumber(indicator.baseline)),
              h('td', { class: 'num' }, formatNumber(indicator.target)),
              h('td', { class: 'num' }, formatNumber(indicator.actual)),
              h('td', { class: 'num' }, formatRate(indicator.rate)),
              h('td', { class: 'previous-note' }, indicator.excluded?.message ?? ''),
              h('td', {}),
            ),
          ),
        ]),
      ),
    ),
  );
  if (!screen.editable) {
    section.append(table);
    return section;
  }
  const submit = h('button', { type: 'submit', class: 'primary' }, t('analysis.previous.save'));
  const form = h(
    'form',
    { class: 'previous-reasons', novalidate: true },
    table,
    h('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const reasons = changedReasons(form, answer.targets);
    if (reasons.length === 0) return;
    whileSaving(form, submit, saveReasons(screen.plan.id, reasons), t('analysis.previous.saved'));
  });
  section.append(form);
  return section;
}

function targetRow(target: PreviousTargetEvaluation, editable: boolean): HTMLElement {
  const label = t('analysis.previous.reasonOf', { code: target.code });
  const area = h('textarea', {
    name: `reason-${target.code}`,
    rows: 3,
    'aria-label': label,
    'data-path': 'reasons',
  });
  area.value = target.reason?.text ?? '';
  return h(
    'tr',
    { class: 'previous-target', 'data-target': target.code },
    h('th', { scope: 'row' }, `${target.code} ${target.title}`),
    h('td', {}),
    h('td', {}),
    h('td', {}),
    h('td', { class: 'num' }, formatRate(target.rate)),
    h('td', { class: 'previous-note' }, coverageText(target.coverage, getLang())),
    h('td', { class: 'previous-reason' }, editable ? area : (target.reason?.text ?? '')),
  );
}

/** Which plan, period and basis the figures rest on, and the plan's own rate and coverage. */
function basisNotes(answer: PreviousPlanEvaluationResponse): HTMLElement[] {
  const previous = answer.previousPlan;
  if (!previous) return [];
  const source = t(
    previous.source === 'copy' ? 'analysis.previous.fromCopy' : 'analysis.previous.fromPeriod',
  );
  const notes = [
    h(
      'p',
      { class: 'previous-plan' },
      t('analysis.previous.plan', {
        title: previous.title,
        years: `${previous.startYear}–${previous.endYear}`,
        source,
      }),
    ),
  ];
  if (answer.period === null) {
    notes.push(h('p', { class: 'muted' }, t('analysis.previous.noPeriod')));
    return notes;
  }
  notes.push(
    h(
      'p',
      { class: 'muted previous-basis' },
      t(answer.final ? 'analysis.previous.basisFinal' : 'analysis.previous.basisRunning', {
        period: formatPeriod(answer.period),
        end: String(previous.endYear),
        rate: formatRate(answer.rate),
        coverage: answer.coverage ? coverageText(answer.coverage, getLang()) : '',
      }),
    ),
  );
  return notes;
}

/** The reasons the form changes: a new or changed text, or an emptied one removed. */
function changedReasons(
  form: HTMLFormElement,
  targets: readonly PreviousTargetEvaluation[],
): PreviousReasonsRequest['reasons'] {
  return targets.flatMap((target) => {
    const area = form.elements.namedItem(`reason-${target.code}`) as HTMLTextAreaElement | null;
    const text = (area?.value ?? '').trim();
    const stored = target.reason;
    if (text === (stored?.text ?? '')) return [];
    if (text === '' && !stored) return [];
    return [
      {
        target: target.code,
        reason: text === '' ? null : text,
        ...(stored ? { version: stored.version } : {}),
      },
    ];
  });
}
