import { beforeAll, describe, expect, it } from '@jest/globals';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type {
  PreparationResponse,
  PreparationStepResponse,
  TeamMemberResponse,
} from '../../src/contracts/preparation.js';
import type { AuditPageResponse } from '../../src/contracts/audit.js';
import type { PlanResponse } from '../../src/contracts/resources.js';
import { addMonthsClamped } from '../../src/modules/plans/preparation-timeline.js';
import { DEFAULT_STEP_TITLES } from '../../src/modules/preparation/preparation-steps.js';
import { istanbulDate } from '../../src/common/clock.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiClient } from '../support/api-client.js';
import { expectError } from '../support/expect-error.js';
import {
  expectRowsChanged,
  importPlan,
  ok,
  refusedUnchanged,
  useExampleAndCast,
} from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
const cast = useExampleAndCast(t, 'hazirlik.local', ['Hazırlık Belediyesi', 'Başka Belediye'], {
  names: { planner: 'Ayşe Planlamacı', unitManager: 'Park Müdürü', reviewer: 'Denetçi' },
});
const TODAY = istanbulDate();

/** Whole days from one YYYY-MM-DD date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

let preparation: string;

beforeAll(() => {
  preparation = `${cast.home.plan}/preparation`;
});

async function readPreparation(client: ApiClient = cast.planner.client): Promise<PreparationResponse> {
  return ok(client.get<PreparationResponse>(preparation));
}

describe('GET /api/plans/:planId/preparation', () => {
  it('answers an empty programme with the legal timeline of the plan', async () => {
    const plan = await ok(t.api.get<PlanResponse>(cast.home.plan));
    const answer = await readPreparation();
    expect(answer).toEqual({ team: [], steps: [], timeline: plan.preparation });
    expect(answer.timeline).toMatchObject({
      applies: true,
      electionDate: '2024-03-31',
      deadline: '2024-09-30',
    });
  });
});

describe('the planning team', () => {
  let coordinator: TeamMemberResponse;
  let outsider: TeamMemberResponse;

  it('takes a user of the institution as coordinator, named as the account is', async () => {
    const before = await t.countRows();
    coordinator = await ok(
      cast.planner.client.post<TeamMemberResponse>(`${preparation}/team`, {
        userId: cast.planner.id,
        role: 'coordinator',
        unitCode: 'PARK',
      }),
      201,
    );
    expect(coordinator).toEqual({
      id: expect.any(String),
      userId: cast.planner.id,
      name: 'Ayşe Planlamacı',
      title: null,
      role: 'coordinator',
      unitCode: 'PARK',
      position: 1,
      version: 1,
    });
    // Stored, and recorded by the audit trigger with the planner as actor.
    await expectRowsChanged(t, before, { preparation_team_members: 1 });
    const trail = await ok(
      t.api.get<AuditPageResponse>(`${cast.home.plan}/audit?entity=preparation_team_member`),
    );
    expect(trail.items).toEqual([
      expect.objectContaining({
        entity: 'preparation_team_member',
        entityId: coordinator.id,
        action: 'insert',
        actor: expect.objectContaining({ id: cast.planner.id }),
      }),
    ]);
  });

  it('takes a named outsider without an account', async () => {
    outsider = await ok(
      cast.planner.client.post<TeamMemberResponse>(`${preparation}/team`, {
        name: 'Mehmet Danışman',
        title: 'Kent Konseyi Başkanı',
        role: 'member',
      }),
      201,
    );
    expect(outsider).toMatchObject({ userId: null, name: 'Mehmet Danışman', title: 'Kent Konseyi Başkanı' });
    expect(outsider.position).toBe(2);
    expect((await readPreparation(cast.reviewer.client)).team).toEqual([coordinator, outsider]);
  });

  it('refuses a second coordinator, however it comes', async () => {
    const body = await refusedUnchanged(t, 400, 'PREP_ONE_COORDINATOR', () =>
      cast.planner.client.post(`${preparation}/team`, { name: 'İkinci Koordinatör', role: 'coordinator' }),
    );
    expect(body.details).toEqual([
      { path: 'role', code: 'PREP_ONE_COORDINATOR', message: expect.any(String) },
    ]);
    expect(body.message).toContain('Ayşe Planlamacı');
    await refusedUnchanged(t, 400, 'PREP_ONE_COORDINATOR', () =>
      cast.planner.client.patch(`${preparation}/team/${outsider.id}`, { role: 'coordinator' }),
    );
    // The coordinator stays coordinator when it is named again.
    const same = await ok(
      cast.planner.client.patch<TeamMemberResponse>(`${preparation}/team/${coordinator.id}`, {
        role: 'coordinator',
      }),
    );
    expect(same.role).toBe('coordinator');
    coordinator = same;
  });

  it('refuses bad members with 400, a code and details, and stores nothing', async () => {
    const cases: Array<{ body: unknown; code: string; path: string; status?: number }> = [
      { body: { role: 'member' }, code: 'PREP_MEMBER_PERSON', path: 'userId' },
      {
        body: { userId: cast.reviewer.id, name: 'Denetçi', role: 'member' },
        code: 'PREP_MEMBER_PERSON',
        path: 'name',
      },
      {
        body: { userId: cast.reviewer.id, title: 'Unvan', role: 'member' },
        code: 'PREP_MEMBER_PERSON',
        path: 'title',
      },
      { body: { userId: cast.foreignPlanner.id, role: 'member' }, code: 'PREP_NOT_A_MEMBER', path: 'userId' },
      { body: { name: 'Birimsiz', role: 'member', unitCode: 'YOK' }, code: 'UNKNOWN_UNIT', path: 'unitCode' },
      { body: { name: 'Rolsüz', role: 'chief' }, code: 'VALIDATION_FAILED', path: 'role' },
      { body: { name: '', role: 'member' }, code: 'VALIDATION_FAILED', path: 'name' },
      { body: { userId: 'not-a-uuid', role: 'member' }, code: 'VALIDATION_FAILED', path: 'userId' },
      { body: { name: 'Fazla', role: 'member', extra: 1 }, code: 'VALIDATION_FAILED', path: 'extra' },
      { body: { userId: cast.planner.id, role: 'member' }, code: 'DUPLICATE', path: 'userId', status: 409 },
    ];
    for (const { body, code, path, status } of cases) {
      const refused = await refusedUnchanged(t, status ?? 400, code, () =>
        cast.planner.client.post(`${preparation}/team`, body),
      );
      expect([code, refused.details?.map((detail) => detail.path)]).toEqual([
        code,
        expect.arrayContaining([path]),
      ]);
    }
    await refusedUnchanged(t, 400, 'PREP_MEMBER_PERSON', () =>
      cast.planner.client.patch(`${preparation}/team/${coordinator.id}`, { name: 'Başka Ad' }),
    );
  });

  it('changes an outsider and refuses a stale version with 409 and the member as it is', async () => {
    const changed = await ok(
      cast.planner.client.patch<TeamMemberResponse>(`${preparation}/team/${outsider.id}`, {
        version: outsider.version,
        title: 'Üniversite temsilcisi',
        unitCode: 'ZABITA',
      }),
    );
    expect(changed).toMatchObject({
      title: 'Üniversite temsilcisi',
      unitCode: 'ZABITA',
      version: outsider.version + 1,
    });
    const stale = await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
      cast.planner.client.patch(`${preparation}/team/${outsider.id}`, {
        version: outsider.version,
        title: 'Eski',
      }),
    );
    expect(stale.current).toEqual(changed);
    outsider = changed;
  });

  it('answers 404 for a member that is not in the plan', async () => {
    const foreign = await ok(
      t.api.post<TeamMemberResponse>(`${cast.other.plan}/preparation/team`, {
        name: 'Başka Üye',
        role: 'member',
      }),
      201,
    );
    for (const id of [foreign.id, '00000000-0000-4000-8000-000000000000', 'abc']) {
      await refusedUnchanged(t, 404, 'PREP_MEMBER_NOT_FOUND', () =>
        cast.planner.client.patch(`${preparation}/team/${id}`, { role: 'member' }),
      );
      await refusedUnchanged(t, 404, 'PREP_MEMBER_NOT_FOUND', () =>
        cast.planner.client.delete(`${preparation}/team/${id}`),
      );
    }
  });
});

describe('the steps', () => {
  let steps: PreparationStepResponse[];

  it('start with the default steps, dated from the election to the deadline and Yayım in the publication week', async () => {
    steps = await ok(
      cast.planner.client.post<PreparationStepResponse[]>(`${preparation}/steps/defaults`),
      201,
    );
    expect(steps.map((step) => step.title)).toEqual([...DEFAULT_STEP_TITLES]);
    expect(steps.map((step) => step.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(steps[0].startDate).toBe('2024-03-31');
    expect(steps[6].dueDate).toBe('2024-09-30');
    expect(steps[7]).toMatchObject({ startDate: '2025-01-01', dueDate: '2025-01-07' });
    for (const step of steps) {
      expect(step).toMatchObject({ status: 'planned', doneDate: null, ownerId: null, version: 1 });
      // All due in 2024 or the first week of 2025: late today.
      expect([step.late, step.lateDays]).toEqual([true, daysBetween(step.dueDate, TODAY)]);
    }
    expect((await readPreparation(cast.unitManager.client)).steps).toEqual(steps);
  });

  it('span six months from today for an institution the election deadline does not bind', async () => {
    const document = workedExampleDocument({ institutionName: 'Hazırlık Birliği' });
    document.institution = { name: 'Hazırlık Birliği', kind: 'birlik' };
    const union = await importPlan(t.api, document);
    const defaults = await ok(
      t.api.post<PreparationStepResponse[]>(`${union.plan}/preparation/steps/defaults`),
      201,
    );
    expect(defaults[0].startDate).toBe(TODAY);
    expect(defaults[6].dueDate).toBe(addMonthsClamped(TODAY, 6));
    expect(defaults[7]).toMatchObject({ title: 'Yayım', startDate: '2025-01-01', dueDate: '2025-01-07' });
    const { timeline } = await ok(t.api.get<PreparationResponse>(`${union.plan}/preparation`));
    expect(timeline).toMatchObject({ applies: false, exemption: 'kind', deadline: null });
  });

  it('take the defaults only into an empty programme', async () => {
    await refusedUnchanged(t, 409, 'PREP_STEPS_EXIST', () =>
      cast.planner.client.post(`${preparation}/steps/defaults`),
    );
  });

  it('are no longer late when done, with the done date', async () => {
    const done = await ok(
      cast.planner.client.patch<PreparationStepResponse>(`${preparation}/steps/${steps[0].id}`, {
        version: 1,
        status: 'done',
        doneDate: '2024-04-20',
      }),
    );
    expect(done).toMatchObject({
      status: 'done',
      doneDate: '2024-04-20',
      late: false,
      lateDays: 0,
      version: 2,
    });
    // Back in progress: the done date goes with it, and the step is late again.
    const reopened = await ok(
      cast.planner.client.patch<PreparationStepResponse>(`${preparation}/steps/${steps[0].id}`, {
        status: 'in-progress',
      }),
    );
    expect(reopened).toMatchObject({ status: 'in-progress', doneDate: null, late: true });
    steps[0] = reopened;
  });

  it('are late from the day after their due date in Istanbul, not on it', async () => {
    const dueToday = await ok(
      cast.planner.client.post<PreparationStepResponse>(`${preparation}/steps`, {
        title: 'Bugün biten adım',
        startDate: addDays(TODAY, -3),
        dueDate: TODAY,
      }),
      201,
    );
    expect([dueToday.late, dueToday.lateDays]).toEqual([false, 0]);
    const dueYesterday = await ok(
      cast.planner.client.patch<PreparationStepResponse>(`${preparation}/steps/${dueToday.id}`, {
        dueDate: addDays(TODAY, -1),
      }),
    );
    expect([dueYesterday.late, dueYesterday.lateDays]).toEqual([true, 1]);
    expect(dueYesterday.position).toBe(9);
    await ok(cast.planner.client.delete(`${preparation}/steps/${dueToday.id}`), 204);
  });

  it('refuse bad dates, status and owners with 400, a code and details, and store nothing', async () => {
    const step = `${preparation}/steps/${steps[1].id}`;
    const cases: Array<{ body: unknown; code: string; path: string }> = [
      { body: { dueDate: '2024-01-01' }, code: 'DATE_ORDER', path: 'dueDate' },
      { body: { status: 'done' }, code: 'PREP_DONE_DATE', path: 'doneDate' },
      { body: { doneDate: '2024-05-01' }, code: 'PREP_DONE_DATE', path: 'doneDate' },
      {
        body: { ownerId: '00000000-0000-4000-8000-000000000000' },
        code: 'PREP_UNKNOWN_OWNER',
        path: 'ownerId',
      },
      { body: { status: 'finished' }, code: 'VALIDATION_FAILED', path: 'status' },
      { body: { dueDate: '2024-02-30' }, code: 'VALIDATION_FAILED', path: 'dueDate' },
      { body: { title: '' }, code: 'VALIDATION_FAILED', path: 'title' },
      { body: { position: 0 }, code: 'VALIDATION_FAILED', path: 'position' },
    ];
    for (const { body, code, path } of cases) {
      const refused = await refusedUnchanged(t, 400, code, () => cast.planner.client.patch(step, body));
      expect([code, refused.details?.map((detail) => detail.path)]).toEqual([
        code,
        expect.arrayContaining([path]),
      ]);
    }
    const both = await refusedUnchanged(t, 400, 'DATE_ORDER', () =>
      cast.planner.client.post(`${preparation}/steps`, {
        title: 'Ters tarihli',
        startDate: '2024-06-01',
        dueDate: '2024-05-01',
        status: 'done',
      }),
    );
    expect(both.details?.map((detail) => detail.code)).toEqual(['DATE_ORDER', 'PREP_DONE_DATE']);
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.post(`${preparation}/steps`, { title: 'Tarihsiz' }),
    );
  });

  it('take a team member as owner, who leaves them without an owner when removed', async () => {
    const owner = await ok(
      cast.planner.client.post<TeamMemberResponse>(`${preparation}/team`, {
        name: 'Geçici Üye',
        role: 'member',
      }),
      201,
    );
    const owned = await ok(
      cast.planner.client.patch<PreparationStepResponse>(`${preparation}/steps/${steps[1].id}`, {
        ownerId: owner.id,
      }),
    );
    expect(owned.ownerId).toBe(owner.id);
    // An owner from another plan's team is not one of this plan's.
    const foreign = (await ok(t.api.get<PreparationResponse>(`${cast.other.plan}/preparation`))).team[0];
    await refusedUnchanged(t, 400, 'PREP_UNKNOWN_OWNER', () =>
      cast.planner.client.patch(`${preparation}/steps/${steps[1].id}`, { ownerId: foreign.id }),
    );
    await ok(cast.planner.client.delete(`${preparation}/team/${owner.id}`), 204);
    const after = await readPreparation();
    expect(after.steps[1].ownerId).toBeNull();
    expect(after.team.map((member) => member.position)).toEqual([1, 2]);
    steps = after.steps;
  });

  it('move to a new position and renumber the others', async () => {
    const moved = await ok(
      cast.planner.client.patch<PreparationStepResponse>(`${preparation}/steps/${steps[7].id}`, {
        position: 1,
      }),
    );
    expect(moved).toMatchObject({ title: 'Yayım', position: 1 });
    const order = (await readPreparation()).steps;
    expect(order.map((step) => step.title)).toEqual(
      [steps[7], ...steps.slice(0, 7)].map((step) => step.title),
    );
    expect(order.map((step) => step.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // And back to the end; a position past the end is the end.
    await ok(cast.planner.client.patch(`${preparation}/steps/${steps[7].id}`, { position: 99 }));
    expect((await readPreparation()).steps.map((step) => step.id)).toEqual(steps.map((step) => step.id));
  });

  it('go in at a position, and a delete closes the gap', async () => {
    const inserted = await ok(
      cast.planner.client.post<PreparationStepResponse>(`${preparation}/steps`, {
        title: 'Paydaş analizi',
        startDate: '2024-04-10',
        dueDate: '2024-05-10',
        position: 2,
      }),
      201,
    );
    expect(inserted.position).toBe(2);
    let order = (await readPreparation()).steps;
    expect(order.map((step) => step.id)).toEqual([
      steps[0].id,
      inserted.id,
      ...steps.slice(1).map((step) => step.id),
    ]);
    await ok(cast.planner.client.delete(`${preparation}/steps/${inserted.id}`), 204);
    order = (await readPreparation()).steps;
    expect(order.map((step) => step.id)).toEqual(steps.map((step) => step.id));
    expect(order.map((step) => step.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuse a stale write with 409 and the step as it is', async () => {
    const current = (await readPreparation()).steps[2];
    await ok(
      cast.planner.client.patch(`${preparation}/steps/${current.id}`, {
        version: current.version,
        title: 'Yeni ad',
      }),
    );
    const stale = await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
      cast.planner.client.patch(`${preparation}/steps/${current.id}`, {
        version: current.version,
        title: 'Eski ad',
      }),
    );
    expect(stale.current).toMatchObject({ id: current.id, title: 'Yeni ad', version: current.version + 1 });
  });

  it('answer 404 for a step that is not in the plan', async () => {
    const foreign = await ok(
      t.api.post<PreparationStepResponse[]>(`${cast.other.plan}/preparation/steps/defaults`),
      201,
    );
    for (const id of [foreign[0].id, '00000000-0000-4000-8000-000000000000', 'abc']) {
      await refusedUnchanged(t, 404, 'PREP_STEP_NOT_FOUND', () =>
        cast.planner.client.patch(`${preparation}/steps/${id}`, { title: 'X' }),
      );
      await refusedUnchanged(t, 404, 'PREP_STEP_NOT_FOUND', () =>
        cast.planner.client.delete(`${preparation}/steps/${id}`),
      );
    }
  });
});

describe('who may read and write the programme', () => {
  const write = (client: ApiClient, path = preparation) =>
    client.post(`${path}/team`, { name: 'Yetkisiz', role: 'member' });

  it('lets every role of the institution read it', async () => {
    for (const client of [cast.planner.client, cast.unitManager.client, cast.reviewer.client, t.api]) {
      expect((await readPreparation(client)).team.length).toBe(2);
    }
  });

  it('lets only planners and admins write', async () => {
    for (const client of [cast.unitManager.client, cast.reviewer.client]) {
      await refusedUnchanged(t, 403, 'FORBIDDEN', () => write(client));
      await refusedUnchanged(t, 403, 'FORBIDDEN', () => client.post(`${preparation}/steps/defaults`));
    }
  });

  it('answers 404 PLAN_NOT_FOUND to another institution and 401 to anonymous callers', async () => {
    expectError(await cast.foreignPlanner.client.get(preparation), 404, 'PLAN_NOT_FOUND');
    await refusedUnchanged(t, 404, 'PLAN_NOT_FOUND', () => write(cast.foreignPlanner.client));
    expectError(await t.anonymous.get(preparation), 401, 'UNAUTHORIZED');
    await refusedUnchanged(t, 401, 'UNAUTHORIZED', () => write(t.anonymous));
  });
});

describe('a closed plan', () => {
  it('keeps its programme readable and refuses every write with 409 PLAN_CLOSED', async () => {
    const before = await readPreparation();
    await ok(t.api.post(`${cast.home.plan}/lifecycle/close`, { date: TODAY }));
    const member = before.team[1];
    const step = before.steps[0];
    const writes = [
      () => cast.planner.client.post(`${preparation}/team`, { name: 'Geç Kalan', role: 'member' }),
      () => cast.planner.client.patch(`${preparation}/team/${member.id}`, { title: 'Yeni' }),
      () => cast.planner.client.delete(`${preparation}/team/${member.id}`),
      () =>
        cast.planner.client.post(`${preparation}/steps`, { title: 'Yeni', startDate: TODAY, dueDate: TODAY }),
      () => cast.planner.client.patch(`${preparation}/steps/${step.id}`, { title: 'Yeni' }),
      () => cast.planner.client.delete(`${preparation}/steps/${step.id}`),
    ];
    for (const request of writes) {
      const body: ErrorBody = await refusedUnchanged(t, 409, 'PLAN_CLOSED', request);
      expect(body.message).toBeTruthy();
    }
    expect(await readPreparation()).toEqual(before);
  });
});
