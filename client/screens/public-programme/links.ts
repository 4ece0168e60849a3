import type { PublicProgrammeSummary } from '../../../src/contracts/public.js';
import { h, labelledSection } from '../../lib/dom.js';
import { formatDate } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { href } from '../../lib/router.js';

/** The public plan page's links to its published performance programmes; nothing while none is published. */
export function programmesLinks(planId: string, programmes: PublicProgrammeSummary[]): HTMLElement | null {
  if (programmes.length === 0) return null;
  return labelledSection(
    'card public-programmes',
    'public-programmes-heading',
    t('monitoring.publicProgrammesHeading'),
    h(
      'ul',
      {},
      programmes.map((programme) =>
        h(
          'li',
          { 'data-year': programme.year },
          h(
            'a',
            {
              href: href('/public/plans/:id/programmes/:year', { id: planId, year: String(programme.year) }),
            },
            t('monitoring.publicProgrammeLink', { year: programme.year }),
          ),
          programme.decisionDate
            ? ` — ${t('monitoring.publicDecision', { date: formatDate(programme.decisionDate), number: programme.decisionNumber ?? '' })}`
            : '',
        ),
      ),
    ),
  );
}
