import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { RequestUser } from '../../common/request-user.js';
import { AccessService } from '../auth/access.service.js';
import { assertFreshVersion } from '../../common/versions.js';
import { setActor } from '../../database/actor.js';
import type { InstitutionResponse, UnitResponse } from '../../contracts/resources.js';
import {
  BadRequestError,
  ConflictError,
  institutionNotFound,
  unitNotFound,
  getByCode,
} from '../../common/app-error.js';
import { errorMessage } from '../../common/messages/index.js';
import type {
  CreateInstitutionDto,
  CreateUnitDto,
  UpdateInstitutionDto,
  UpdateUnitDto,
} from './dto/institution.dto.js';
import { Plan } from '../plans/plan.entity.js';
import { holdsApprovedValues, type ApprovedValueRow } from '../plans/approved-values.js';
import type { Lang } from '../../contracts/validation.js';
import { Institution } from './institution.entity.js';
import { Unit } from './unit.entity.js';
import { isUuid } from '../../common/ids.js';

/** Institutions (belediye, birlik, kent konseyi…) and their unit trees. */
@Injectable()
export class InstitutionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async listInstitutions(user: RequestUser): Promise<InstitutionResponse[]> {
    const visible = this.access.visibleInstitutions(user);
    const rows = await this.dataSource.manager.find(Institution, {
      where: visible === null ? {} : { id: In(visible) },
      order: { name: 'ASC' },
    });
    return rows.map(toInstitutionResponse);
  }

  async getInstitution(id: string): Promise<InstitutionResponse> {
    return toInstitutionResponse(await this.getEntity(id));
  }

  async createInstitution(dto: CreateInstitutionDto): Promise<InstitutionResponse> {
    if (await this.dataSource.manager.existsBy(Institution, { name: dto.name })) {
      throw new ConflictError('INSTITUTION_EXISTS', { name: dto.name });
    }
    const saved = await this.dataSource.manager.save(Institution, {
      name: dto.name,
      kind: dto.kind,
      population: dto.population ?? null,
    });
    return this.getInstitution(saved.id);
  }

  async updateInstitution(id: string, dto: UpdateInstitutionDto): Promise<InstitutionResponse> {
    await this.getEntity(id);
    return this.dataSource.transaction(async (manager) => {
      const institution = await manager.findOneOrFail(Institution, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      await assertFreshVersion(
        { what: 'institution', name: institution.name },
        institution.version,
        dto.version,
        () => Promise.resolve(toInstitutionResponse(institution)),
      );
      if (
        dto.name !== undefined &&
        dto.name !== institution.name &&
        (await manager.existsBy(Institution, { name: dto.name }))
      ) {
        throw new ConflictError('INSTITUTION_EXISTS', { name: dto.name });
      }
      const { version: _read, ...fields } = dto;
      Object.assign(
        institution,
        Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
      );
      return toInstitutionResponse(await manager.save(Institution, institution));
    });
  }

  /**
   * Deletes the institution with its units and plans, never one whose plans hold approved values
   * (409 HOLDS_APPROVED_VALUES, one detail per plan). The institution row and its plans are locked
   * first, so no plan is added and no value approved between the check and the delete.
   */
  async deleteInstitution(id: string, lang: Lang = 'tr'): Promise<void> {
    const institution = await this.getEntity(id);
    await this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      await manager.query('SELECT id FROM institutions WHERE id = $1 FOR UPDATE', [institution.id]);
      await manager.query('SELECT id FROM plans WHERE institution_id = $1 FOR UPDATE', [institution.id]);
      const holders = await manager.query<ApprovedValueRow[]>(
        `SELECT 'plans.' || p.id AS path, p.title || ' (' || p.start_year || '–' || p.end_year || ')' AS name,
                v.indicator_id AS "indicatorId", count(*)::int AS values
           FROM indicator_values v JOIN plans p ON p.id = v.plan_id
          WHERE p.institution_id = $1 AND v.status = 'approved'
          GROUP BY p.id, v.indicator_id
          ORDER BY p.start_year DESC, p.title, p.id`,
        [institution.id],
      );
      const refused = holdsApprovedValues(institution.name, holders, lang);
      if (refused) throw new ConflictError(refused.code, refused.message, refused.details);
      // Plans go first: their targets name the units (ON DELETE RESTRICT), which the institution's cascade would delete.
      await manager.delete(Plan, { institutionId: institution.id });
      await manager.delete(Institution, { id: institution.id });
    });
  }

  async listUnits(institutionId: string): Promise<UnitResponse[]> {
    await this.getEntity(institutionId);
    const units = await this.dataSource.manager.find(Unit, {
      where: { institutionId },
      order: { position: 'ASC', code: 'ASC' },
    });
    const codes = new Map(units.map((unit) => [unit.id, unit.code]));
    return units.map((unit) =>
      toUnitResponse(unit, unit.parentId ? (codes.get(unit.parentId) ?? null) : null),
    );
  }

  async getUnit(institutionId: string, code: string): Promise<UnitResponse> {
    return getByCode(await this.listUnits(institutionId), code, unitNotFound);
  }

  async createUnit(institutionId: string, dto: CreateUnitDto): Promise<UnitResponse> {
    await this.getEntity(institutionId);
    const units = await this.dataSource.manager.find(Unit, { where: { institutionId } });
    if (units.some((unit) => unit.code === dto.code))
      throw new ConflictError('UNIT_EXISTS', { code: dto.code });
    const parentId =
      dto.parent === undefined || dto.parent === null ? null : this.parentId(units, dto.parent, dto.code);
    const position = units.reduce((max, unit) => Math.max(max, unit.position), 0) + 1;
    await this.dataSource.manager.insert(Unit, {
      institutionId,
      code: dto.code,
      name: dto.name,
      parentId,
      position,
    });
    return this.getUnit(institutionId, dto.code);
  }

  async updateUnit(institutionId: string, code: string, dto: UpdateUnitDto): Promise<UnitResponse> {
    await this.getEntity(institutionId);
    const units = await this.dataSource.manager.find(Unit, { where: { institutionId } });
    const unit = getByCode(units, code, unitNotFound);
    const changes: Partial<Unit> = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.parent !== undefined)
      changes.parentId = dto.parent === null ? null : this.parentId(units, dto.parent, code);
    if (Object.keys(changes).length > 0) await this.dataSource.manager.update(Unit, { id: unit.id }, changes);
    return this.getUnit(institutionId, code);
  }

  /** A unit responsible for or collaborating on targets cannot go: 409 UNIT_IN_USE. */
  async deleteUnit(institutionId: string, code: string): Promise<void> {
    await this.getEntity(institutionId);
    const unit = await this.dataSource.manager.findOneBy(Unit, { institutionId, code });
    if (!unit) throw unitNotFound(code);
    const [{ count }] = await this.dataSource.query<Array<{ count: number }>>(
      `SELECT (SELECT count(*) FROM targets WHERE responsible_unit_id = $1) + (SELECT count(*) FROM target_collaborators WHERE unit_id = $1) AS count`,
      [unit.id],
    );
    if (count > 0) throw new ConflictError('UNIT_IN_USE', { code, count });
    await this.dataSource.manager.delete(Unit, { id: unit.id });
  }

  private parentId(units: Unit[], parentCode: string, code: string): string {
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    const parent = byCode.get(parentCode);
    if (!parent) {
      throw new BadRequestError('UNKNOWN_UNIT', { code: parentCode }, [
        { path: 'parent', code: 'UNKNOWN_UNIT', message: errorMessage('UNKNOWN_UNIT', { code: parentCode }) },
      ]);
    }
    // The unit tree must stay a tree: the parent may not be the unit itself or one of its descendants.
    for (
      let cursor: Unit | undefined = parent;
      cursor;
      cursor = cursor.parentId ? units.find((unit) => unit.id === cursor?.parentId) : undefined
    ) {
      if (cursor.code === code) {
        throw new BadRequestError('UNIT_CYCLE', { parent: parentCode, code }, [
          { path: 'parent', code: 'UNIT_CYCLE', message: errorMessage('UNIT_CYCLE') },
        ]);
      }
    }
    return parent.id;
  }

  private async getEntity(id: string): Promise<Institution> {
    const institution = isUuid(id) ? await this.dataSource.manager.findOneBy(Institution, { id }) : null;
    if (!institution) throw institutionNotFound(id);
    return institution;
  }
}

function toInstitutionResponse(row: Institution): InstitutionResponse {
  return { id: row.id, name: row.name, kind: row.kind, population: row.population, version: row.version };
}

function toUnitResponse(unit: Unit, parent: string | null): UnitResponse {
  return { code: unit.code, name: unit.name, parent };
}
