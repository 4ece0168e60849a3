import { beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import { XLSX_CONTENT_TYPE } from '../../src/contracts/workbooks.js';
import { docxParagraphs } from '../../src/modules/reports/test-fixtures.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { importPlan, type ImportedPlan } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * Issue 13, point 5: the situation analysis as one workbook (a sheet per part, Turkish headers,
 * formula-like text kept as text) and as a chapter of the plan book, read back from the files.
 */

const t = useTestApp();
let planned: ImportedPlan;
let bare: ImportedPlan;

const INJECTED = '=HYPERLINK("http://kotu.example","tikla")';

beforeAll(async () => {
  const document: PlanDocument = workedExampleDocument({
    institutionName: 'Tablo Belediyesi',
    planStatus: 'taslak',
  });
  document.plan.settings = { ...document.plan.settings, stakeholderThreshold: 4 };
  document.plan.analysis = {
    history: [{ text: 'Belediye 1950 yılında kuruldu.' }],
    legal: [{ duty: 'Park ve yeşil alan yapmak', basis: '5393 md. 14', needs: 'Yeşil alan envanteri' }],
    activities: [{ field: 'Park hizmetleri', services: ['Park bakımı', 'Ağaçlandırma'] }],
    stakeholders: [
      { name: 'Valilik', kind: 'dis', importance: 5, influence: 4, method: 'toplanti', opinion: INJECTED },
      { name: 'Muhtarlar', kind: 'dis', importance: 3, influence: 5 },
    ],
    pestle: [{ category: 'cevresel', factor: 'Kuraklık', trend: 'negatif', effect: 'tehdit' }],
    swot: [
      { kind: 'guclu', text: 'Deneyimli park ekibi' },
      { kind: 'tehdit', text: 'Kuraklık' },
    ],
    strategies: [{ kind: 'GT', text: 'Damla sulamaya geçmek' }],
    findings: [
      { code: 'T1', kind: 'tespit', text: 'Kişi başı yeşil alan düşük', origin: { part: 'legal', row: 1 } },
      { code: 'İ1', kind: 'ihtiyac', text: 'Yeni parklar' },
    ],
  };
  document.plan.aims[0].targets[0].answers = ['T1'];
  planned = await importPlan(t.api, document);
  bare = await importPlan(t.api, workedExampleDocument({ institutionName: 'Yalın Belediyesi' }));
});

async function workbook(planId: string): Promise<ExcelJS.Workbook> {
  const response = await t.api.download(`/api/plans/${planId}/reports/situation-analysis.xlsx`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
  expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain('Durum Analizi');
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(response.body as unknown as ArrayBuffer);
  return read;
}

/** A sheet's rows from its header (row 4) on, as texts and numbers. */
function table(read: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = read.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => {
    if (number >= 4) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe('GET /api/plans/:planId/reports/situation-analysis.xlsx', () => {
  it('has a sheet per part with Turkish headers, the stakeholders’ strategy at the plan threshold and the findings’ targets', async () => {
    const read = await workbook(planned.planId);
    expect(read.worksheets.map((sheet) => sheet.name)).toEqual([
      'A Tarihçe',
      'B Plan Değerlendirmesi',
      'C Mevzuat',
      'D Üst Politika Belgeleri',
      'E Faaliyet Alanları',
      'F Paydaşlar',
      'G Kuruluş İçi Analiz',
      'H PESTLE',
      'İ GZFT',
      'İ GZFT Stratejileri',
      'J Tespitler ve İhtiyaçlar',
    ]);
    expect(table(read, 'C Mevzuat')).toEqual([
      ['No', 'Yasal Yükümlülük', 'Dayanak', 'Tespitler', 'İhtiyaçlar'],
      [1, 'Park ve yeşil alan yapmak', '5393 md. 14', undefined, 'Yeşil alan envanteri'],
    ]);
    expect(table(read, 'E Faaliyet Alanları')[1]).toEqual([
      1,
      'Park hizmetleri',
      'Park bakımı\nAğaçlandırma',
    ]);
    // Threshold 4: Muhtarlar (önem 3, etki 5) is low importance, high influence.
    expect(table(read, 'F Paydaşlar').slice(0, 3)).toEqual([
      ['No', 'Paydaş', 'İç/Dış', 'Önem', 'Etki', 'Öncelik', 'Strateji', 'Görüş Alma Yöntemi', 'Görüşü'],
      [1, 'Valilik', 'Dış paydaş', 5, 4, 1, 'Birlikte Çalış', 'Toplantı', INJECTED],
      [2, 'Muhtarlar', 'Dış paydaş', 3, 5, 2, 'Çıkarlarını Gözet'],
    ]);
    expect(table(read, 'H PESTLE')[1]).toEqual([1, 'Çevresel', 'Kuraklık', 'Negatif', 'Tehdit']);
    expect(table(read, 'İ GZFT').slice(1)).toEqual([
      [1, 'Güçlü yön', 'Deneyimli park ekibi'],
      [2, 'Tehdit', 'Kuraklık'],
    ]);
    expect(table(read, 'J Tespitler ve İhtiyaçlar')).toEqual([
      ['Kod', 'Tür', 'Metin', 'Kaynağı', 'Karşılayan Hedefler'],
      ['T1', 'Tespit', 'Kişi başı yeşil alan düşük', 'C. Mevzuat Analizi, 1. satır', 'H1.1'],
      ['İ1', 'İhtiyaç', 'Yeni parklar', undefined, 'Karşılayan hedef yok'],
    ]);
    expect(table(read, 'D Üst Politika Belgeleri')[1]).toEqual(['Kayıt yok']);
  });

  it('keeps text that looks like a formula as text', async () => {
    const read = await workbook(planned.planId);
    let formulas = 0;
    read.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => (formulas += cell.type === ExcelJS.ValueType.Formula ? 1 : 0)),
      ),
    );
    expect(formulas).toBe(0);
    const cell = read.getWorksheet('F Paydaşlar')?.getRow(5).getCell(9);
    expect(cell?.value).toBe(INJECTED);
    expect(cell?.numFmt).toBe('@');
  });

  it('answers a plan without an analysis with every sheet empty', async () => {
    const read = await workbook(bare.planId);
    expect(read.worksheets).toHaveLength(11);
    expect(table(read, 'F Paydaşlar')[1]).toEqual(['Kayıt yok']);
  });
});

describe('the plan book’s situation analysis chapter', () => {
  async function paragraphs(planId: string): Promise<string[]> {
    const response = await t.api.download(`/api/plans/${planId}/reports/plan-book.docx`);
    expect(response.status).toBe(200);
    return docxParagraphs(response.body);
  }

  it('writes the parts with rows after the preparation, each with its table', async () => {
    const text = await paragraphs(planned.planId);
    const chapter = text.slice(
      text.indexOf('Durum Analizi'),
      text.indexOf('Misyon, Vizyon ve Temel Değerler'),
    );
    expect(text.indexOf('Durum Analizi')).toBeGreaterThan(text.indexOf('Hazırlık Süreci'));
    expect(chapter.filter((line) => /^[A-Jİ]\. [^,]+$/.test(line))).toEqual([
      'A. Kurumsal Tarihçe',
      'C. Mevzuat Analizi',
      'E. Faaliyet Alanları ile Ürün ve Hizmetler',
      'F. Paydaş Analizi',
      'H. PESTLE Analizi',
      'İ. GZFT Analizi',
      'İ. GZFT Stratejileri',
      'J. Tespitler ve İhtiyaçlar',
    ]);
    expect(chapter).toContain('Belediye 1950 yılında kuruldu.');
    expect(chapter).toEqual(
      expect.arrayContaining(['Muhtarlar', 'Çıkarlarını Gözet', 'Damla sulamaya geçmek']),
    );
    expect(chapter.slice(chapter.indexOf('T1'), chapter.indexOf('T1') + 5)).toEqual([
      'T1',
      'Tespit',
      'Kişi başı yeşil alan düşük',
      'C. Mevzuat Analizi, 1. satır',
      'H1.1',
    ]);
  });

  it('leaves the chapter out of a plan without an analysis', async () => {
    await expect(paragraphs(bare.planId)).resolves.not.toContain('Durum Analizi');
  });
});
