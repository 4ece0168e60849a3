import type { BenchContext } from './measure.js';
import { activityReportBench } from './activity-report.bench.js';
import { auditedWritesBench } from './audited-writes.bench.js';
import { clientBench } from './client.bench.js';
import { councilBench } from './council.bench.js';
import { consultationBench } from './consultation.bench.js';
import { draftingBench } from './drafting.bench.js';
import { largeBodyBench } from './large-body.bench.js';
import { openDataBench } from './open-data.bench.js';
import { planBookBench } from './plan-book.bench.js';
import { programmeTablesBench } from './programme-tables.bench.js';
import { remindersBench } from './reminders.bench.js';
import { reportsBench } from './reports.bench.js';
import { signInBench } from './sign-in.bench.js';
import { situationAnalysisBench } from './situation-analysis.bench.js';
import { unionWideBench } from './union-wide.bench.js';
import { valueEntryBench } from './value-entry.bench.js';
import { valueImportsBench } from './value-imports.bench.js';
import { workspaceBench } from './workspace.bench.js';

/**
 * Feature sections of `npm run bench`, run in this order after the metropolitan plan is imported
 * (before the load tests). Each reports its figures with `report` from measure.ts.
 */
export const benchSections: Array<(context: BenchContext) => Promise<void>> = [
  reportsBench,
  valueImportsBench,
  largeBodyBench,
  clientBench,
  signInBench,
  auditedWritesBench,
  openDataBench,
  planBookBench,
  activityReportBench,
  programmeTablesBench,
  draftingBench,
  workspaceBench,
  councilBench,
  consultationBench,
  situationAnalysisBench,
  valueEntryBench,
  // It imports the union's 276 member plans (bench-fixtures.ts), which the union-wide view reuses.
  remindersBench,
  unionWideBench,
];

/**
 * A section's name for `npm run bench -- <name>…`: its function's name without "Bench", in
 * kebab case (openDataBench → open-data, reportsBench → reports).
 */
export function sectionName(section: (context: BenchContext) => Promise<void>): string {
  return section.name.replace(/Bench$/, '').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
