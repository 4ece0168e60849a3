import { describe, expect, it } from '@jest/globals';
import type { StepResponse } from '../../contracts/working-groups.js';
import {
  boardProblems,
  founderProblems,
  groupAllows,
  managerConflicts,
  managersOfSeveralGroups,
  monthsWithoutMeeting,
  nextStage,
  quorumProblem,
  stateAfterDecision,
  stepProblem,
} from './working-group-rules.js';

const ids = (count: number, prefix = 'm'): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
const members = new Set(ids(10));

describe('WG_FOUNDERS', () => {
  it('refuses 4 founders and accepts 5', () => {
    expect(founderProblems(ids(4), members)).toEqual({ tooFew: true, count: 4, notMembers: [] });
    expect(founderProblems(ids(5), members)).toBeNull();
  });

  it('counts a founder named twice once', () => {
    expect(founderProblems([...ids(4), 'm1'], members)).toEqual({ tooFew: true, count: 4, notMembers: [] });
  });

  it('names a fifth founder who is not a member, and then there are only 4', () => {
    expect(founderProblems([...ids(4), 'stranger'], members)).toEqual({
      tooFew: true,
      count: 4,
      notMembers: ['stranger'],
    });
  });

  it('names a non-member even when enough others are members', () => {
    expect(founderProblems([...ids(5), 'stranger'], members)).toEqual({
      tooFew: false,
      count: 5,
      notMembers: ['stranger'],
    });
  });
});

describe('WG_QUORUM', () => {
  it('refuses 5 present and accepts 6', () => {
    expect(quorumProblem(ids(5))).toBe(5);
    expect(quorumProblem(ids(6))).toBeNull();
  });

  it('counts a member named twice once', () => {
    expect(quorumProblem([...ids(5), 'm5'])).toBe(5);
  });
});

describe('WG_BOARD_SIZE', () => {
  const present = ids(6);

  it('accepts 1 chair + 4 managers, all present', () => {
    expect(
      boardProblems({ chairId: 'm1', managerIds: ['m2', 'm3', 'm4', 'm5'], presentIds: present }),
    ).toEqual([]);
  });

  it('refuses 1 + 3 and 1 + 5', () => {
    expect(boardProblems({ chairId: 'm1', managerIds: ['m2', 'm3', 'm4'], presentIds: present })).toEqual([
      { kind: 'managerCount', count: 3 },
    ]);
    expect(
      boardProblems({ chairId: 'm1', managerIds: ['m2', 'm3', 'm4', 'm5', 'm6'], presentIds: present }),
    ).toEqual([{ kind: 'managerCount', count: 5 }]);
  });

  it('refuses a manager named twice and a chair among the managers', () => {
    expect(
      boardProblems({ chairId: 'm1', managerIds: ['m2', 'm2', 'm3', 'm4'], presentIds: present }),
    ).toEqual([{ kind: 'managerCount', count: 4 }]);
    expect(
      boardProblems({ chairId: 'm1', managerIds: ['m1', 'm2', 'm3', 'm4'], presentIds: present }),
    ).toEqual([{ kind: 'chairIsManager', memberId: 'm1' }]);
  });

  it('names each elected member who was not present', () => {
    expect(
      boardProblems({ chairId: 'm9', managerIds: ['m2', 'm3', 'm4', 'm8'], presentIds: present }),
    ).toEqual([
      { kind: 'notPresent', memberId: 'm9' },
      { kind: 'notPresent', memberId: 'm8' },
    ]);
  });
});

describe('WG_ONE_GROUP_PER_MANAGER', () => {
  const holders = [
    { memberId: 'm1', groupId: 'g1' },
    { memberId: 'm2', groupId: 'g1' },
    { memberId: 'm3', groupId: 'g2' },
  ];

  it('refuses a new election of someone who manages another group', () => {
    expect(managerConflicts('g2', ['m1', 'm4'], holders)).toEqual([{ memberId: 'm1', groupId: 'g1' }]);
  });

  it('lets a group re-elect its own board (the new term ends the old one)', () => {
    expect(managerConflicts('g1', ['m1', 'm2'], holders)).toEqual([]);
  });

  it('finds a person holding posts in two groups across the stored groups', () => {
    expect(managersOfSeveralGroups([...holders, { memberId: 'm3', groupId: 'g1' }])).toEqual([
      { memberId: 'm3', groupIds: ['g2', 'g1'] },
    ]);
    expect(managersOfSeveralGroups(holders)).toEqual([]);
  });
});

describe('WG_MONTHLY_MEETING', () => {
  const active = { state: 'active' as const, decisionDate: '2026-01-20' };

  it('warns of each whole month since acceptance without a meeting, not the acceptance month nor the current one', () => {
    expect(monthsWithoutMeeting(active, ['2026-02-03', '2026-04-28'], '2026-06-10')).toEqual([
      '2026-03',
      '2026-05',
    ]);
  });

  it('has nothing to say while the first whole month is still running', () => {
    expect(monthsWithoutMeeting(active, [], '2026-02-27')).toEqual([]);
    expect(monthsWithoutMeeting(active, [], '2026-03-01')).toEqual(['2026-02']);
  });

  it('crosses the year end', () => {
    expect(
      monthsWithoutMeeting({ state: 'active', decisionDate: '2025-11-05' }, ['2025-12-01'], '2026-02-01'),
    ).toEqual(['2026-01']);
  });

  it('judges only an active group', () => {
    for (const state of ['proposed', 'rejected', 'closed'] as const) {
      expect(monthsWithoutMeeting({ state, decisionDate: '2025-01-01' }, [], '2026-06-01')).toEqual([]);
    }
  });
});

describe('group states', () => {
  it('a proposal is decided: accepted → active, rejected → rejected', () => {
    expect(groupAllows('proposed', 'decide')).toBe(true);
    expect(stateAfterDecision('accepted')).toBe('active');
    expect(stateAfterDecision('rejected')).toBe('rejected');
  });

  it('only an active group closes, elects, meets and recommends', () => {
    for (const action of ['close', 'elect', 'meet', 'recommend'] as const) {
      expect(groupAllows('active', action)).toBe(true);
      expect(groupAllows('proposed', action)).toBe(false);
      expect(groupAllows('rejected', action)).toBe(false);
      expect(groupAllows('closed', action)).toBe(false);
    }
  });

  it('a decided group is not decided again', () => {
    for (const state of ['active', 'rejected', 'closed'] as const)
      expect(groupAllows(state, 'decide')).toBe(false);
  });
});

describe('recommendation steps', () => {
  const step = (
    stage: StepResponse['stage'],
    decision: StepResponse['decision'],
    date = '2026-03-01',
  ): StepResponse => ({
    stage,
    decision,
    date,
    note: null,
  });

  it('travels working group → executive board → general assembly → municipal council, whose answer closes it', () => {
    const steps: StepResponse[] = [];
    expect(nextStage(steps)).toBe('working-group');
    steps.push(step('working-group', 'accepted'));
    expect(nextStage(steps)).toBe('executive-board');
    steps.push(step('executive-board', 'amended'));
    expect(nextStage(steps)).toBe('general-assembly');
    steps.push(step('general-assembly', 'accepted'));
    expect(nextStage(steps)).toBe('municipal-council');
    steps.push(step('municipal-council', 'accepted'));
    expect(nextStage(steps)).toBeNull();
    expect(stepProblem(steps, step('municipal-council', 'accepted'))).toEqual({ kind: 'closed' });
  });

  it('a step sent back returns to the stage before; a rejection ends the journey', () => {
    expect(nextStage([step('working-group', 'accepted'), step('executive-board', 'sent-back')])).toBe(
      'working-group',
    );
    expect(nextStage([step('working-group', 'accepted'), step('executive-board', 'rejected')])).toBeNull();
  });

  it('refuses a step out of order, naming the expected stage', () => {
    expect(stepProblem([step('working-group', 'accepted')], step('general-assembly', 'accepted'))).toEqual({
      kind: 'order',
      expected: 'executive-board',
    });
  });

  it('refuses a step dated before the last one, and takes the same day', () => {
    const steps = [step('working-group', 'accepted', '2026-03-10')];
    expect(stepProblem(steps, step('executive-board', 'accepted', '2026-03-09'))).toEqual({
      kind: 'date',
      before: '2026-03-10',
    });
    expect(stepProblem(steps, step('executive-board', 'accepted', '2026-03-10'))).toBeNull();
  });

  it('the working group cannot send back', () => {
    expect(stepProblem([], step('working-group', 'sent-back'))).toEqual({
      kind: 'decision',
      decision: 'sent-back',
    });
  });
});
