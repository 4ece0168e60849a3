import type { AnalysisPart, AnalysisResponse } from '../../../src/contracts/analysis.js';
import { getAnalysis } from '../../api/analysis.js';
import { getPlan } from '../../api/plans.js';
import { downloadReport } from '../../api/reports.js';
import { announce } from '../../lib/announce.js';
import { saveFile } from '../../lib/download.js';
import { showError } from '../../lib/errors.js';
import { pageHeader, planEyebrow } from '../../components/page-header.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { h, replaceChildren } from '../../lib/dom.js';
import { formatNumber } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import { href, type RouteContext } from '../../lib/router.js';
import { hasRole } from '../../lib/session.js';
import { findingsSection } from './findings.js';
import { ANALYSIS_SCREENS, PART_INPUTS, type AnalysisScreen } from './part-fields.js';
import { cellText, fieldLabel, partTitle, rowActions, rowForm, rowName } from './rows.js';
import { stakeholderChart } from './stakeholders.js';
import { swotSection } from './swot.js';
import { previousPlanSection } from './previous-plan.js';
import { rowsOf, type PartBody, type Screen } from './screen.js';
import './analysis.css';

/**
 * #/plans/:planId/analysis[/:part] — the situation analysis (durum analizi, planning-cycle.md 2):
 * one screen per part, reached from the parts' menu; the stakeholders with their importance ×
 * influence matrix, the GZFT four boxes with the GF/GT/ZF/ZT strategies, the findings and needs
 * with the targets answering each. Planners and administrators of a draft edit through the
 * one-by-one routes (the screen drawn again after each); every other role reads. A refusal shows
 * the server's message where it happened.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const screenName = ANALYSIS_SCREENS.find((name) => name === context.params.part) ?? null;
  const [plan, analysis] = await Promise.all([
    getPlan(planId, context.signal),
    getAnalysis(planId, context.signal),
  ]);
  if (context.signal.aborted) return;
  const editable = plan.status === 'taslak' && hasRole(plan.institution.id, 'planner', 'admin');
  const screen: Screen = { plan, analysis, editable, signal: context.signal };
  const title = screenName ? partTitle(screenName) : t('analysis.title');
  context.setTitle(`${title} — ${plan.title}`);
  const body = screenName ? await partBody(screen, screenName) : null;
  if (context.signal.aborted) return;
  replaceChildren(
    context.outlet,
    pageHeader(
      planEyebrow(plan),
      title,
      screenName ? null : h('p', { class: 'muted' }, t('analysis.intro')),
      editable ? null : h('p', { class: 'ws-readonly', role: 'note' }, t('analysis.readOnly')),
    ),
    partsMenu(screen, screenName),
    workbookDownload(plan.id, context.signal),
    body?.element ?? null,
  );
  body?.drawn?.();
}

function countOf(analysis: AnalysisResponse, name: AnalysisScreen): string {
  if (name === 'findings') return t('analysis.itemCount', { count: formatNumber(analysis.findings.length) });
  const rows = rowsOf(analysis, name).length + (name === 'swot' ? rowsOf(analysis, 'strategies').length : 0);
  return t('analysis.rowCount', { count: formatNumber(rows) });
}

function partsMenu(screen: Screen, current: AnalysisScreen | null): HTMLElement {
  const planId = screen.plan.id;
  return h(
    'nav',
    { class: 'analysis-parts', 'aria-label': t('analysis.partsNav') },
    h(
      'ol',
      {},
      ANALYSIS_SCREENS.map((name) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: href('/plans/:planId/analysis/:part', { planId, part: name }),
              'aria-current': name === current ? 'page' : null,
            },
            partTitle(name),
          ),
          ' ',
          h('span', { class: 'muted' }, `(${countOf(screen.analysis, name)})`),
        ),
      ),
    ),
  );
}

async function partBody(screen: Screen, name: AnalysisScreen): Promise<PartBody> {
  if (name === 'findings') return findingsSection(screen);
  if (name === 'swot') return { element: swotSection(screen) };
  const table = rowsTable(screen, name);
  if (name === 'evaluation') return { element: h('div', {}, await previousPlanSection(screen), table) };
  if (name !== 'stakeholders') return { element: table };
  const chart = stakeholderChart(screen);
  return { element: h('div', {}, chart.element, table), drawn: chart.draw };
}

/** A part's rows as a table, each with edit and delete for an editor; the add form under it. */
function rowsTable(screen: Screen, part: AnalysisPart): HTMLElement {
  // Part B's reasons per target sit in the previous plan's table; the part's own rows are the text.
  const rows = rowsOf(screen.analysis, part).filter((row) => row.fields.previousTarget === undefined);
  const inputs = PART_INPUTS[part];
  const derived = part === 'stakeholders';
  const errors = h('div', { class: 'analysis-errors' });
  const planId = screen.plan.id;
  const headingId = `analysis-${part}-heading`;
  return h(
    'section',
    { class: 'card analysis-part', 'aria-labelledby': headingId, 'data-part': part },
    h('h2', { id: headingId }, partTitle(part)),
    errors,
    rows.length === 0
      ? h('p', { class: 'muted' }, t('analysis.noRows'))
      : tableRegion(
          partTitle(part),
          h(
            'table',
            { class: 'analysis-table' },
            tableHead(
              ...inputs.map((field) => fieldLabel(field.name)),
              derived ? t('analysis.priority') : null,
              derived ? t('analysis.strategy') : null,
              screen.editable ? t('analysis.actions') : null,
            ),
            h(
              'tbody',
              {},
              rows.map((row) => {
                const tr = h(
                  'tr',
                  {
                    'data-row-id': row.id,
                    'data-strategy': row.derived?.strategy ?? null,
                  },
                  inputs.map((field, index) =>
                    index === 0
                      ? h('th', { scope: 'row' }, cellText(field, row))
                      : h('td', {}, cellText(field, row)),
                  ),
                  derived ? h('td', {}, row.derived ? String(row.derived.priority) : '') : null,
                  derived ? h('td', {}, row.derived?.label ?? '') : null,
                  screen.editable
                    ? h(
                        'td',
                        { class: 'row-actions' },
                        rowActions(planId, part, row, rowName(row), errors, (form) =>
                          tr.replaceWith(
                            h('tr', {}, h('td', { colspan: inputs.length + (derived ? 3 : 1) }, form)),
                          ),
                        ),
                      )
                    : null,
                );
                return tr;
              }),
            ),
          ),
        ),
    screen.editable ? rowForm(planId, part, null, { heading: t('analysis.addHeading') }) : null,
  );
}

/** The situation-analysis workbook (every part a sheet): anyone who reads the analysis may fetch it. */
function workbookDownload(planId: string, signal: AbortSignal): HTMLElement {
  const box = h('div', { class: 'analysis-download no-print' });
  const button = h(
    'button',
    { type: 'button', class: 'secondary download-button', 'data-report': 'situation-analysis' },
    t('analysis.downloadWorkbook'),
  );
  button.addEventListener('click', () => {
    button.disabled = true;
    downloadReport(planId, 'situation-analysis', undefined, { lang: getLang(), signal })
      .then((file) => {
        saveFile(file, 'durum-analizi.xlsx');
        announce(t('analysis.downloadedWorkbook'));
      })
      .catch((error: unknown) => {
        if (!signal.aborted) showError(box, error);
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  box.append(button);
  return box;
}
