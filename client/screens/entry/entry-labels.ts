import type { EntryState } from '../../../src/contracts/workflow.js';
import type { MessageKey } from '../../messages/index.js';
import type { EntryFilter } from '../../lib/entry-rules.js';

/** The words for a value's workflow state, shared by the data entry and approval screens. */
export const STATE_LABELS: Record<EntryState, MessageKey> = {
  missing: 'entry.stateMissing',
  draft: 'entry.stateDraft',
  submitted: 'entry.stateSubmitted',
  approved: 'entry.stateApproved',
  returned: 'entry.stateReturned',
};

export const ENTRY_FILTER_LABELS: Record<EntryFilter, MessageKey> = {
  all: 'entry.filterAll',
  owed: 'entry.filterOwed',
  late: 'entry.filterLate',
  returned: 'entry.filterReturned',
  submitted: 'entry.filterSubmitted',
  approved: 'entry.filterApproved',
};
