import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ANALYSIS_PARTS,
  DEFAULT_STAKEHOLDER_THRESHOLD,
  nextItemCode,
  PART_FIELDS,
  type AnalysisItemResponse,
  type AnalysisLinkResponse,
  type AnalysisPart,
  type AnalysisResponse,
  type AnalysisRowResponse,
  type PreviousPlanEvaluationResponse,
  type PreviousPlanSource,
  type StoredFields,
} from '../../contracts/analysis.js';
import type { ErrorDetail } from '../../contracts/errors.js';
import type { Lang } from '../../contracts/validation.js';
import { BadRequestError, ConflictError, NotFoundError } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { errorMessage, type MessageParams } from '../../common/messages/index.js';
import { AppValidationPipe } from '../../common/validation.js';
import { assertFreshVersion } from '../../common/versions.js';
import { istanbulDate } from '../../common/clock.js';
import { setActor } from '../../database/actor.js';
import { placeAt, removeFromList, type ListScope } from '../../database/ordered-rows.js';
import { assertContentEditable, assertRoom } from '../plans/plan-guards.js';
import { getPlanOr404, lockOpenPlan } from '../plans/plan-storage.repository.js';
import { Plan } from '../plans/plan.entity.js';
import { Target } from '../plans/target.entity.js';
import { ProgressService } from '../progress/progress.service.js';
import { AnalysisItem } from './analysis-item.entity.js';
import { AnalysisLink } from './analysis-link.entity.js';
import { AnalysisRow } from './analysis-row.entity.js';
import { toItemResponse, toRowResponse } from './analysis.mapper.js';
import { previousPlanEvaluation, previousPlanYear } from './previous-plan.js';
import {
  ROW_DTOS,
  type CreateAnalysisItemDto,
  type CreateAnalysisLinkDto,
  type PreviousReasonsDto,
  type UpdateAnalysisItemDto,
} from './dto/analysis.dto.js';

/** A body checked as its part's DTO: the part's fields, and where the row goes. */
interface CheckedRow {
  fields: StoredFields;
  position?: number;
  version?: number;
}

/**
 * A plan's situation analysis (planning-cycle.md 2): the rows of its parts, the findings and
 * needs, and the targets that answer them. Every write runs in one transaction with the plan row
 * locked (positions and codes hold under concurrent writes) and is audited by the tables'
 * triggers. A draft is edited freely; a plan with the council or in force answers 409
 * CONTENT_VIA_UPDATE and a closed one 409 PLAN_CLOSED, as every other content edit does.
 */
@Injectable()
export class AnalysisService {
  private readonly pipe = new AppValidationPipe();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
  ) {}

  async get(planId: string, lang: Lang): Promise<AnalysisResponse> {
    const manager = this.dataSource.manager;
    const plan = await getPlanOr404(manager, planId);
    const threshold = thresholdOf(plan);
    const rows = await this.rows(manager, planId);
    const parts = ANALYSIS_PARTS.map((part) => ({
      part,
      rows: rows.filter((row) => row.part === part).map((row) => toRowResponse(row, threshold, lang)),
    }));
    return {
      planId,
      stakeholderThreshold: threshold,
      parts,
      findings: await this.itemResponses(manager, planId),
    };
  }

  // The rows of the parts

  async listRows(planId: string, partName: string, lang: Lang): Promise<AnalysisRowResponse[]> {
    const part = partOf(partName);
    const manager = this.dataSource.manager;
    const plan = await getPlanOr404(manager, planId);
    const rows = await this.rows(manager, planId, part);
    return rows.map((row) => toRowResponse(row, thresholdOf(plan), lang));
  }

  async addRow(planId: string, partName: string, body: unknown, lang: Lang): Promise<AnalysisRowResponse> {
    const part = partOf(partName);
    const checked = await this.checkRow(part, body);
    return this.write(
      planId,
      lang,
      { action: 'create', path: part, subject: part },
      async (manager, plan) => {
        const rows = await this.rows(manager, planId, part);
        assertRoom('analysisRowsPerPart', rows.length, 'part', lang);
        await this.assertPreviousTarget(manager, plan, checked.fields, null, null, lang);
        const inserted = await manager.insert(AnalysisRow, {
          institutionId: plan.institutionId,
          planId,
          part,
          position: rows.length + 1,
          fields: checked.fields,
        });
        const id = String(inserted.identifiers[0].id);
        const scope = { planId, part };
        await placeAt(
          manager,
          'analysis_rows',
          scope,
          [...rows.map((row) => row.id), id],
          id,
          checked.position,
        );
        return toRowResponse(await this.findRow(manager, planId, part, id), thresholdOf(plan), lang);
      },
    );
  }

  async updateRow(
    planId: string,
    partName: string,
    rowId: string,
    body: unknown,
    lang: Lang,
  ): Promise<AnalysisRowResponse> {
    const part = partOf(partName);
    const subject = { action: 'change' as const, path: part, subject: `${part} ${rowId}` };
    return this.write(planId, lang, subject, async (manager, plan) => {
      const rows = await this.rows(manager, planId, part);
      const row = findRow(rows, rowId);
      // The row as it would be, checked whole: a field sent as null is cleared.
      const checked = await this.checkRow(part, mergedFields(row.fields, body), body);
      await assertFreshVersion(
        { what: 'analysis-row', name: `${part} ${row.position}` },
        row.version,
        checked.version,
        () => Promise.resolve(toRowResponse(row, thresholdOf(plan), lang)),
      );
      await this.assertPreviousTarget(manager, plan, checked.fields, row.fields, row.id, lang);
      const scope: ListScope = { planId, part };
      if (checked.position !== undefined && checked.position !== row.position)
        await placeAt(
          manager,
          'analysis_rows',
          scope,
          rows.map((item) => item.id),
          row.id,
          checked.position,
        );
      if (JSON.stringify(sortedKeys(checked.fields)) !== JSON.stringify(sortedKeys(row.fields)))
        await manager.update(AnalysisRow, { id: row.id }, { fields: checked.fields });
      return toRowResponse(await this.findRow(manager, planId, part, row.id), thresholdOf(plan), lang);
    });
  }

  /** The findings and needs drawn from the row keep their part and lose the row (ON DELETE SET NULL). */
  async deleteRow(planId: string, partName: string, rowId: string, lang: Lang): Promise<void> {
    const part = partOf(partName);
    await this.write(
      planId,
      lang,
      { action: 'delete', path: part, subject: `${part} ${rowId}` },
      async (manager) => {
        const rows = await this.rows(manager, planId, part);
        await removeFromList(manager, 'analysis_rows', { planId, part }, rows, findRow(rows, rowId));
      },
    );
  }

  // Findings and needs (part J)

  async listItems(planId: string): Promise<AnalysisItemResponse[]> {
    await getPlanOr404(this.dataSource.manager, planId);
    return this.itemResponses(this.dataSource.manager, planId);
  }

  async addItem(planId: string, dto: CreateAnalysisItemDto, lang: Lang): Promise<AnalysisItemResponse> {
    const subject = { action: 'create' as const, path: 'code', subject: dto.code ?? dto.kind };
    return this.write(planId, lang, subject, async (manager, plan) => {
      const items = await this.items(manager, planId);
      assertRoom('analysisItems', items.length, 'code', lang);
      const code =
        dto.code ??
        nextItemCode(
          dto.kind,
          items.map((item) => item.code),
        );
      assertCodeFree(items, code, null);
      const origin = await this.origin(manager, planId, dto.origin);
      const inserted = await manager.insert(AnalysisItem, {
        institutionId: plan.institutionId,
        planId,
        kind: dto.kind,
        code,
        text: dto.text,
        ...origin,
        position: items.length + 1,
      });
      const id = String(inserted.identifiers[0].id);
      await placeAt(
        manager,
        'analysis_items',
        { planId },
        [...items.map((item) => item.id), id],
        id,
        dto.position,
      );
      return this.itemResponse(manager, planId, id);
    });
  }

  async updateItem(
    planId: string,
    itemRef: string,
    dto: UpdateAnalysisItemDto,
    lang: Lang,
  ): Promise<AnalysisItemResponse> {
    const subject = { action: 'change' as const, path: 'code', subject: itemRef };
    return this.write(planId, lang, subject, async (manager) => {
      const items = await this.items(manager, planId);
      const item = findItem(items, itemRef);
      await assertFreshVersion({ what: 'analysis-item', name: item.code }, item.version, dto.version, () =>
        this.itemResponse(manager, planId, item.id),
      );
      const changes: Partial<Pick<AnalysisItem, 'kind' | 'code' | 'text' | 'originPart' | 'originRowId'>> =
        {};
      if (dto.kind !== undefined && dto.kind !== item.kind) changes.kind = dto.kind;
      if (dto.code !== undefined && dto.code !== item.code) {
        assertCodeFree(items, dto.code, item.id);
        changes.code = dto.code;
      }
      if (dto.text !== undefined && dto.text !== item.text) changes.text = dto.text;
      if (dto.origin !== undefined) Object.assign(changes, await this.origin(manager, planId, dto.origin));
      if (dto.position !== undefined && dto.position !== item.position)
        await placeAt(
          manager,
          'analysis_items',
          { planId },
          items.map((row) => row.id),
          item.id,
          dto.position,
        );
      if (Object.keys(changes).length > 0) await manager.update(AnalysisItem, { id: item.id }, changes);
      return this.itemResponse(manager, planId, item.id);
    });
  }

  /** Its links to targets go with it (ON DELETE CASCADE). */
  async deleteItem(planId: string, itemRef: string, lang: Lang): Promise<void> {
    await this.write(planId, lang, { action: 'delete', path: 'code', subject: itemRef }, async (manager) => {
      const items = await this.items(manager, planId);
      await removeFromList(manager, 'analysis_items', { planId }, items, findItem(items, itemRef));
    });
  }

  // Links: which targets answer which findings and needs

  async listLinks(planId: string): Promise<AnalysisLinkResponse[]> {
    await getPlanOr404(this.dataSource.manager, planId);
    return this.links(this.dataSource.manager, planId);
  }

  async addLink(planId: string, dto: CreateAnalysisLinkDto, lang: Lang): Promise<AnalysisLinkResponse> {
    const subject = { action: 'create' as const, path: 'target', subject: `${dto.target} ${dto.code}` };
    return this.write(planId, lang, subject, async (manager, plan) => {
      const { item, target } = await this.linkEnds(manager, planId, dto.code, dto.target);
      const existing = await manager.findOneBy(AnalysisLink, { itemId: item.id, targetId: target.id });
      if (existing) {
        const constraint = 'analysis_links_item_id_target_id_key';
        throw new ConflictError('DUPLICATE', { constraint }, [
          { path: 'target', code: 'DUPLICATE', message: errorMessage('DUPLICATE', { constraint }) },
        ]);
      }
      assertRoom('analysisLinks', await manager.countBy(AnalysisLink, { planId }), 'target', lang);
      await manager.insert(AnalysisLink, {
        institutionId: plan.institutionId,
        planId,
        itemId: item.id,
        targetId: target.id,
      });
      return { code: item.code, target: target.code };
    });
  }

  async deleteLink(planId: string, code: string, targetRef: string, lang: Lang): Promise<void> {
    const subject = { action: 'delete' as const, path: 'target', subject: `${targetRef} ${code}` };
    await this.write(planId, lang, subject, async (manager) => {
      const items = await this.items(manager, planId);
      const item = items.find((row) => row.code === code);
      const target = item ? await this.targetOf(manager, planId, targetRef) : null;
      const link =
        item && target
          ? await manager.findOneBy(AnalysisLink, { itemId: item.id, targetId: target.id })
          : null;
      if (!link) throw new NotFoundError('ANALYSIS_LINK_NOT_FOUND', { code, target: targetRef });
      await manager.delete(AnalysisLink, { id: link.id });
    });
  }

  // Part B: the previous plan's final realisation and the reasons per target

  /**
   * The previous plan (the plan this one was copied from, else the institution's plan ending the
   * year before this one starts) with its targets and indicators as GET progress answers for its
   * last ended year-end on approved values, and the reasons the team wrote.
   */
  async previousPlan(planId: string, lang: Lang): Promise<PreviousPlanEvaluationResponse> {
    const manager = this.dataSource.manager;
    const plan = await getPlanOr404(manager, planId);
    const previous = await this.findPreviousPlan(manager, plan);
    const reasons = await this.rows(manager, planId, 'evaluation');
    if (!previous)
      return previousPlanEvaluation({
        planId,
        previousPlan: null,
        final: false,
        progress: null,
        outline: [],
        reasons,
        lang,
      });
    const { year, final } = previousPlanYear(previous.plan, istanbulDate());
    const progress =
      year === null ? null : await this.progress.getProgress(previous.plan.id, String(year), lang);
    return previousPlanEvaluation({
      planId,
      previousPlan: {
        id: previous.plan.id,
        title: previous.plan.title,
        startYear: previous.plan.startYear,
        endYear: previous.plan.endYear,
        source: previous.source,
      },
      final,
      progress,
      outline: progress ? [] : await this.previousTargets(manager, previous.plan.id),
      reasons,
      lang,
    });
  }

  /**
   * The reasons for targets of the previous plan, all or none: each an evaluation row (part B)
   * naming the target, written, changed or (reason null) removed; audited as other analysis rows.
   * A target the previous plan lacks: 400 PREVIOUS_PLAN_TARGET at `reasons[i].target`.
   */
  async saveReasons(
    planId: string,
    dto: PreviousReasonsDto,
    lang: Lang,
  ): Promise<PreviousPlanEvaluationResponse> {
    const subject = { action: 'change' as const, path: 'evaluation', subject: 'previous-plan reasons' };
    await this.write(planId, lang, subject, async (manager, plan) => {
      const known = await this.previousTargetCodes(manager, plan);
      const problems = dto.reasons.flatMap((reason, index): ErrorDetail[] =>
        known.codes.has(reason.target)
          ? []
          : [previousTargetDetail(`reasons[${index}].target`, reason.target, known.title, lang)],
      );
      if (problems.length > 0)
        throw new BadRequestError(
          'PREVIOUS_PLAN_TARGET',
          previousTargetParams(dto.reasons[0]?.target, known.title),
          problems,
        );
      for (const reason of dto.reasons) {
        const rows = await this.rows(manager, planId, 'evaluation');
        const row = rows.find((item) => item.fields.previousTarget === reason.target);
        if (row)
          await assertFreshVersion(
            { what: 'analysis-row', name: `evaluation ${reason.target}` },
            row.version,
            reason.version,
            () => Promise.resolve(toRowResponse(row, thresholdOf(plan), lang)),
          );
        if (reason.reason === null) {
          if (row) await removeFromList(manager, 'analysis_rows', { planId, part: 'evaluation' }, rows, row);
          continue;
        }
        const fields: StoredFields = { text: reason.reason, previousTarget: reason.target };
        if (row) {
          if (row.fields.text !== reason.reason)
            await manager.update(AnalysisRow, { id: row.id }, { fields });
          continue;
        }
        assertRoom('analysisRowsPerPart', rows.length, 'part', lang);
        await manager.insert(AnalysisRow, {
          institutionId: plan.institutionId,
          planId,
          part: 'evaluation',
          position: rows.length + 1,
          fields,
        });
      }
    });
    return this.previousPlan(planId, lang);
  }

  /** The previous plan: the copy's source when recorded, else the plan ending the year before. */
  private async findPreviousPlan(
    manager: EntityManager,
    plan: Plan,
  ): Promise<{ plan: Plan; source: PreviousPlanSource } | null> {
    if (plan.previousPlanId !== null) {
      const copied = await manager.findOneBy(Plan, {
        id: plan.previousPlanId,
        institutionId: plan.institutionId,
      });
      if (copied) return { plan: copied, source: 'copy' };
    }
    const candidates = await manager.findBy(Plan, {
      institutionId: plan.institutionId,
      endYear: plan.startYear - 1,
    });
    // A plan that went through the council before a draft; the newest of equals.
    const rank = (candidate: Plan): number => (candidate.status === 'taslak' ? 1 : 0);
    const found = candidates
      .filter((candidate) => candidate.id !== plan.id)
      .sort((a, b) => rank(a) - rank(b) || b.createdAt.getTime() - a.createdAt.getTime())[0];
    return found ? { plan: found, source: 'period' } : null;
  }

  /** The previous plan's targets in plan order, with their aim's code. */
  private previousTargets(
    manager: EntityManager,
    previousPlanId: string,
  ): Promise<Array<{ aimCode: string; code: string; title: string }>> {
    return manager.query(
      `SELECT a.code AS "aimCode", t.code, t.title
         FROM targets t JOIN aims a ON a.id = t.aim_id
        WHERE t.plan_id = $1
        ORDER BY a.position, t.position`,
      [previousPlanId],
    );
  }

  /** The target codes a reason may name, and the previous plan's title (undefined: none). */
  private async previousTargetCodes(
    manager: EntityManager,
    plan: Plan,
  ): Promise<{ codes: Set<string>; title: string | undefined }> {
    const previous = await this.findPreviousPlan(manager, plan);
    if (!previous) return { codes: new Set(), title: undefined };
    const targets = await this.previousTargets(manager, previous.plan.id);
    return { codes: new Set(targets.map((target) => target.code)), title: previous.plan.title };
  }

  /** A row of part B naming a target (new or changed): of the previous plan, and once only. */
  private async assertPreviousTarget(
    manager: EntityManager,
    plan: Plan,
    fields: StoredFields,
    stored: StoredFields | null,
    selfId: string | null,
    lang: Lang,
  ): Promise<void> {
    const target = fields.previousTarget;
    if (typeof target !== 'string' || target === stored?.previousTarget) return;
    const known = await this.previousTargetCodes(manager, plan);
    if (!known.codes.has(target))
      throw new BadRequestError('PREVIOUS_PLAN_TARGET', previousTargetParams(target, known.title), [
        previousTargetDetail('previousTarget', target, known.title, lang),
      ]);
    const rows = await this.rows(manager, plan.id, 'evaluation');
    if (rows.some((row) => row.id !== selfId && row.fields.previousTarget === target)) {
      const constraint = 'analysis_rows_previous_target';
      throw new ConflictError('DUPLICATE', { constraint }, [
        { path: 'previousTarget', code: 'DUPLICATE', message: errorMessage('DUPLICATE', { constraint }) },
      ]);
    }
  }

  // Reading and checking

  /**
   * One write: a transaction with the actor set and the plan row locked; a closed plan is 409
   * PLAN_CLOSED, one with the council or in force 409 CONTENT_VIA_UPDATE (plan-guards.ts).
   */
  private async write<R>(
    planId: string,
    lang: Lang,
    change: { action: 'create' | 'change' | 'delete'; path: string; subject: string },
    write: (manager: EntityManager, plan: Plan) => Promise<R>,
  ): Promise<R> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      const plan = await lockOpenPlan(manager, planId);
      assertContentEditable(plan, [{ kind: 'content', ...change }], lang);
      return write(manager, plan);
    });
  }

  /**
   * The body checked as the part's DTO (400 VALIDATION_FAILED with every problem at its field):
   * the part's fields in its key order, and the placement. `sent`: the PATCH body as sent, whose
   * version and position count (the merged row carries none of its own).
   */
  private async checkRow(part: AnalysisPart, body: unknown, sent: unknown = body): Promise<CheckedRow> {
    const metatype = ROW_DTOS[part];
    if (!isRecord(sent)) await this.pipe.transform(sent, { type: 'body', metatype });
    const checked: unknown = await this.pipe.transform(body, { type: 'body', metatype });
    if (!isRecord(checked)) return { fields: {} };
    const fields: StoredFields = {};
    for (const key of PART_FIELDS[part].map(String)) {
      const value = checked[key];
      if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
      else if (Array.isArray(value))
        fields[key] = value.filter((item): item is string => typeof item === 'string');
    }
    const number = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
    return { fields, position: number(checked.position), version: number(checked.version) };
  }

  /** The origin of a finding or need: a part, and a row of that part of this plan. */
  private async origin(
    manager: EntityManager,
    planId: string,
    origin: CreateAnalysisItemDto['origin'],
  ): Promise<Pick<AnalysisItem, 'originPart' | 'originRowId'>> {
    if (origin === undefined || origin === null) return { originPart: null, originRowId: null };
    const rowId = origin.rowId ?? null;
    if (rowId !== null) {
      const row = await manager.findOneBy(AnalysisRow, { id: rowId, planId, part: origin.part });
      if (!row) throw linkRefusal('origin.rowId', { id: rowId });
    }
    return { originPart: origin.part, originRowId: rowId };
  }

  /** Both ends of a link, of this plan: else 400 ANALYSIS_LINK at the field that names a stranger. */
  private async linkEnds(
    manager: EntityManager,
    planId: string,
    code: string,
    targetRef: string,
  ): Promise<{ item: AnalysisItem; target: Target }> {
    const item = await manager.findOneBy(AnalysisItem, { planId, code });
    const target = await this.targetOf(manager, planId, targetRef);
    const problems: ErrorDetail[] = [];
    if (!item) problems.push(linkDetail('code', { code }));
    if (!target) problems.push(linkDetail('target', { code: targetRef }));
    if (!item || !target) throw new BadRequestError('ANALYSIS_LINK', {}, problems);
    return { item, target };
  }

  /** A target of this plan by its code or its id; null for another plan's target. */
  private targetOf(manager: EntityManager, planId: string, ref: string): Promise<Target | null> {
    return manager.findOneBy(Target, isUuid(ref) ? { id: ref, planId } : { code: ref, planId });
  }

  private rows(manager: EntityManager, planId: string, part?: AnalysisPart): Promise<AnalysisRow[]> {
    return manager.find(AnalysisRow, {
      where: part === undefined ? { planId } : { planId, part },
      order: { part: 'ASC', position: 'ASC' },
    });
  }

  private async findRow(
    manager: EntityManager,
    planId: string,
    part: AnalysisPart,
    id: string,
  ): Promise<AnalysisRow> {
    return findRow(await this.rows(manager, planId, part), id);
  }

  private items(manager: EntityManager, planId: string): Promise<AnalysisItem[]> {
    return manager.find(AnalysisItem, { where: { planId }, order: { position: 'ASC' } });
  }

  /** Every link of the plan as codes, in the items' order, then the targets' plan order. */
  private links(manager: EntityManager, planId: string): Promise<AnalysisLinkResponse[]> {
    return manager.query<AnalysisLinkResponse[]>(
      `SELECT i.code, t.code AS target
         FROM analysis_links l
         JOIN analysis_items i ON i.id = l.item_id
         JOIN targets t ON t.id = l.target_id
        WHERE l.plan_id = $1
        ORDER BY i.position, t.position`,
      [planId],
    );
  }

  private async itemResponses(manager: EntityManager, planId: string): Promise<AnalysisItemResponse[]> {
    const links = await this.links(manager, planId);
    return (await this.items(manager, planId)).map((item) =>
      toItemResponse(
        item,
        links.filter((link) => link.code === item.code).map((link) => link.target),
      ),
    );
  }

  private async itemResponse(
    manager: EntityManager,
    planId: string,
    id: string,
  ): Promise<AnalysisItemResponse> {
    const found = (await this.itemResponses(manager, planId)).find((item) => item.id === id);
    if (!found) throw new NotFoundError('ANALYSIS_ITEM_NOT_FOUND', { id });
    return found;
  }
}

/** The part named in the path, or 400 ANALYSIS_UNKNOWN_PART at `part`. */
function partOf(name: string): AnalysisPart {
  const part = ANALYSIS_PARTS.find((item) => item === name);
  if (part !== undefined) return part;
  const params = { code: name.slice(0, 64) };
  throw new BadRequestError('ANALYSIS_UNKNOWN_PART', params, [
    { path: 'part', code: 'ANALYSIS_UNKNOWN_PART', message: errorMessage('ANALYSIS_UNKNOWN_PART', params) },
  ]);
}

function thresholdOf(plan: Plan): number {
  return plan.settings?.stakeholderThreshold ?? DEFAULT_STAKEHOLDER_THRESHOLD;
}

function findRow(rows: readonly AnalysisRow[], id: string): AnalysisRow {
  const row = isUuid(id) ? rows.find((item) => item.id === id) : undefined;
  if (!row) throw new NotFoundError('ANALYSIS_ROW_NOT_FOUND', { id });
  return row;
}

/** A finding or need by its id or its code. */
function findItem(items: readonly AnalysisItem[], ref: string): AnalysisItem {
  const item = items.find((row) => (isUuid(ref) ? row.id === ref : row.code === ref));
  if (!item) throw new NotFoundError('ANALYSIS_ITEM_NOT_FOUND', { code: ref });
  return item;
}

/** 409 CODE_TAKEN at `code` when another finding or need of the plan has it. */
function assertCodeFree(items: readonly AnalysisItem[], code: string, self: string | null): void {
  if (!items.some((item) => item.code === code && item.id !== self)) return;
  throw new ConflictError('CODE_TAKEN', { code }, [
    { path: 'code', code: 'CODE_TAKEN', message: errorMessage('CODE_TAKEN', { code }) },
  ]);
}

function linkDetail(path: string, params: MessageParams): ErrorDetail {
  return { path, code: 'ANALYSIS_LINK', message: errorMessage('ANALYSIS_LINK', params) };
}

function linkRefusal(path: string, params: MessageParams): BadRequestError {
  return new BadRequestError('ANALYSIS_LINK', params, [linkDetail(path, params)]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The row's fields with a PATCH body over them: a field sent as null is cleared (left out). */
function mergedFields(stored: StoredFields, body: unknown): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...stored, ...(isRecord(body) ? body : {}) };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null));
}

function sortedKeys(fields: StoredFields): StoredFields {
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)));
}

function previousTargetParams(code: string | undefined, plan: string | undefined): MessageParams {
  return plan === undefined ? {} : { code: (code ?? '').slice(0, 64), plan };
}

function previousTargetDetail(path: string, code: string, plan: string | undefined, lang: Lang): ErrorDetail {
  return {
    path,
    code: 'PREVIOUS_PLAN_TARGET',
    message: errorMessage('PREVIOUS_PLAN_TARGET', previousTargetParams(code, plan), lang),
  };
}
