import type { PlanDocument } from '../../../src/contracts/plan-document.js';
import type { PlanVersionResponse, VersionDiffLine } from '../../../src/contracts/plan-versions.js';
import type { PlanResponse } from '../../../src/contracts/resources.js';
import { getPlan, getPlanDocument } from '../../api/plans.js';
import { approveVersion, getVersionDiff, listVersions, rejectVersion } from '../../api/versions.js';
import { inputField } from '../../components/input-field.js';
import { tableHead, tableRegion } from '../../components/table-region.js';
import { announce } from '../../lib/announce.js';
import { h, labelledSection, replaceChildren, uid } from '../../lib/dom.js';
import { clearErrors, requireFields, showError } from '../../lib/errors.js';
import { formatDate, formatDateTime, formatNumber, todayIso } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href, refresh, type RouteContext } from '../../lib/router.js';
import { currentUser, hasRole } from '../../lib/session.js';
import { ApiError } from '../../api/http.js';
import type { MessageKey } from '../../messages/index.js';
import { personNames, versionStatus } from './shared.js';
import './versions.css';
import { pageHeader, planEyebrow } from '../../components/page-header.js';

/**
 * #/plans/:planId/versions/:number — what a version changes against the one before it, side by
 * side (before / after), grouped by target: yearly targets, weights, added indicators and target
 * card fields. An administrator approves ("Onayla", with the date it comes into force) or rejects
 * ("Reddet", with the reason) a proposed version; the proposer cannot approve their own (the
 * server's SELF_APPROVAL, four-eyes), and is told so.
 */
export async function render(context: RouteContext): Promise<void> {
  const { planId } = context.params;
  const number = Number(context.params.number);
  const [plan, versions, lines, document] = await Promise.all([
    getPlan(planId, context.signal),
    listVersions(planId, context.signal),
    Number.isInteger(number) ? getVersionDiff(planId, number, context.signal) : Promise.resolve([]),
    getPlanDocument(planId, context.signal),
  ]);
  if (context.signal.aborted) return;
  const version = versions.find((candidate) => candidate.number === number);
  const back = h(
    'p',
    {},
    h('a', { href: href('/plans/:planId/versions', { planId }) }, t('versions.backToList')),
  );
  if (!version) {
    context.setTitle(t('versions.notFound', { number: context.params.number }));
    replaceChildren(
      context.outlet,
      h('h1', { tabindex: -1 }, t('versions.notFound', { number: context.params.number })),
      back,
    );
    return;
  }
  const name = await personNames(plan, context.signal);
  if (context.signal.aborted) return;
  const title = t('versions.diffTitle', { number: version.number });
  context.setTitle(`${title} — ${plan.title}`);
  const facts = (term: string, value: string) => [h('dt', {}, term), h('dd', {}, value)];
  replaceChildren(
    context.outlet,
    pageHeader(planEyebrow(plan), title, back),
    labelledSection(
      'card version-facts',
      'version-facts-heading',
      t('versions.facts'),
      h(
        'dl',
        { class: 'identity-list' },
        facts(t('versions.statusHeading'), versionStatus(version, versions)),
        facts(t('versions.effectiveYear'), String(version.effectiveYear)),
        facts(t('versions.reason'), version.reason),
        version.createdAt
          ? facts(
              t('versions.proposed'),
              `${name(version.proposedBy)} · ${formatDateTime(version.createdAt)}`,
            )
          : null,
        version.decidedAt
          ? facts(t('versions.decided'), `${name(version.decidedBy)} · ${formatDateTime(version.decidedAt)}`)
          : null,
        version.effectiveDate ? facts(t('versions.effectiveDate'), formatDate(version.effectiveDate)) : null,
        version.rejectionReason ? facts(t('versions.rejectionReason'), version.rejectionReason) : null,
      ),
    ),
    decision(plan, version),
    changesSection(version, lines, document),
  );
}

/** The administrator's decision on a proposed version; a note for everyone else. */
function decision(plan: PlanResponse, version: PlanVersionResponse): HTMLElement | null {
  if (version.status !== 'proposed') return null;
  const isAdmin = hasRole(plan.institution.id, 'admin');
  const own = version.proposedBy !== null && version.proposedBy === currentUser()?.id;
  const section = labelledSection(
    'card version-decision',
    'version-decision-heading',
    t('versions.decisionHeading'),
  );
  if (!isAdmin) {
    section.append(h('p', { class: 'muted' }, t('versions.awaitingAdmin')));
    return section;
  }
  if (own) section.append(h('p', { class: 'muted version-own' }, t('versions.ownProposal')));
  section.append(approveForm(plan, version), rejectForm(plan, version));
  return section;
}

function approveForm(plan: PlanResponse, version: PlanVersionResponse): HTMLFormElement {
  const submit = h('button', { type: 'submit', class: 'primary' }, t('versions.approve'));
  const form = h(
    'form',
    { class: 'version-approve', novalidate: true },
    h('h3', {}, t('versions.approveHeading')),
    inputField('date', t('versions.approveDate'), { type: 'date', value: todayIso() }),
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const date = (form.elements.namedItem('date') as HTMLInputElement).value;
    submit.disabled = true;
    approveVersion(plan.id, version.number, date ? { date } : {})
      .then(async () => {
        announce(t('versions.approved'));
        await refresh();
      })
      .catch((error: unknown) => {
        showError(form, error);
        // Four-eyes: the server says whose proposal it is; one more line says what to do.
        if (error instanceof ApiError && error.code === 'SELF_APPROVAL')
          form
            .querySelector('.error-summary')
            ?.append(h('p', { class: 'four-eyes' }, t('versions.fourEyes')));
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}

function rejectForm(plan: PlanResponse, version: PlanVersionResponse): HTMLFormElement {
  const id = uid('reason');
  const submit = h('button', { type: 'submit' }, t('versions.reject'));
  const form = h(
    'form',
    { class: 'version-reject', novalidate: true },
    h('h3', {}, t('versions.rejectHeading')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, t('versions.rejectReason')),
      h('textarea', { id, name: 'reason', rows: 3, maxlength: 2000 }),
    ),
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    const reason = (form.elements.namedItem('reason') as HTMLTextAreaElement).value.trim();
    if (
      !requireFields(form, t('versions.missing'), [
        { path: 'reason', value: reason, message: t('versions.rejectReasonRequired') },
      ])
    )
      return;
    submit.disabled = true;
    rejectVersion(plan.id, version.number, { reason })
      .then(async () => {
        announce(t('versions.rejected'));
        await refresh();
      })
      .catch((error: unknown) => showError(form, error))
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}

/** One row of the side-by-side table: what, before, after. */
interface DiffRow {
  what: string;
  before: Node | string;
  after: Node | string;
  kind: VersionDiffLine['kind'];
}

/** The target an indicator belongs to, by the plan document (an added one names it). */
function targetsOf(document: PlanDocument): Map<string, { code: string; title: string }> {
  const map = new Map<string, { code: string; title: string }>();
  for (const aim of document.plan.aims)
    for (const target of aim.targets)
      for (const indicator of target.indicators)
        map.set(indicator.code, { code: target.code, title: target.title });
  return map;
}

function list(items: readonly string[]): Node | string {
  return items.length === 0
    ? t('versions.emptyList')
    : h(
        'ul',
        { class: 'diff-list' },
        items.map((item) => h('li', {}, item)),
      );
}

function toRow(line: VersionDiffLine): DiffRow {
  const dash = '—';
  switch (line.kind) {
    case 'target':
      return {
        kind: line.kind,
        what: t('versions.rowTarget', {
          indicator: `${line.indicator}${line.name ? ` ${line.name}` : ''}`,
          year: line.year,
        }),
        before: line.old === null ? dash : formatNumber(line.old),
        after: formatNumber(line.new),
      };
    case 'weight':
      return {
        kind: line.kind,
        what: t('versions.rowWeight', { indicator: `${line.indicator}${line.name ? ` ${line.name}` : ''}` }),
        before: formatNumber(line.old),
        after: formatNumber(line.new),
      };
    case 'indicator':
      return {
        kind: line.kind,
        what: t('versions.rowAdded', { indicator: `${line.indicator} ${line.name}` }),
        before: dash,
        after: h(
          'span',
          {},
          t('versions.addedFacts', {
            weight: formatNumber(line.weight),
            baseline: formatNumber(line.baseline),
          }),
          h(
            'span',
            { class: 'cell-note' },
            Object.entries(line.targets)
              .map(([year, value]) => `${year}: ${formatNumber(value)}`)
              .join(' · '),
          ),
        ),
      };
    case 'card':
      if (line.field === 'costEstimate')
        return {
          kind: line.kind,
          what: t('versions.rowCost', { year: line.year }),
          before: line.old === null ? dash : formatNumber(line.old),
          after: formatNumber(line.new),
        };
      return {
        kind: line.kind,
        what: t(`card.${line.field}` as MessageKey),
        before: list(line.old),
        after: list(line.new),
      };
  }
}

function changesSection(
  version: PlanVersionResponse,
  lines: VersionDiffLine[],
  document: PlanDocument,
): HTMLElement {
  const section = labelledSection('version-changes', 'version-changes-heading', t('versions.changesHeading'));
  if (version.number === 1) {
    section.append(h('p', { class: 'muted' }, t('versions.firstVersion')));
    return section;
  }
  if (lines.length === 0) {
    section.append(h('p', { class: 'muted' }, t('versions.noChanges')));
    return section;
  }
  const targets = targetsOf(document);
  const titles = new Map(
    document.plan.aims.flatMap((aim) => aim.targets).map((target) => [target.code, target.title]),
  );
  const groups = new Map<string, DiffRow[]>();
  for (const line of lines) {
    const target = line.kind === 'target' ? (targets.get(line.indicator)?.code ?? '') : line.target;
    const rows = groups.get(target) ?? [];
    rows.push(toRow(line));
    groups.set(target, rows);
  }
  const order = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'tr', { numeric: true }));
  for (const code of order) {
    const heading = code ? `${code} ${titles.get(code) ?? ''}`.trim() : t('versions.otherChanges');
    const headingId = uid('diff-target');
    section.append(
      h(
        'section',
        { class: 'card diff-target', 'data-target': code, 'aria-labelledby': headingId },
        h('h3', { id: headingId }, heading),
        tableRegion(
          heading,
          h(
            'table',
            { class: 'diff-table' },
            h('caption', { class: 'visually-hidden' }, t('versions.diffCaption', { target: heading })),
            tableHead(t('versions.before'), t('versions.after')),
            // One row group per change: what changes across the table, then before and after side by side.
            (groups.get(code) ?? []).map((row) =>
              h(
                'tbody',
                { 'data-kind': row.kind },
                h('tr', {}, h('th', { scope: 'rowgroup', colspan: 2, class: 'diff-what' }, row.what)),
                h(
                  'tr',
                  {},
                  h('td', { class: 'diff-before' }, row.before),
                  h('td', { class: 'diff-after' }, row.after),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }
  return section;
}
