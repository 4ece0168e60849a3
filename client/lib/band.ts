import type { Coverage, ProgressBasis, ProgressSettings, RateBand } from '../../src/contracts/progress.js';
import type { MessageKey } from '../messages/index.js';
import { formatRate } from './format.js';
import { translate, type Lang } from './i18n.js';

/**
 * How a rate is drawn: the colour families of the API's bands. Year-end and mid-year bands share
 * the three colours; neutral is a grey-blue; insufficient is greyed (the number stays); none is
 * the no-data look.
 */
export type BandStatus = 'good' | 'warning' | 'poor' | 'neutral' | 'insufficient' | 'none';

const BAND_STATUS: Record<RateBand, BandStatus> = {
  good: 'good',
  'on-track': 'good',
  warning: 'warning',
  watch: 'warning',
  poor: 'poor',
  behind: 'poor',
  neutral: 'neutral',
  insufficient: 'insufficient',
  none: 'none',
};

/** The colour family of an API band; the band decides, the client never recomputes it. */
export function bandStatus(band: RateBand): BandStatus {
  return BAND_STATUS[band];
}

/** The band in words; none has no word (the figure already reads "veri yok"). */
export const BAND_LABEL: Record<RateBand, MessageKey | null> = {
  good: 'common.statusGood',
  warning: 'common.statusWarning',
  poor: 'common.statusPoor',
  'on-track': 'common.bandOnTrack',
  watch: 'common.bandWatch',
  behind: 'common.bandBehind',
  neutral: 'common.bandNeutral',
  insufficient: 'common.bandInsufficient',
  none: null,
};

/** The band in words for tables and chart summaries; none reads "veri yok". */
export function bandName(band: RateBand, lang: Lang): string {
  return translate(lang, BAND_LABEL[band] ?? 'common.noData');
}

/** "12/30 gösterge, ağırlık payı %41" / "12 of 30 indicators, 41% of the weight". */
export function coverageText(coverage: Coverage, lang: Lang): string {
  if (coverage.indicatorsDue === 0 || coverage.weightShare === null) {
    return translate(lang, 'common.coverageNothingDue');
  }
  return translate(lang, 'common.coverage', {
    withData: coverage.indicatorsWithData,
    due: coverage.indicatorsDue,
    share: formatRate(coverage.weightShare, lang),
  });
}

/** A mid-year assessed period ("2025-H1"), whose rates are read against the year-end target. */
export function isMidYear(period: string): boolean {
  return /^\d{4}-H1$/.test(period);
}

/**
 * What the colours of a period mean, from the plan's settings as the API answers them: year-end
 * bands, mid-year bands (30 June) or the neutral palette, then the minimum coverage.
 */
export function legendText(
  settings: Pick<ProgressSettings, 'statusThresholds' | 'midYearBands' | 'minCoverage'>,
  period: string,
  lang: Lang,
): string {
  const bands = !isMidYear(period)
    ? translate(lang, 'common.legend', {
        good: formatRate(settings.statusThresholds.good, lang),
        warning: formatRate(settings.statusThresholds.warning, lang),
      })
    : settings.midYearBands
      ? translate(lang, 'common.legendMidYear', {
          onTrack: formatRate(settings.midYearBands.onTrack, lang),
          behind: formatRate(settings.midYearBands.behind, lang),
        })
      : translate(lang, 'common.legendNeutral');
  return `${bands} ${translate(lang, 'common.legendCoverage', { min: formatRate(settings.minCoverage, lang) })}`;
}

/** "Onaylı değerler" or "Onay bekleyenler dahil": what the figures on a screen rest on. */
export function basisText(basis: ProgressBasis | undefined, lang: Lang): string {
  return translate(lang, basis === 'all' ? 'common.basisAll' : 'common.basisApproved');
}
