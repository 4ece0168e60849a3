import { beforeAll, describe, expect, it } from '@jest/globals';
import type { PlanSummaryResponse } from '../../src/contracts/resources.js';
import type {
  CouncilValidationResponse,
  GroupSummaryResponse,
  PublicCouncilResponse,
  RecommendationResponse,
} from '../../src/contracts/working-groups.js';
import { seedDemoPlans } from '../support/demo-plans.js';
import { ok } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * The demo's city council (issue 15 point 4): Kahramanmaraş Kent Meclisi gets three working
 * groups, a year of meetings with one missed month, and a recommendation accepted by the
 * municipal council and linked to a target of the Bilecik plan (an illustrative pairing).
 */

const t = useTestApp();
let council: string;
let bilecik: PlanSummaryResponse;

beforeAll(async () => {
  const demoPlan = await seedDemoPlans(t);
  bilecik = demoPlan('Bilecik Belediyesi');
  council = `/api/institutions/${demoPlan('Kahramanmaraş Kent Meclisi').institution.id}`;
}, 120_000);

describe('the demo council', () => {
  it('has two active groups with a chair and four managers, and a proposal of 4 founders', async () => {
    const groups = await ok(t.api.get<GroupSummaryResponse[]>(`${council}/working-groups`));
    expect(
      groups.map((g) => [g.name, g.state, g.managers.length, g.memberCount >= 6 || g.state === 'proposed']),
    ).toEqual([
      ['Engelsiz Kent Çalışma Grubu', 'active', 4, true],
      ['Kent Tarımı ve Gıda Çalışma Grubu', 'active', 4, true],
      ['Gençlik ve Spor Çalışma Grubu', 'proposed', 0, true],
    ]);
    expect(groups.map((g) => g.meetingCount)).toEqual([11, 12, 0]);
  });

  it('shows WG_FOUNDERS for the proposal and one WG_MONTHLY_MEETING for the missed month', async () => {
    const validation = await ok(t.api.get<CouncilValidationResponse>(`${council}/validation`));
    expect(validation.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['WG_MONTHLY_MEETING', 'warning'],
      ['WG_FOUNDERS', 'error'],
    ]);
  });

  it('shows the recommendation accepted by the municipal council on the linked Bilecik plan', async () => {
    const linked = await ok(
      t.api.get<RecommendationResponse[]>(`/api/plans/${bilecik.id}/council-recommendations`),
    );
    expect(
      linked.map((r) => [r.title, r.planCode, r.closed, r.steps.at(-1)?.stage, r.steps.at(-1)?.decision]),
    ).toEqual([['Kaldırım rampaları için ortak standart', 'H1.1', true, 'municipal-council', 'accepted']]);
    expect(linked[0].reply?.by).toBe('Ayşe Yıldız');
    const publicPage = await ok(
      t.anonymous.get<PublicCouncilResponse>(
        `/api/public/councils/${council.split('/').at(-1) ?? ''}/working-groups`,
      ),
    );
    expect(publicPage.groups.flatMap((g) => g.recommendations.map((r) => r.title))).toEqual([
      'Kaldırım rampaları için ortak standart',
      'Her mahalleye bir bostan',
    ]);
  });
});
