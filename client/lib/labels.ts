import type { Role } from '../../src/contracts/auth.js';
import {
  ECONOMIC_CODE_TITLES,
  OFF_BUDGET_TITLES,
  PLAN_EXPIRED_LABEL,
  periodLabel as periodWords,
  planStatusLabel as planStatusWords,
  roleLabel as roleWords,
  VALUE_STATUS_LABELS,
} from '../../src/contracts/labels.js';
import type { Direction, PlanStatus, ValueType } from '../../src/contracts/plan-document.js';
import type { UnitResponse } from '../../src/contracts/resources.js';
import type { ValueStatus } from '../../src/contracts/workflow.js';
import type { MessageKey } from '../messages/index.js';
import { getLang, translate, type Lang } from './i18n.js';

/*
 * The screens' words for stored codes come from the one label catalogue the server's messages and
 * workbooks use (src/contracts/labels.ts), in the UI language.
 */

/**
 * A plan's status as the screens write it; a plan past its last year that was never closed
 * (the API's `expired`) reads "süresi doldu — kapatılmadı", whatever its stored status.
 */
export function planStatusLabel(plan: { status: PlanStatus; expired?: boolean }): string {
  return plan.expired ? PLAN_EXPIRED_LABEL[getLang()] : planStatusWords(plan.status, getLang());
}

export function roleLabel(role: Role): string {
  return roleWords(role, getLang());
}

/**
 * A value's workflow status: "onaya gönderildi" for submitted, as on every screen and workbook;
 * a status the catalogue does not know (an old audit entry) shows as sent.
 */
export function valueStatusLabel(status: ValueStatus): string {
  return VALUE_STATUS_LABELS[getLang()][status] ?? status;
}

const DIRECTION: Record<Direction, MessageKey> = {
  artis: 'indicator.directionArtis',
  azalis: 'indicator.directionAzalis',
  koruma: 'indicator.directionKoruma',
};

export function directionLabel(direction: Direction): string {
  return translate(getLang(), DIRECTION[direction]);
}

/**
 * A value type's words: `long` on the indicator page ("düzey (dönem sonu düzeyi)"), `short` in an
 * entry's figures ("düzey"), `hint` how the type makes an assessed period's C.
 */
const VALUE_TYPE: Record<ValueType, Record<'long' | 'short' | 'hint', MessageKey>> = {
  duzey: { long: 'indicator.valueTypeDuzey', short: 'entry.typeDuzey', hint: 'entry.typeHintDuzey' },
  kumulatif: {
    long: 'indicator.valueTypeKumulatif',
    short: 'entry.typeKumulatif',
    hint: 'entry.typeHintKumulatif',
  },
  donemsel: {
    long: 'indicator.valueTypeDonemsel',
    short: 'entry.typeDonemsel',
    hint: 'entry.typeHintDonemsel',
  },
};

export function valueTypeLabel(
  valueType: ValueType,
  form: 'long' | 'short' | 'hint' = 'long',
  lang: Lang = getLang(),
): string {
  return translate(lang, VALUE_TYPE[valueType][form]);
}

/** A period key as people say it: "2026 ara dönem", "2026 yıl sonu". */
export function periodLabel(period: string): string {
  return periodWords(period, getLang());
}

/**
 * A unit code as the screens name it: the unit's name alone ("Park ve Bahçeler Müdürlüğü"), its
 * code only for a unit the list does not know or that has no name.
 */
export function unitNamer(units: readonly UnitResponse[]): (code: string) => string {
  const names = new Map(units.map((unit) => [unit.code, unit.name]));
  return (code) => names.get(code) || code;
}

/** A first-level economic code with its title: "03 Mal ve Hizmet Alım Giderleri". */
export function economicCodeLabel(code: string): string {
  return `${code} ${ECONOMIC_CODE_TITLES[getLang()][code] ?? ''}`.trim();
}

/** An off-budget source as the programme's tables name it: "Döner Sermaye". */
export function offBudgetLabel(source: string): string {
  return OFF_BUDGET_TITLES[getLang()][source] ?? source;
}
