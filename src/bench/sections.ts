import type { BenchContext } from './measure.js';

/**
 * Feature sections of `npm run bench`, run in this order after the metropolitan plan is imported
 * (before the load tests). Each reports its figures with `report` from measure.ts.
 */
export const benchSections: Array<(context: BenchContext) => Promise<void>> = [];
