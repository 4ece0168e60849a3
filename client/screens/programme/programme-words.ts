import type { FigureSource, ProgrammeResponse } from '../../../src/contracts/programme.js';
import { formatNumber } from '../../lib/format.js';
import { getLang, t } from '../../lib/i18n.js';
import type { MessageKey } from '../../messages/index.js';

/** A programme's status as the screens write it, with its revision once it has one. */
export function programmeStatusText(programme: Pick<ProgrammeResponse, 'status' | 'revision'>): string {
  const status = t(`programme.status.${programme.status}` as MessageKey);
  return programme.revision > 0
    ? t('programme.withRevision', { status, revision: programme.revision })
    : status;
}

/** Where an indicator figure comes from: from Pusula's approved values, the plan's target, or typed. */
export function figureSourceText(source: FigureSource | null): string {
  return t(`programme.source.${source ?? 'missing'}` as MessageKey);
}

/** An amount in TL, at most two decimals: "165.000,75 TL"; a missing one "veri yok", never 0. */
export function lira(amount: number | null | undefined): string {
  return amount === null || amount === undefined
    ? formatNumber(null)
    : t('programme.tl', { amount: formatNumber(amount, getLang(), 2) });
}

/** A share of a column's total (0–1) as a percentage with one decimal; null (total 0) as "—". */
export function share(value: number | null): string {
  return value === null ? '—' : formatNumber(value * 100, getLang(), 1);
}
