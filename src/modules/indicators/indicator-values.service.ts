import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { IndicatorValueResponse } from '../../contracts/resources.js';
import type { Lang } from '../../contracts/validation.js';
import { BadRequestError, NotFoundError } from '../../common/app-error.js';
import { lockPlan } from '../plans/plan-editor.service.js';
import { Plan } from '../plans/plan.entity.js';
import { needsDeviationReason } from '../plans/plan-rules.js';
import { isEntryPeriod, parsePeriod, planYears, yearEndEntryPeriod } from '../progress/periods.js';
import type { PutValueDto } from './dto/indicator.dto.js';
import { IndicatorTarget } from './indicator-target.entity.js';
import { IndicatorValue } from './indicator-value.entity.js';
import { Indicator } from './indicator.entity.js';
import { toIndicatorValueResponse } from './indicator.mapper.js';
import { isUuid } from '../../common/ids.js';

interface Loaded {
  plan: Plan;
  indicator: Indicator;
}

/** Entries of an indicator per entry period (domain.md 4.3). */
@Injectable()
export class IndicatorValuesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listValues(planId: string, code: string): Promise<IndicatorValueResponse[]> {
    const { indicator } = await this.load(this.dataSource.manager, planId, code);
    const rows = await this.dataSource.manager.find(IndicatorValue, {
      where: { indicatorId: indicator.id },
      order: { period: 'ASC' },
    });
    return rows.map(toIndicatorValueResponse);
  }

  /** Creates or replaces the entry of one period; answers whether it was created. */
  async putValue(
    planId: string,
    code: string,
    period: string,
    dto: PutValueDto,
    lang: Lang,
  ): Promise<{ created: boolean; value: IndicatorValueResponse }> {
    return this.dataSource.transaction(async (manager) => {
      if (isUuid(planId)) await lockPlan(manager, planId);
      const { plan, indicator } = await this.load(manager, planId, code);
      assertEntryPeriod(plan, indicator, period, lang);
      const existing = await manager.findOneBy(IndicatorValue, { indicatorId: indicator.id, period });
      const fields = {
        value: dto.value,
        note: dto.note ?? null,
        deviationReason: blankToNull(dto.deviationReason),
      };
      if (existing) {
        await manager.update(
          IndicatorValue,
          { id: existing.id },
          { ...fields, version: existing.version + 1 },
        );
      } else {
        await manager.insert(IndicatorValue, {
          institutionId: plan.institutionId,
          planId: plan.id,
          indicatorId: indicator.id,
          period,
          ...fields,
        });
      }
      await assertDeviationReasons(manager, plan, indicator, Number(period.slice(0, 4)), lang);
      const saved = await manager.findOneByOrFail(IndicatorValue, { indicatorId: indicator.id, period });
      return { created: !existing, value: toIndicatorValueResponse(saved) };
    });
  }

  async deleteValue(planId: string, code: string, period: string, lang: Lang): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (isUuid(planId)) await lockPlan(manager, planId);
      const { plan, indicator } = await this.load(manager, planId, code);
      const result = await manager.delete(IndicatorValue, { indicatorId: indicator.id, period });
      if (!result.affected)
        throw new NotFoundError('VALUE_NOT_FOUND', `Indicator ${code} has no entry for ${period}`);
      await assertDeviationReasons(manager, plan, indicator, Number(period.slice(0, 4)), lang);
    });
  }

  private async load(manager: EntityManager, planId: string, code: string): Promise<Loaded> {
    const plan = isUuid(planId) ? await manager.findOneBy(Plan, { id: planId }) : null;
    if (!plan) throw new NotFoundError('PLAN_NOT_FOUND', `Plan ${planId} not found`);
    const indicator = await manager.findOneBy(Indicator, { planId, code });
    if (!indicator)
      throw new NotFoundError('INDICATOR_NOT_FOUND', `Indicator ${code} not found in plan ${planId}`);
    return { plan, indicator };
  }
}

function assertEntryPeriod(plan: Plan, indicator: Indicator, period: string, lang: Lang): void {
  const months = indicator.monitoringMonths ?? 6;
  if (isEntryPeriod(period, months, plan.startYear, plan.endYear)) return;
  const parsed = parsePeriod(period);
  const expected = months === 12 ? `YYYY` : `YYYY-H1 / YYYY-H2`;
  let message: string;
  if (!parsed) {
    message =
      lang === 'en'
        ? `"${period}" is not a period (YYYY-H1, YYYY-H2 or YYYY)`
        : `"${period}" bir dönem değil (YYYY-H1, YYYY-H2 veya YYYY)`;
  } else if (parsed.year < plan.startYear || parsed.year > plan.endYear) {
    message =
      lang === 'en'
        ? `${period} is outside the plan period ${plan.startYear}–${plan.endYear}`
        : `${period}, ${plan.startYear}–${plan.endYear} plan dönemi dışında`;
  } else {
    message =
      lang === 'en'
        ? `${indicator.code} is monitored every ${months} months: its entry periods are ${expected}`
        : `${indicator.code} ${months} ayda bir izlenir: giriş dönemleri ${expected} biçimindedir`;
  }
  throw new BadRequestError('VALUE_PERIOD', message, [{ path: 'period', code: 'VALUE_PERIOD', message }]);
}

/**
 * DEVIATION_REASON: at year end any C ≠ B needs a reason, with no tolerance. A kumulatif entry
 * changes C of every later year too, so every year from the entry's on is checked.
 */
async function assertDeviationReasons(
  manager: EntityManager,
  plan: Plan,
  indicator: Indicator,
  fromYear: number,
  lang: Lang,
): Promise<void> {
  const [values, targets] = await Promise.all([
    manager.find(IndicatorValue, { where: { indicatorId: indicator.id } }),
    manager.find(IndicatorTarget, { where: { indicatorId: indicator.id } }),
  ]);
  const indicatorDoc = {
    baseline: indicator.baseline,
    valueType: indicator.valueType,
    monitoringMonths: indicator.monitoringMonths ?? undefined,
    targets: Object.fromEntries(targets.map((row) => [String(row.year), row.value])),
    values: Object.fromEntries(
      values.map((row) => [
        row.period,
        { value: row.value, ...(row.deviationReason ? { deviationReason: row.deviationReason } : {}) },
      ]),
    ),
  };
  const missing = planYears(Math.max(fromYear, plan.startYear), plan.endYear)
    .map((year) => yearEndEntryPeriod(year, indicator.monitoringMonths ?? 6))
    .filter((period) => {
      const entry = indicatorDoc.values[period];
      return (
        entry !== undefined &&
        !entry.deviationReason &&
        needsDeviationReason(indicatorDoc, Number(period.slice(0, 4)), plan.startYear)
      );
    });
  if (missing.length === 0) return;
  const message =
    lang === 'en'
      ? `At year end the actual value differs from the target for ${missing.join(', ')}: a deviation reason (sapma nedeni) is required`
      : `${missing.join(', ')} yıl sonu gerçekleşmesi hedeften farklı: sapma nedeni girilmelidir`;
  throw new BadRequestError(
    'DEVIATION_REASON',
    message,
    missing.map((period) => ({
      path: `values["${period}"].deviationReason`,
      code: 'DEVIATION_REASON',
      message,
    })),
  );
}

function blankToNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}
