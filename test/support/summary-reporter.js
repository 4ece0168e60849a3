// Prints the plain closing line "N passed, N failed[, N skipped]" that CI reads. Under
// scripts/test.js (one Jest run per tier) it adds this run's counts to PUSULA_TEST_SUMMARY_FILE
// instead, and the script prints the line for all tiers.
import { appendFileSync } from 'node:fs';

export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const passed = results.numPassedTests;
    const file = process.env.PUSULA_TEST_SUMMARY_FILE;
    if (file) {
      appendFileSync(file, `${JSON.stringify({ passed, failed, skipped })}\n`);
      return;
    }
    process.stdout.write(
      `\n${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '') + '\n',
    );
  }
}
