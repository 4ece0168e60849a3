import { expect } from '@jest/globals';
import type { AuditPageResponse } from '../../src/contracts/audit.js';
import type { ActivityProgressResponse } from '../../src/contracts/programme.js';
import type { ApprovalQueueResponse } from '../../src/contracts/workflow.js';
import type { TestApp } from './create-test-app.js';
import { expectError } from './expect-error.js';
import { expectRowsChanged, ok, refusedUnchanged, type ExampleAndCast, type Member } from './requests.js';

/** The cast of a monitoring file: useExampleAndCast's, with a unit manager of ZABITA. */
export type MonitoringCast = ExampleAndCast & { zabita: Member };

/** F01's approved 2026-H1 entry (approveResubmitted's) as the progress beside an activity shows it. */
const F01_APPROVED = {
  percent: 45,
  note: null,
  spending: { '03': 310 },
  spendingTotal: 310,
  status: 'approved',
};

/** F01's progress once its entry is approved: the approved one and the latest of all are the same. */
export const F01_APPROVED_PROGRESS = [{ period: '2026-H1', approved: F01_APPROVED, all: F01_APPROVED }];

/**
 * The steps of activity monitoring (issue 14 point 5) that a classic and a programme-budget
 * programme go through alike: activity F01 of PARK and F02 of ZABITA in the programme of `year`,
 * their progress in the assessment period 2026-H1. Each step asserts what both formats answer;
 * `more` adds what one format answers besides.
 */
export interface ActivityMonitoring {
  /** The programme's path. */
  programme: () => string;
  /** The path of an activity's progress in a period, or of an action on it. */
  progress: (activity: string, period: string, action?: string) => string;
  /** PARK's F01 entry in 2026-H1 of `entry` refused 400 `code`, its one issue at `path`, nothing changed. */
  refusesEntry: (entry: Record<string, unknown>, code: string, path: string) => Promise<void>;
  /** Another unit's manager 403 NOT_YOUR_UNIT, planners and reviewers 403, other institutions 404. */
  refusesAllButTheUnit: () => Promise<void>;
  /** PARK's draft of F01: 40 %, 300.3 TL spent, one row added. */
  enterDraft: (more?: Record<string, unknown>) => Promise<void>;
  /** F01's draft submitted: in the approval queue, locked to the unit, approved by a planner only at its version. */
  submitLocked: (more?: Record<string, unknown>) => Promise<void>;
  /** F01's resubmitted entry (45 %, 310 TL) approved by the planner, no row added, the queue empty. */
  approveResubmitted: (more?: Record<string, unknown>) => Promise<void>;
  /** The progress entries' audit trail holds the workflow's steps and the return's `reason`. */
  expectAudited: (reason: string) => Promise<void>;
  /** 2026-H1 with F02 submitted stays open; F02 approved, it closes and takes no more. */
  closePeriod: () => Promise<void>;
}

export function activityMonitoring(t: TestApp, cast: MonitoringCast, year: number): ActivityMonitoring {
  const programme = (): string => `${cast.home.plan}/programmes/${year}`;
  const progress = (activity: string, period: string, action = ''): string =>
    `${programme()}/activities/${activity}/progress/${period}${action ? `/${action}` : ''}`;
  const queue = (): Promise<ApprovalQueueResponse> =>
    ok(cast.planner.client.get<ApprovalQueueResponse>(`${cast.home.plan}/approval-queue`));

  return {
    programme,
    progress,

    async refusesEntry(entry, code, path) {
      const body = await refusedUnchanged(t, 400, code, () =>
        cast.unitManager.client.put(progress('F01', '2026-H1'), entry),
      );
      expect(body.details?.map((detail) => [detail.path, detail.code])).toEqual([[path, code]]);
    },

    async refusesAllButTheUnit() {
      await refusedUnchanged(t, 403, 'NOT_YOUR_UNIT', () =>
        cast.zabita.client.put(progress('F01', '2026-H1'), { percent: 10 }),
      );
      await refusedUnchanged(t, 403, 'NOT_YOUR_UNIT', () =>
        cast.unitManager.client.put(progress('F02', '2026-H1'), { percent: 10 }),
      );
      for (const member of [cast.planner, cast.reviewer])
        await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
          member.client.put(progress('F01', '2026-H1'), { percent: 10 }),
        );
      await refusedUnchanged(t, 404, 'PLAN_NOT_FOUND', () =>
        cast.foreignPlanner.client.put(progress('F01', '2026-H1'), { percent: 10 }),
      );
    },

    async enterDraft(more = {}) {
      const before = await t.countRows();
      const draft = await ok(
        cast.unitManager.client.put<ActivityProgressResponse>(progress('F01', '2026-H1'), {
          percent: 40,
          note: 'İhale yapıldı',
          spending: { '03': 300.1, '06': 0.2 },
        }),
        201,
      );
      expect(draft).toMatchObject({
        activity: 'F01',
        year: 2026,
        period: '2026-H1',
        percent: 40,
        status: 'draft',
        spendingTotal: 300.3,
        version: 1,
        ...more,
      });
      await expectRowsChanged(t, before, { programme_activity_progress_entries: 1 });
    },

    async submitLocked(more = {}) {
      await ok(cast.unitManager.client.post(progress('F01', '2026-H1', 'submit'), { version: 1 }));
      const waiting = await queue();
      expect(waiting.activityTotal).toBe(1);
      expect(waiting.activities[0]).toMatchObject({
        activity: 'F01',
        assessmentPeriod: '2026-H1',
        percent: 40,
        spendingTotal: 300.3,
        version: 2,
        ...more,
      });
      await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
        cast.unitManager.client.post(progress('F01', '2026-H1', 'approve'), {}),
      );
      await refusedUnchanged(t, 409, 'VALUE_LOCKED', () =>
        cast.unitManager.client.put(progress('F01', '2026-H1'), { percent: 41 }),
      );
      await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
        cast.planner.client.post(progress('F01', '2026-H1', 'approve'), { version: 1 }),
      );
    },

    async approveResubmitted(more = {}) {
      await ok(cast.unitManager.client.post(progress('F01', '2026-H1', 'submit'), {}));
      const before = await t.countRows();
      const approved = await ok(
        cast.planner.client.post<ActivityProgressResponse>(progress('F01', '2026-H1', 'approve'), {}),
      );
      expect(approved).toMatchObject({
        status: 'approved',
        percent: 45,
        spendingTotal: 310,
        approvedBy: cast.planner.id,
        ...more,
      });
      await expectRowsChanged(t, before, {});
      expect((await queue()).activityTotal).toBe(0);
    },

    async expectAudited(reason) {
      const trail = await ok(
        t.api.get<AuditPageResponse>(`${cast.home.plan}/audit?entity=programme_activity_progress_entry`),
      );
      expect(trail.items.length).toBeGreaterThanOrEqual(6);
      expect(trail.items.some((item) => item.reason === reason)).toBe(true);
    },

    async closePeriod() {
      const refused = expectError(
        await t.api.post(`${cast.home.plan}/periods/2026-H1/close`, {}),
        409,
        'PERIOD_HAS_SUBMITTED',
      );
      expect(refused.message).toContain('1');
      await ok(cast.planner.client.post(progress('F02', '2026-H1', 'approve'), {}));
      await ok(t.api.post(`${cast.home.plan}/periods/2026-H1/close`, {}));
      await refusedUnchanged(t, 409, 'PERIOD_CLOSED', () =>
        cast.zabita.client.put(progress('F02', '2026-H1'), { percent: 30 }),
      );
    },
  };
}
