import type { StrategyTreeResponse } from '../../../src/contracts/drafting.js';
import type {
  PlanResponse,
  PreviousIndicatorRealisation,
  PreviousRealisationResponse,
  UnitResponse,
} from '../../../src/contracts/resources.js';
import type { ValidationResponse } from '../../../src/contracts/validation.js';
import { listUnits } from '../../api/institutions.js';
import { getPlan, getValidation } from '../../api/plans.js';
import { getPreviousRealisation, getStrategy } from '../../api/strategy.js';
import { validationPanel } from '../../components/validation-panel.js';
import { announce, clearAnnouncement } from '../../lib/announce.js';
import { h, labelledSection, replaceChildren } from '../../lib/dom.js';
import { showError } from '../../lib/errors.js';
import { formatNumber } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { planStatusLabel } from '../../lib/labels.js';
import { href, navigate, type RouteContext } from '../../lib/router.js';
import { getInstitutionId, hasRole, setInstitutionId } from '../../lib/session.js';
import { futureEditor } from './future.js';
import { openAimEditor, strategyTree, type ChangeResult, type TreeOptions } from './tree.js';
import '../../styles/workspace.css';

/**
 * #/plans/:planId/workspace — the drafting workspace (issue 12, 4 and 5): the strategy tree
 * beside the validation panel, the plan's future below; whether the draft can go to the council
 * and why not. Every change goes through the one-by-one routes, then the tree and the validation
 * are read again. A plan that is not a draft (or a user who may not edit) gets it read-only, with
 * the update path.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  // The plan and the strategy first: the tree is drawn as soon as they are here. The validation
  // (the server's slowest read on a large plan: it reads and checks the whole plan) is asked for
  // when they have come, so it neither holds them up on the server nor waits for the tree: the
  // server checks while the browser draws, and the panel fills when it comes. The units only a
  // new target's form needs (docs/performance.md, "Drafting workspace").
  const planRead = getPlan(planId, context.signal);
  const strategyRead = getStrategy(planId, context.signal);
  const units = planRead
    .then((read) => listUnits(read.institution.id, context.signal))
    .catch((): UnitResponse[] => []);
  const previousRead = planRead.then((read) =>
    read.previousPlanId
      ? getPreviousRealisation(planId, context.signal).catch((): PreviousRealisationResponse | null => null)
      : null,
  );
  // Handled here when the plan cannot be read (the render fails on planRead itself).
  previousRead.catch(() => undefined);
  const [plan, tree] = await Promise.all([planRead, strategyRead]);
  if (context.signal.aborted) return;
  const validationRead = getValidation(planId, context.signal);
  // Awaited below, after the tree is drawn; a failure is thrown there.
  validationRead.catch(() => undefined);
  const previous = await previousRead;
  if (context.signal.aborted) return;
  if (getInstitutionId() !== plan.institution.id) setInstitutionId(plan.institution.id);
  context.setTitle(`${t('workspace.nav')} — ${plan.title}`);

  const mayEdit = hasRole(plan.institution.id, 'planner', 'admin');
  const editable = mayEdit && plan.status === 'taslak';
  const previousByCode = new Map<string, PreviousIndicatorRealisation>(
    (previous?.indicators ?? []).map((indicator) => [indicator.code, indicator]),
  );

  let current: StrategyTreeResponse = tree;
  const treeRegion = h('div', { class: 'ws-tree-region' });
  const renamedNote = h('p', { class: 'ws-renamed', role: 'status', hidden: true });
  const submitState = h('div', { class: 'ws-submit' });
  const future = futureEditor(plan, { editable, changed: () => refreshValidation() });
  const panel = validationPanel({
    planId,
    openAim: (code) => {
      const item = treeRegion.querySelector<HTMLElement>(`[data-aim="${CSS.escape(code)}"]`);
      const aim = current.aims.find((candidate) => candidate.code === code);
      if (!item || !aim) return;
      item.scrollIntoView({ block: 'center' });
      if (editable) openAimEditor(item, aim, treeOptions);
      else item.querySelector<HTMLElement>('h3')?.focus();
    },
    openPlanField: (path) => {
      // NEED_UNANSWERED points into the situation analysis: its findings and needs list has it.
      if (!path.startsWith('plan.analysis')) return future.focus(path);
      navigate(href('/plans/:planId/analysis/:part', { planId, part: 'findings' }));
      return true;
    },
  });

  const drawSubmit = (result: ValidationResponse): void => {
    if (plan.status !== 'taslak') {
      replaceChildren(submitState);
      return;
    }
    const overview = h('a', { href: href('/plans/:planId', { planId }) }, t('workspace.submitLink'));
    replaceChildren(
      submitState,
      h(
        'p',
        { class: result.errors > 0 ? 'ws-blocked' : 'ws-ready', 'data-errors': result.errors },
        result.errors > 0
          ? t('workspace.submitBlocked', { count: formatNumber(result.errors) })
          : t('workspace.submitReady'),
        ' ',
        overview,
      ),
    );
  };

  // Each validation read shown counts up, so the first read, still on its way while the user
  // changes something, never replaces a newer answer.
  let validationShown = 0;
  let validationAsked = 0;
  const showValidation = (result: ValidationResponse, asked: number): void => {
    if (asked < validationShown) return;
    validationShown = asked;
    panel.update(result, current);
    drawSubmit(result);
  };

  const refreshValidation = async (): Promise<void> => {
    validationAsked += 1;
    const asked = validationAsked;
    const result = await getValidation(planId, context.signal);
    if (context.signal.aborted) return;
    showValidation(result, asked);
  };

  const drawTree = (focus?: string): void => {
    replaceChildren(treeRegion, strategyTree(current, treeOptions, focus));
    if (focus) treeRegion.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focus)}"]`)?.focus();
  };

  const treeOptions: TreeOptions = {
    planId,
    editable,
    units,
    previous: previousByCode,
    change: async (act: () => Promise<ChangeResult>) => {
      clearAnnouncement();
      treeRegion.querySelectorAll(':scope > .error-summary').forEach((element) => element.remove());
      const result = await act();
      validationAsked += 1;
      const asked = validationAsked;
      const [fresh, checked] = await Promise.all([
        result.tree ? Promise.resolve(result.tree) : getStrategy(planId, context.signal),
        getValidation(planId, context.signal),
      ]);
      if (context.signal.aborted) return;
      current = fresh;
      const renames = Object.entries(result.renamed ?? {});
      renamedNote.hidden = renames.length === 0;
      renamedNote.textContent =
        renames.length === 0
          ? ''
          : t('workspace.renamed', { list: renames.map(([from, to]) => `${from} → ${to}`).join(', ') });
      drawTree(result.focus);
      showValidation(checked, asked);
      announce(renames.length > 0 ? `${result.message} ${renamedNote.textContent}` : result.message);
    },
    fail: (error) => showError(treeRegion, error),
  };

  drawTree();

  replaceChildren(
    context.outlet,
    header(plan, mayEdit),
    submitState,
    previous?.previousPlan
      ? h(
          'p',
          { class: 'ws-copied muted' },
          t('workspace.copiedFrom', { title: previous.previousPlan.title }),
        )
      : null,
    h(
      'div',
      { class: 'ws-layout' },
      labelledSection(
        'ws-strategy',
        'strategy-heading',
        t('workspace.strategyHeading'),
        renamedNote,
        treeRegion,
      ),
      h('aside', { class: 'ws-side' }, panel.element),
    ),
    future.element,
  );
  // field=plan.mission (a link from elsewhere) opens that field of the future here.
  const field = context.query.get('field');
  if (field) future.focus(field);

  const validation = await validationRead;
  if (context.signal.aborted) return;
  showValidation(validation, 0);
}

function header(plan: PlanResponse, mayEdit: boolean): HTMLElement {
  const readOnly =
    plan.status !== 'taslak'
      ? h(
          'p',
          { class: 'ws-readonly', role: 'note' },
          t('workspace.readOnly', { status: planStatusLabel(plan) }),
          ' ',
          h('a', { href: href('/plans/:planId/versions', { planId: plan.id }) }, t('workspace.versionsLink')),
        )
      : !mayEdit
        ? h('p', { class: 'ws-readonly', role: 'note' }, t('workspace.readOnlyRole'))
        : null;
  return h(
    'header',
    { class: 'page-header' },
    h('p', { class: 'eyebrow' }, t('workspace.eyebrow')),
    h('h1', { tabindex: -1 }, plan.title),
    h(
      'p',
      { class: 'muted' },
      `${plan.institution.name} · ${plan.startYear}–${plan.endYear} · ${planStatusLabel(plan)}`,
    ),
    readOnly,
  );
}
