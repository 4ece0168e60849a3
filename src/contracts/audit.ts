/** The kinds of record the audit trail covers: one per table with an audit trigger. */
export const AUDIT_ENTITIES = [
  'plan',
  'core_value',
  'aim',
  'target',
  'indicator',
  'indicator_target',
  'indicator_value',
  'value_correction',
  'question',
  'preparation_team_member',
  'preparation_step',
  'institution_event',
  'analysis_row',
  'analysis_item',
  'analysis_link',
  'council_member',
  'council_board_member',
  'working_group',
  'working_group_member',
  'working_group_election',
  'working_group_meeting',
  'council_recommendation',
  'council_recommendation_step',
  'consultation',
  'consultation_comment',
  'programme',
  'programme_revision',
  'programme_target',
  'programme_indicator',
  'programme_activity',
  'programme_budget_programme',
  'programme_sub_programme',
  'programme_goal',
  'programme_goal_target',
  'programme_goal_indicator',
  'programme_budget_activity',
  'activity_report',
  'activity_report_measure',
  'activity_report_evaluation',
  'programme_activity_progress_entry',
  'unit_activity_report',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_ACTIONS = ['insert', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Query of `GET /api/plans/:planId/audit`; every filter is optional and they combine with AND. */
export interface AuditQuery {
  entity?: AuditEntity;
  /** The actor's user id (UUID) or e-mail address. */
  user?: string;
  /** An entry period: `2025-H1`, `2025-H2` or `2025`. */
  period?: string;
  /**
   * An indicator code of the plan (`PG1.1.1`): only the indicator's own entries, its yearly
   * targets (`indicator_target`), its values (`indicator_value`, also deleted ones) and the
   * corrections proposed for them (`value_correction`).
   */
  indicator?: string;
  /**
   * Inclusive range on `at`: `YYYY-MM-DD` (a whole UTC day; `to` includes that day) or
   * `YYYY-MM-DDTHH:mm[:ss[.ffffff]][Z|±HH:mm]` (UTC when no offset is given).
   */
  from?: string;
  to?: string;
  /** 1-based; default 1. */
  page?: number;
  /** 1..500; default 50. */
  pageSize?: number;
}

/** Who made a change, as the application told the database (null: no actor was set). */
export interface AuditActor {
  id: string | null;
  email: string | null;
}

/** One recorded change, written by the database's own triggers. */
export interface AuditEntryResponse {
  /** Increasing with every recorded change (a bigint, as a string). */
  id: string;
  /** ISO timestamp of the change. */
  at: string;
  entity: AuditEntity;
  /** The record's id; for a yearly target (`indicator_target`) `<indicatorId>:<year>`. */
  entityId: string;
  action: AuditAction;
  /** The entry period, for indicator values and their corrections. */
  period: string | null;
  /**
   * The record's columns (keys in camelCase, e.g. `deviationReason`): the whole row before a
   * delete and after an insert; on an update only the columns that changed, in both.
   */
  oldValue: Record<string, unknown> | null;
  newValue: Record<string, unknown> | null;
  reason: string | null;
  actor: AuditActor | null;
  /** The PostgreSQL role that made the change (also for changes made outside the app). */
  dbUser: string;
}

/** A page of the audit trail, newest first. */
export interface AuditPageResponse {
  items: AuditEntryResponse[];
  /** Entries matching the filters, on all pages. */
  total: number;
  page: number;
  pageSize: number;
}

/** A place in the audit chain: a chain_seq and that entry's chain_hash (0 and 64 zeros before the first). */
export interface AuditChainHead {
  seq: number;
  hash: string;
}

/**
 * Why the chain breaks at a link: HASH_MISMATCH (an entry's content, or its link to the one before,
 * was changed), MISSING_ROW (an entry was removed: a gap, or the chain ends before its head),
 * UNSEALED_ROW (an entry never joined the chain), HEAD_MISMATCH (the head was changed).
 */
export type AuditChainBreakReason = 'HASH_MISMATCH' | 'MISSING_ROW' | 'UNSEALED_ROW' | 'HEAD_MISMATCH';

export interface AuditChainBreak {
  /** The chain position (chain_seq) of the broken link; null for an entry outside the chain. */
  seq: number | null;
  /** The audit entry found broken (its id); null when the entry is missing. */
  auditId: string | null;
  reason: AuditChainBreakReason;
  message: string;
}

/** `GET /api/audit/verify`: the chain recomputed from its start in the table to its head. */
export interface AuditVerifyResponse {
  ok: boolean;
  /** Entries whose link was checked and held. */
  checked: number;
  /**
   * Where the entries in the table start: the last entry moved out to an archive (seq 0 and 64
   * zeros when none was); an archive is checked against it.
   */
  archived: AuditChainHead;
  /** The head at the start of the check; write it down elsewhere to detect a rewritten chain later. */
  head: AuditChainHead;
  /**
   * Entries written but not yet sealed into the chain (committed after the sealing that starts
   * every check, or not committed yet); not an error, the next sealing takes them.
   */
  pending: number;
  /** The first broken link, when ok is false. */
  firstBroken?: AuditChainBreak;
}
