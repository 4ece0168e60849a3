import { describe, expect, it } from '@jest/globals';
import type { PlanStatus } from '../../contracts/plan-document.js';
import { contentLockError, sameContent, type LockedChange } from './plan-content-lock.js';

const ID = '11111111-2222-4333-8444-555555555555';
const plan = (status: PlanStatus): { id: string; status: PlanStatus } => ({ id: ID, status });

const targets: LockedChange = { kind: 'targets', action: 'change', path: 'targets', subject: 'PG1.1.1' };
const mission: LockedChange = { kind: 'content', action: 'change', path: 'mission', subject: 'mission' };

describe('contentLockError', () => {
  it('lets a draft change anything, and a locked plan take a request that changes nothing', () => {
    expect(contentLockError(plan('taslak'), [targets, mission])).toBeNull();
    expect(contentLockError(plan('yururlukte'), [])).toBeNull();
  });

  it('leaves a closed plan to PLAN_CLOSED', () => {
    expect(contentLockError(plan('kapandi'), [mission])).toBeNull();
  });

  it('answers the code of the one kind of change attempted, naming the update route and its field', () => {
    const refused = contentLockError(plan('yururlukte'), [targets], 'en');
    expect(refused).toEqual({
      code: 'TARGETS_VIA_UPDATE',
      message: `The plan is in force: its content changes only through a plan update that an administrator approves (POST /api/plans/${ID}/updates); nothing was changed`,
      details: [
        {
          path: 'targets',
          code: 'TARGETS_VIA_UPDATE',
          message: 'Changing PG1.1.1: through the "targets" of a plan update',
        },
      ],
    });
  });

  it('answers CONTENT_VIA_UPDATE for several kinds, with one detail each', () => {
    const refused = contentLockError(plan('yururlukte'), [
      targets,
      { kind: 'weights', action: 'change', path: 'weight', subject: 'PG1.1.1' },
      mission,
    ]);
    expect(refused?.code).toBe('CONTENT_VIA_UPDATE');
    expect(refused?.details.map((detail) => [detail.path, detail.code])).toEqual([
      ['targets', 'TARGETS_VIA_UPDATE'],
      ['weight', 'WEIGHTS_VIA_UPDATE'],
      ['mission', 'CONTENT_VIA_UPDATE'],
    ]);
    expect(refused?.details[2].message).toBe(
      'mission değişikliği: hiçbir plan güncellemesi bunu taşımaz (güncelleme misyonu, vizyonu, amaçları ve planın geri kalanını korur)',
    );
  });

  it('maps every kind to its code of the family', () => {
    const codes = (['targets', 'weights', 'indicators', 'cards', 'content'] as const).map(
      (kind) =>
        contentLockError(plan('yururlukte'), [{ kind, action: 'create', path: 'code', subject: 'X' }])?.code,
    );
    expect(codes).toEqual([
      'TARGETS_VIA_UPDATE',
      'WEIGHTS_VIA_UPDATE',
      'INDICATORS_VIA_UPDATE',
      'CARDS_VIA_UPDATE',
      'CONTENT_VIA_UPDATE',
    ]);
  });

  it('sends a plan with the council to the withdraw step or to an update once in force', () => {
    const refused = contentLockError(
      plan('meclis-onayinda'),
      [{ kind: 'content', action: 'delete', path: 'code', subject: 'A1' }],
      'en',
    );
    expect(refused?.code).toBe('CONTENT_VIA_UPDATE');
    expect(refused?.message).toBe(
      `The plan is submitted to the council: the council votes on it as submitted. To change it, withdraw it to a draft (POST /api/plans/${ID}/lifecycle/withdraw), or propose a plan update once it is in force (POST /api/plans/${ID}/updates); nothing was changed`,
    );
    expect(refused?.details[0].message).toBe(
      'Deleting A1: no plan update carries it (an update keeps mission, vision, aims and the rest of the plan, UPDATE_RULES)',
    );
  });
});

describe('sameContent', () => {
  it('compares as JSON, key order and null fields aside, list order kept', () => {
    expect(sameContent({ '2026': 2, '2025': 1 }, { '2025': 1, '2026': 2 })).toBe(true);
    expect(sameContent([{ name: 'F', cost: null }], [{ name: 'F' }])).toBe(true);
    expect(sameContent(null, undefined)).toBe(true);
    expect(sameContent([], null)).toBe(true);
    expect(sameContent({}, null)).toBe(true);
    expect(sameContent(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameContent({ '2025': 1 }, { '2025': 2 })).toBe(false);
    expect(sameContent('', null)).toBe(false);
  });
});
