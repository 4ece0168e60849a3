import type {
  StrategyAimNode,
  StrategyTargetNode,
  StrategyTreeResponse,
} from '../../src/contracts/drafting.js';
import type { ValidationIssue, ValidationResponse } from '../../src/contracts/validation.js';
import { h, labelledSection, replaceChildren } from '../lib/dom.js';
import { formatNumber } from '../lib/format.js';
import { t } from '../lib/i18n.js';
import { href, navigate } from '../lib/router.js';

/**
 * The validation panel beside the drafting work (issue 12, 5): every rule the draft breaks
 * (GET …/validation, in the UI language), grouped by aim and target, errors and warnings told
 * apart with their counts. A problem of a target card opens the card editor at the field
 * (`field=<card-relative path>`); one of an aim or of the plan's future opens here, through the
 * screen's callbacks.
 */

/** Where an issue's path (`plan.aims[i].targets[j].indicators[k].weight`) points, in codes. */
export interface IssueLocation {
  level: 'plan' | 'aim' | 'target';
  aim: StrategyAimNode | null;
  target: StrategyTargetNode | null;
  /**
   * The field: card-relative for a target (`indicators[2].targets.2026`, `title`, '' for the card
   * as a whole), aim-relative for an aim (`title`), the plan document's path for the plan
   * (`plan.mission`, `institution.population`).
   */
  field: string;
}

const NODE_PATH = /^plan\.aims\[(\d+)\](?:\.targets\[(\d+)\])?(?:\.(.*))?$/;

/** Maps an issue's document path to the tree's aims and targets (pure; the panel's grouping). */
export function locateIssue(path: string, tree: StrategyTreeResponse): IssueLocation {
  const match = NODE_PATH.exec(path);
  const aim = match ? tree.aims[Number(match[1])] : undefined;
  if (!match || !aim) return { level: 'plan', aim: null, target: null, field: path };
  const rest = cardPath(match[3] ?? '');
  if (match[2] === undefined) return { level: 'aim', aim, target: null, field: rest };
  const target = aim.targets[Number(match[2])];
  if (!target) return { level: 'aim', aim, target: null, field: '' };
  return { level: 'target', aim, target, field: rest };
}

/** `indicators[2].targets["2026"]` → `indicators[2].targets.2026`, the card editor's paths. */
export function cardPath(path: string): string {
  return path.replace(/\["([^"\]]*)"\]/g, '.$1').replace(/^\./, '');
}

export interface ValidationGroup {
  /** null: the plan as a whole. */
  aim: StrategyAimNode | null;
  issues: Array<{ issue: ValidationIssue; location: IssueLocation }>;
  targets: Array<{
    target: StrategyTargetNode;
    issues: Array<{ issue: ValidationIssue; location: IssueLocation }>;
  }>;
}

/** The issues grouped as the panel lists them: the plan first, then aims and targets in tree order. */
export function groupIssues(
  issues: readonly ValidationIssue[],
  tree: StrategyTreeResponse,
): ValidationGroup[] {
  const plan: ValidationGroup = { aim: null, issues: [], targets: [] };
  const aims = new Map<StrategyAimNode, ValidationGroup>(
    tree.aims.map((aim) => [aim, { aim, issues: [], targets: [] }]),
  );
  // Errors before warnings within each group, the server's order otherwise.
  const ordered = [...issues].sort(
    (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'),
  );
  for (const issue of ordered) {
    const location = locateIssue(issue.path, tree);
    const group = location.aim ? aims.get(location.aim) : undefined;
    if (!group) {
      plan.issues.push({ issue, location });
      continue;
    }
    if (!location.target) {
      group.issues.push({ issue, location });
      continue;
    }
    let entry = group.targets.find((item) => item.target === location.target);
    if (!entry) {
      entry = { target: location.target, issues: [] };
      group.targets.push(entry);
    }
    entry.issues.push({ issue, location });
  }
  for (const group of aims.values()) {
    const order = group.aim?.targets ?? [];
    group.targets.sort((a, b) => order.indexOf(a.target) - order.indexOf(b.target));
  }
  return [plan, ...aims.values()].filter((group) => group.issues.length > 0 || group.targets.length > 0);
}

export interface ValidationPanelOptions {
  planId: string;
  /** A problem of an aim (its title): the screen opens it in place. */
  openAim(aimCode: string, field: string): void;
  /** A problem of the plan (mission, vision, values…): the screen opens it when it can; false: no field here. */
  openPlanField(path: string): boolean;
}

export interface ValidationPanel {
  element: HTMLElement;
  update(validation: ValidationResponse, tree: StrategyTreeResponse): void;
}

export function validationPanel(options: ValidationPanelOptions): ValidationPanel {
  // Until the first answer (the screen draws the tree before the validation comes).
  const counts = h('p', { class: 'validation-counts', 'aria-live': 'polite' }, t('common.loading'));
  const list = h('div', { class: 'validation-groups' });
  const element = labelledSection(
    'card validation-panel',
    'validation-heading',
    t('workspace.panelHeading'),
    counts,
    list,
  );
  const issueItem = ({
    issue,
    location,
  }: {
    issue: ValidationIssue;
    location: IssueLocation;
  }): HTMLElement => {
    const severity = h(
      'span',
      { class: `issue-severity issue-${issue.severity}` },
      t(issue.severity === 'error' ? 'workspace.error' : 'workspace.warning'),
    );
    let body: HTMLElement;
    if (location.level === 'target' && location.target) {
      body = h(
        'a',
        {
          href: href(
            '/plans/:planId/targets/:code/edit',
            { planId: options.planId, code: location.target.code },
            { field: location.field || null },
          ),
        },
        issue.message,
      );
    } else if (location.level === 'aim' && location.aim) {
      const aim = location.aim;
      body = h(
        'button',
        { type: 'button', class: 'link-button', onclick: () => options.openAim(aim.code, location.field) },
        issue.message,
      );
    } else {
      body = h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          onclick: () => {
            // A field the workspace does not hold (the council dates, costing): the overview has it.
            if (!options.openPlanField(location.field))
              navigate(href('/plans/:planId', { planId: options.planId }));
          },
        },
        issue.message,
      );
    }
    return h(
      'li',
      { class: `issue issue-${issue.severity}`, 'data-code': issue.code, 'data-path': issue.path },
      severity,
      ' ',
      body,
    );
  };
  return {
    element,
    update(validation, tree) {
      counts.textContent = t('workspace.panelCounts', {
        errors: formatNumber(validation.errors),
        warnings: formatNumber(validation.warnings),
      });
      counts.dataset.errors = String(validation.errors);
      counts.dataset.warnings = String(validation.warnings);
      const groups = groupIssues(validation.issues, tree);
      replaceChildren(
        list,
        groups.length === 0
          ? h('p', { class: 'muted' }, t('workspace.panelClean'))
          : groups.map((group) =>
              h(
                'section',
                { class: 'validation-group', 'data-aim': group.aim?.code ?? null },
                h(
                  'h3',
                  {},
                  group.aim
                    ? t('workspace.group', { code: group.aim.code, title: group.aim.title })
                    : t('workspace.planLevel'),
                ),
                group.issues.length > 0 ? h('ul', { class: 'issues' }, group.issues.map(issueItem)) : null,
                group.targets.map((entry) =>
                  h(
                    'section',
                    { class: 'validation-target', 'data-target': entry.target.code },
                    h('h4', {}, t('workspace.group', { code: entry.target.code, title: entry.target.title })),
                    h('ul', { class: 'issues' }, entry.issues.map(issueItem)),
                  ),
                ),
              ),
            ),
      );
    },
  };
}
