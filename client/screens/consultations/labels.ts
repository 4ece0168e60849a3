import type { ConsultationResponse, ConsultationScope } from '../../../src/contracts/consultations.js';
import { formatDate } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import type { MessageKey } from '../../messages/index.js';

/** A consultation's scope, phase and dates in words: shared by the planner's and the public screens. */
export function scopeText(scope: ConsultationScope, aimCode: string | null): string {
  const text = t(`consultations.scope.${scope}` as MessageKey);
  return aimCode ? `${text} (${aimCode})` : text;
}

export function phaseText(phase: ConsultationResponse['phase']): string {
  return t(`consultations.phase.${phase}` as MessageKey);
}

export function datesText(item: { opensOn: string; closesOn: string }): string {
  return t('consultations.dates', { from: formatDate(item.opensOn), to: formatDate(item.closesOn) });
}
