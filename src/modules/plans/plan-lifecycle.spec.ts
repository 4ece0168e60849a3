import { describe, expect, it } from '@jest/globals';
import { PLAN_STATUS_LABELS } from '../../contracts/labels.js';
import { PLAN_STATUSES, type PlanStatus } from '../../contracts/plan-document.js';
import { PLAN_LIFECYCLE_ACTIONS } from '../../contracts/resources.js';
import {
  isExpired,
  LIFECYCLE_TRANSITIONS,
  planTransition,
  type LifecyclePlan,
  type LifecycleStep,
} from './plan-lifecycle.js';

const DRAFT: LifecyclePlan = { status: 'taslak', submittedToCouncil: null, councilDecisionDate: null };
const SUBMITTED: LifecyclePlan = {
  status: 'meclis-onayinda',
  submittedToCouncil: '2024-09-02',
  councilDecisionDate: null,
};
const IN_FORCE: LifecyclePlan = {
  status: 'yururlukte',
  submittedToCouncil: '2024-09-02',
  councilDecisionDate: '2024-09-05',
};

const STEPS = {
  submit: { action: 'submit', date: '2024-09-02' },
  enact: { action: 'enact', date: '2024-09-05', number: '2024/138' },
  close: { action: 'close', date: '2029-12-31' },
  withdraw: { action: 'withdraw', date: '2024-09-03' },
} as const satisfies Record<(typeof PLAN_LIFECYCLE_ACTIONS)[number], LifecycleStep>;

describe('planTransition', () => {
  it('walks draft → submitted → in force → closed, storing the status and the dates of each step', () => {
    expect(planTransition(DRAFT, STEPS.submit)).toEqual({
      ok: true,
      changes: { status: 'meclis-onayinda', submittedToCouncil: '2024-09-02' },
    });
    expect(planTransition(SUBMITTED, STEPS.enact)).toEqual({
      ok: true,
      changes: { status: 'yururlukte', councilDecisionDate: '2024-09-05', councilDecisionNumber: '2024/138' },
    });
    expect(planTransition(IN_FORCE, STEPS.close)).toEqual({
      ok: true,
      changes: { status: 'kapandi', closedOn: '2029-12-31' },
    });
  });

  it('allows each action from exactly one status and refuses every other with PLAN_STATUS naming the current one', () => {
    const allowed: string[] = [];
    for (const action of PLAN_LIFECYCLE_ACTIONS) {
      for (const status of PLAN_STATUSES) {
        const outcome = planTransition(
          { ...IN_FORCE, status },
          { ...STEPS[action], date: '2030-01-01' },
          'en',
        );
        if (outcome.ok) allowed.push(`${action}: ${status} → ${outcome.changes.status}`);
        else {
          expect(outcome.code).toBe('PLAN_STATUS');
          // Named by their labels, never by their codes.
          expect(outcome.message).toContain(
            `The plan is ${PLAN_STATUS_LABELS.en[status].replace(/^draft$/, 'a draft')}`,
          );
          expect(outcome.message).toContain(PLAN_STATUS_LABELS.en[LIFECYCLE_TRANSITIONS[action].from]);
          expect(outcome.message).not.toMatch(/taslak|meclis-onayinda|yururlukte|kapandi/);
        }
      }
    }
    expect(allowed).toEqual([
      'submit: taslak → meclis-onayinda',
      'enact: meclis-onayinda → yururlukte',
      'close: yururlukte → kapandi',
      'withdraw: meclis-onayinda → taslak',
    ]);
  });

  it('goes forward one status at a time; only withdraw goes back, from the council to a draft', () => {
    const rank = (status: PlanStatus): number => PLAN_STATUSES.indexOf(status);
    for (const [action, { from, to }] of Object.entries(LIFECYCLE_TRANSITIONS)) {
      expect(rank(to)).toBe(action === 'withdraw' ? rank(from) - 1 : rank(from) + 1);
    }
    expect(LIFECYCLE_TRANSITIONS.withdraw).toEqual({ from: 'meclis-onayinda', to: 'taslak' });
  });

  it('withdraws a submitted plan to a draft, undoing the submission, not before the submission date', () => {
    expect(planTransition(SUBMITTED, STEPS.withdraw)).toEqual({
      ok: true,
      changes: { status: 'taslak', submittedToCouncil: null },
    });
    expect(planTransition(SUBMITTED, { action: 'withdraw', date: '2024-09-01' }, 'en')).toEqual({
      ok: false,
      code: 'DATE_ORDER',
      path: 'date',
      message: 'The withdrawal date 2024-09-01 is before the submission to the council on 2024-09-02',
    });
  });

  it('refuses a council decision dated before the submission with DATE_ORDER on date, and takes the same day', () => {
    const early = planTransition(SUBMITTED, { ...STEPS.enact, date: '2024-09-01' }, 'en');
    expect(early).toEqual({
      ok: false,
      code: 'DATE_ORDER',
      path: 'date',
      message: 'The council decision date 2024-09-01 is before the submission to the council on 2024-09-02',
    });
    expect(planTransition(SUBMITTED, { ...STEPS.enact, date: '2024-09-02' }).ok).toBe(true);
    const tr = planTransition(SUBMITTED, { ...STEPS.enact, date: '2024-09-01' });
    expect(tr).toMatchObject({ ok: false, code: 'DATE_ORDER' });
    expect(!tr.ok && tr.message).toBe(
      'Meclis karar tarihi 2024-09-01, meclise sunuş tarihinden (2024-09-02) önce olamaz',
    );
  });

  it('refuses a closing date before the council decision (or the submission), and takes the decision day', () => {
    expect(planTransition(IN_FORCE, { action: 'close', date: '2024-09-04' }, 'en')).toMatchObject({
      ok: false,
      code: 'DATE_ORDER',
      message: expect.stringContaining('the council decision on 2024-09-05'),
    });
    expect(planTransition(IN_FORCE, { action: 'close', date: '2024-09-05' }).ok).toBe(true);
    // A plan in force by an imported status may lack the decision date: the submission still orders.
    const noDecision = { ...IN_FORCE, councilDecisionDate: null };
    expect(planTransition(noDecision, { action: 'close', date: '2024-09-01' }, 'en')).toMatchObject({
      ok: false,
      code: 'DATE_ORDER',
      message: expect.stringContaining('the submission to the council on 2024-09-02'),
    });
  });

  it('orders nothing when the earlier date is unknown (a status imported without dates)', () => {
    expect(
      planTransition({ ...SUBMITTED, submittedToCouncil: null }, { ...STEPS.enact, date: '1990-01-01' }).ok,
    ).toBe(true);
    expect(
      planTransition({ ...IN_FORCE, submittedToCouncil: null, councilDecisionDate: null }, STEPS.close).ok,
    ).toBe(true);
  });

  it('checks the status before the dates: a wrong-state step is PLAN_STATUS even with a bad order', () => {
    expect(planTransition(DRAFT, { ...STEPS.enact, date: '1990-01-01' })).toMatchObject({
      code: 'PLAN_STATUS',
    });
  });

  it('trims the council decision number and leaves a blank one for COUNCIL_DECISION to refuse', () => {
    expect(planTransition(SUBMITTED, { ...STEPS.enact, number: '  2024/138 ' })).toMatchObject({
      changes: { councilDecisionNumber: '2024/138' },
    });
    expect(planTransition(SUBMITTED, { ...STEPS.enact, number: '   ' })).toMatchObject({
      ok: true,
      changes: { councilDecisionNumber: '' },
    });
  });

  it('throws on a date that is not YYYY-MM-DD: input is validated before it gets here', () => {
    expect(() => planTransition(DRAFT, { action: 'submit', date: '2025-02-30' })).toThrow(RangeError);
    expect(() => planTransition(DRAFT, { action: 'submit', date: '02.09.2024' })).toThrow(RangeError);
  });
});

describe('isExpired', () => {
  it('marks a plan whose last year is over and that was never closed', () => {
    const plan = { endYear: 2024 };
    expect(isExpired(plan, 'yururlukte', 2025)).toBe(true);
    expect(isExpired(plan, 'taslak', 2025)).toBe(true);
    expect(isExpired(plan, 'meclis-onayinda', 2026)).toBe(true);
  });

  it('does not mark a plan in its last year, or a closed one', () => {
    expect(isExpired({ endYear: 2024 }, 'yururlukte', 2024)).toBe(false);
    expect(isExpired({ endYear: 2024 }, 'kapandi', 2030)).toBe(false);
  });
});
