import type { BandStatus } from '../lib/band.js';
import type { RateStatus } from '../lib/status.js';

/**
 * Status colours for canvases; styles/main.css holds the same values as --status-* for HTML
 * bars. Each reaches 3:1 against white (WCAG non-text contrast); the status is also written
 * as text, so colour is never the only signal.
 */
export const STATUS_COLOURS: Record<RateStatus, string> = {
  good: '#1b7a3a',
  warning: '#b45309',
  poor: '#c0262d',
  none: '#8a8f98',
};

/**
 * Colours of the API's bands on canvases, the same as the rate bars beside them (--status-*):
 * mid-year bands share the year-end colours, neutral is the grey-blue, a rate resting on too
 * little data ("yetersiz veri") is grey like no data.
 */
export const BAND_COLOURS: Record<BandStatus, string> = {
  ...STATUS_COLOURS,
  neutral: '#4a6781',
  insufficient: STATUS_COLOURS.none,
};

export const GRID_COLOUR = '#d9dce1';
export const TEXT_COLOUR = '#1f2328';
/** Secondary text on canvases ("veri yok" marks): 4.5:1 against white. */
export const MUTED_TEXT_COLOUR = '#57606a';
