import { beforeAll, describe, expect, it } from '@jest/globals';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import { DOCX_CONTENT_TYPE } from '../../src/contracts/workbooks.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiClient } from '../support/api-client.js';
import { docxParagraphs } from '../../src/modules/reports/test-fixtures.js';
import { addMember, importPlan, ok, type ImportedPlan, importExample } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
const PASSWORD = 'a-long-password';
const NUMBER = new Intl.NumberFormat('tr-TR', { maximumFractionDigits: 6 });

let planned: ImportedPlan;

async function book(
  client: ApiClient,
  planId: string,
): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const response = await fetch(`${t.baseUrl}/api/plans/${planId}/reports/plan-book.docx`, {
    headers: client.token ? { authorization: `Bearer ${client.token}` } : {},
  });
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

function errorOf(body: Buffer): ErrorBody {
  return JSON.parse(body.toString()) as ErrorBody;
}

beforeAll(async () => {
  planned = await importExample(t.api, { institutionName: 'Kitap Belediyesi' });
});

describe('GET /api/plans/:planId/reports/plan-book.docx', () => {
  it('answers the plan book as a Word document named after the plan', async () => {
    const response = await book(t.api, planned.planId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX_CONTENT_TYPE);
    expect(response.headers.get('content-disposition')).toContain('.docx');
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain(
      'Stratejik Plan Kitabı - 2025-2029 Stratejik Planı.docx',
    );
    expect(response.body.subarray(0, 2).toString()).toBe('PK');
  });

  it('holds every target card with the numbers the plan stores: weights, baselines and yearly targets', async () => {
    const document = await ok(t.api.get<PlanDocument>(`${planned.plan}/document`));
    const paragraphs = docxParagraphs((await book(t.api, planned.planId)).body);
    const cards = paragraphs.slice(paragraphs.indexOf('Hedef Kartları'));
    for (const target of document.plan.aims.flatMap((aim) => aim.targets)) {
      expect(cards).toContain(`${target.code} ${target.title}`);
      for (const indicator of target.indicators) {
        const at = cards.indexOf(`${indicator.code} ${indicator.name}`);
        expect(at).toBeGreaterThan(0);
        const years = Object.keys(indicator.targets).sort();
        expect(cards.slice(at + 2, at + 4 + years.length)).toEqual([
          NUMBER.format(indicator.weight),
          indicator.baseline === null ? '—' : NUMBER.format(indicator.baseline),
          ...years.map((year) => NUMBER.format(indicator.targets[year])),
        ]);
      }
    }
  });

  it('says a union is not bound by the election deadline', async () => {
    const union = workedExampleDocument({ institutionName: 'Kitap Belediyeler Birliği' });
    union.institution.kind = 'birlik';
    const imported = await importPlan(t.api, union);
    const paragraphs = docxParagraphs((await book(t.api, imported.planId)).body);
    expect(paragraphs).toContain('Bu kurum için uygulanmaz');
    expect(paragraphs).toContain(
      'Seçimden sonraki altı ay içinde meclise sunma yükümlülüğü yalnızca belediyeler içindir; bu kurum bu süreye bağlı değildir.',
    );
  });

  it('is read by every role of the institution; 401 without a session, 404 elsewhere and for no plan', async () => {
    const unitManager = await addMember(t, {
      email: 'park@book.test',
      name: 'Park',
      password: PASSWORD,
      institutionId: planned.institutionId,
      role: 'unit_manager',
      units: ['PARK'],
    });
    const reviewer = await addMember(t, {
      email: 'meclis@book.test',
      name: 'Meclis',
      password: PASSWORD,
      institutionId: planned.institutionId,
      role: 'reviewer',
    });
    const other = await importExample(t.api, { institutionName: 'Başka Kitap Belediyesi' });
    const stranger = await addMember(t, {
      email: 'planner@other-book.test',
      name: 'Başka',
      password: PASSWORD,
      institutionId: other.institutionId,
      role: 'planner',
    });
    expect((await book(unitManager.client, planned.planId)).status).toBe(200);
    expect((await book(reviewer.client, planned.planId)).status).toBe(200);
    const anonymous = await book(t.anonymous, planned.planId);
    expect({ status: anonymous.status, code: errorOf(anonymous.body).code }).toEqual({
      status: 401,
      code: 'UNAUTHORIZED',
    });
    const elsewhere = await book(stranger.client, planned.planId);
    expect({ status: elsewhere.status, code: errorOf(elsewhere.body).code }).toEqual({
      status: 404,
      code: 'PLAN_NOT_FOUND',
    });
    const missing = await book(t.api, '00000000-0000-4000-8000-000000000000');
    expect({ status: missing.status, code: errorOf(missing.body).code }).toEqual({
      status: 404,
      code: 'PLAN_NOT_FOUND',
    });
  });
});
