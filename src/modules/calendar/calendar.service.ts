import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CalendarEvent, CalendarResponse, OwnEventRequest } from '../../contracts/calendar.js';
import type { ErrorCode } from '../../contracts/error-codes.js';
import type { Lang } from '../../contracts/validation.js';
import type { PeriodStatus } from '../../contracts/workflow.js';
import { BadRequestError, institutionNotFound, NotFoundError } from '../../common/app-error.js';
import { istanbulDate } from '../../common/clock.js';
import { isUuid } from '../../common/ids.js';
import { errorMessage, type MessageParams } from '../../common/messages/index.js';
import { currentLang } from '../../common/request-context.js';
import { assertFreshVersion } from '../../common/versions.js';
import { setActor } from '../../database/actor.js';
import { Institution } from '../institutions/institution.entity.js';
import { Unit } from '../institutions/unit.entity.js';
import { Plan } from '../plans/plan.entity.js';
import { calendarEvents, rangeProblem, type CalendarPlan, type DateRange } from './calendar-rules.js';
import { toCalendarPlan, toOwnEvent } from './calendar.mapper.js';
import type { CalendarQueryDto, CreateOwnEventDto, UpdateOwnEventDto } from './dto/calendar.dto.js';
import { InstitutionEvent } from './institution-event.entity.js';

/** The fields of an own event a write sets. */
const EVENT_FIELDS = [
  'title',
  'date',
  'endDate',
  'description',
  'planId',
  'unitId',
  'actor',
  'done',
] as const;
type EventFields = Pick<InstitutionEvent, (typeof EVENT_FIELDS)[number]>;

/** The fields as a write leaves them: each one the request gives (validation lets no null through
 * where the column takes none), else `base`'s, the row's or a new event's defaults. */
function eventFields(dto: Partial<OwnEventRequest>, base: EventFields): EventFields {
  const fields: Partial<Record<keyof EventFields, unknown>> = {};
  for (const key of EVENT_FIELDS) fields[key] = dto[key] !== undefined ? dto[key] : base[key];
  return fields as EventFields;
}

/** An indicator's unit, monitoring and first year, per plan (CalendarPlan.indicatorUnits). */
interface IndicatorUnitRow {
  plan_id: string;
  unit_id: string;
  monitoring_months: number | null;
  since_year: number | null;
}

/** An institution's calendar: the computed events of planning-cycle.md 6 and its own ones. */
@Injectable()
export class CalendarService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async calendar(
    institutionId: string,
    query: CalendarQueryDto,
    lang: Lang = currentLang(),
  ): Promise<CalendarResponse> {
    const today = istanbulDate();
    const range = requestedRange(query, today);
    const manager = this.dataSource.manager;
    const institution = await manager.findOneBy(Institution, { id: institutionId });
    if (!institution) throw institutionNotFound(institutionId);
    const unitId = query.unit ?? null;
    if (unitId !== null) await assertUnitOf(manager, institutionId, unitId);
    const ownEvents = manager
      .createQueryBuilder(InstitutionEvent, 'e')
      .where('e.institution_id = :institutionId', { institutionId })
      .andWhere('e.date <= :to AND COALESCE(e.end_date, e.date) >= :from', range);
    if (unitId !== null) ownEvents.andWhere('e.unit_id = :unitId', { unitId });
    const [units, plans, periods, own, indicatorUnits, approvedReports] = await Promise.all([
      manager.find(Unit, { where: { institutionId }, order: { code: 'ASC' } }),
      manager.find(Plan, { where: { institutionId }, order: { startYear: 'ASC' } }),
      manager.query<Array<{ plan_id: string; period: string; status: PeriodStatus }>>(
        'SELECT plan_id, period, status FROM assessment_periods WHERE institution_id = $1',
        [institutionId],
      ),
      ownEvents.getMany(),
      // Which units the events of a period concern (unitIds, and the unit filter).
      manager.query<IndicatorUnitRow[]>(
        `SELECT DISTINCT i.plan_id, t.responsible_unit_id AS unit_id, i.monitoring_months, i.since_year
           FROM indicators i
           JOIN targets t ON t.id = i.target_id
           JOIN plans p ON p.id = i.plan_id
          WHERE p.institution_id = $1 AND t.responsible_unit_id IS NOT NULL`,
        [institutionId],
      ),
      // The unit activity reports approved: their event is done once every unit's is.
      manager.query<Array<{ plan_id: string; year: number; unit_id: string }>>(
        `SELECT plan_id, year, unit_id FROM unit_activity_reports WHERE institution_id = $1 AND status = 'approved'`,
        [institutionId],
      ),
    ]);
    const calendarPlans: CalendarPlan[] = plans.map((plan) =>
      toCalendarPlan(
        plan,
        periods.filter((row) => row.plan_id === plan.id),
        indicatorUnits
          .filter((row) => row.plan_id === plan.id)
          .map((row) => ({
            unitId: row.unit_id,
            monitoringMonths: row.monitoring_months,
            sinceYear: row.since_year,
          })),
        approvedReports
          .filter((row) => row.plan_id === plan.id)
          .map((row) => ({ year: row.year, unitId: row.unit_id })),
      ),
    );
    const computed = calendarEvents(
      { institution, plans: calendarPlans, ...(unitId === null ? {} : { unitId }) },
      range,
      today,
      lang,
    );
    const events: CalendarEvent[] = [...computed, ...own.map((row) => toOwnEvent(row, today))].sort(
      (a, b) => a.date.localeCompare(b.date) || Number(a.kind === 'own') - Number(b.kind === 'own'),
    );
    return {
      institutionId,
      ...range,
      unitId,
      units: units.map(({ id, code, name }) => ({ id, code, name })),
      asOf: today,
      events,
    };
  }

  async addEvent(institutionId: string, dto: CreateOwnEventDto): Promise<CalendarEvent> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      const fields = eventFields(dto, {
        title: dto.title,
        date: dto.date,
        endDate: null,
        description: null,
        planId: null,
        unitId: null,
        actor: 'planner',
        done: false,
      });
      await assertEvent(manager, institutionId, fields);
      const inserted = await manager.insert(InstitutionEvent, { ...fields, institutionId });
      const row = await manager.findOneByOrFail(InstitutionEvent, { id: String(inserted.identifiers[0].id) });
      return toOwnEvent(row, istanbulDate());
    });
  }

  async updateEvent(institutionId: string, eventId: string, dto: UpdateOwnEventDto): Promise<CalendarEvent> {
    return this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      const row = await findEvent(manager, institutionId, eventId);
      await assertFreshVersion({ what: 'event', name: row.title }, row.version, dto.version, () =>
        Promise.resolve(toOwnEvent(row, istanbulDate())),
      );
      const fields = eventFields(dto, row);
      await assertEvent(manager, institutionId, fields);
      const changed = EVENT_FIELDS.some((key) => fields[key] !== row[key]);
      if (changed) await manager.update(InstitutionEvent, { id: row.id }, fields);
      return toOwnEvent(await manager.findOneByOrFail(InstitutionEvent, { id: row.id }), istanbulDate());
    });
  }

  async deleteEvent(institutionId: string, eventId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      const row = await findEvent(manager, institutionId, eventId);
      await manager.delete(InstitutionEvent, { id: row.id });
    });
  }
}

/** The range asked for (default: the year of `from`, else this year), or 400 CALENDAR_RANGE. */
function requestedRange(query: CalendarQueryDto, today: string): DateRange {
  const from = query.from ?? `${(query.to ?? today).slice(0, 4)}-01-01`;
  const to = query.to ?? `${from.slice(0, 4)}-12-31`;
  const problem = rangeProblem({ from, to });
  if (problem !== null) throw refusal('CALENDAR_RANGE', problem, 'to');
  return { from, to };
}

/** The institution's own event `id`, else 404 CALENDAR_EVENT_NOT_FOUND (another institution's too). */
async function findEvent(
  manager: EntityManager,
  institutionId: string,
  id: string,
): Promise<InstitutionEvent> {
  const row = isUuid(id) ? await manager.findOneBy(InstitutionEvent, { id, institutionId }) : null;
  if (!row) throw new NotFoundError('CALENDAR_EVENT_NOT_FOUND', { id });
  return row;
}

/** 400 with every problem of an own event: the end before the start, a plan of another institution. */
async function assertEvent(
  manager: EntityManager,
  institutionId: string,
  fields: EventFields,
): Promise<void> {
  const problems: Array<{ path: string; code: ErrorCode; params: MessageParams }> = [];
  if (fields.endDate !== null && fields.endDate < fields.date) {
    problems.push({
      path: 'endDate',
      code: 'DATE_ORDER',
      params: { due: 1, date: fields.endDate, beforeDate: fields.date },
    });
  }
  if (fields.planId !== null && !(await manager.existsBy(Plan, { id: fields.planId, institutionId }))) {
    problems.push({ path: 'planId', code: 'UNKNOWN_PLAN', params: { id: fields.planId } });
  }
  if (fields.unitId !== null && !(await manager.existsBy(Unit, { id: fields.unitId, institutionId }))) {
    problems.push({ path: 'unitId', code: 'UNKNOWN_UNIT', params: {} });
  }
  const [first] = problems;
  if (first === undefined) return;
  throw new BadRequestError(
    first.code,
    first.params,
    problems.map(({ path, code, params }) => ({ path, code, message: errorMessage(code, params) })),
  );
}

/**
 * The unit filter's unit must be the institution's: 400 UNKNOWN_UNIT (field `unit`) when no
 * unit has the id, 404 UNIT_NOT_FOUND when it is another institution's (its code is not named).
 */
async function assertUnitOf(manager: EntityManager, institutionId: string, unitId: string): Promise<void> {
  const unit = await manager.findOneBy(Unit, { id: unitId });
  if (!unit) throw refusal('UNKNOWN_UNIT', {}, 'unit');
  if (unit.institutionId !== institutionId) throw new NotFoundError('UNIT_NOT_FOUND', {});
}

function refusal(code: ErrorCode, params: MessageParams, path: string): BadRequestError {
  return new BadRequestError(code, params, [{ path, code, message: errorMessage(code, params) }]);
}
