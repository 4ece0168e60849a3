import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { AuditEntryResponse } from '../../contracts/audit.js';
import { validPlanDocument } from '../plans/test-fixtures.js';
import { addAuditSheet } from './audit-sheet.js';
import { renderWorkbook } from './workbook-format.js';

const entry = (fields: Partial<AuditEntryResponse>): AuditEntryResponse => ({
  id: '1',
  at: '2025-07-10T09:30:00.000Z',
  entity: 'indicator_value',
  entityId: 'value-1',
  action: 'insert',
  period: '2025-H1',
  oldValue: null,
  newValue: null,
  reason: null,
  actor: { id: 'user-1', email: 'park@pusula.local' },
  dbUser: 'pusula',
  ...fields,
});

async function audit(entries: AuditEntryResponse[]): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  const buffer = await renderWorkbook((target) =>
    addAuditSheet(target, {
      document: validPlanDocument(),
      period: '2025-H1',
      entryPeriods: ['2025-H1'],
      entries,
      recordCodes: new Map([['indicator-1', 'PG1.1.1']]),
    }),
  );
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.getWorksheet('Denetim izi 2025-H1') as ExcelJS.Worksheet;
}

describe('audit sheet', () => {
  it('one row per inserted record and per changed field, in Turkey’s time, with the indicator’s code', async () => {
    const sheet = await audit([
      entry({
        newValue: {
          id: 'value-1',
          indicatorId: 'indicator-1',
          period: '2025-H1',
          value: 108000,
          status: 'draft',
          version: 1,
        },
      }),
      entry({
        id: '2',
        at: '2025-07-11T21:15:00.000Z',
        action: 'update',
        oldValue: { value: 108000, status: 'draft', version: 1 },
        newValue: { value: 109000, status: 'submitted', version: 2 },
        reason: 'Sayım düzeltildi',
      }),
      entry({
        id: '3',
        action: 'update',
        oldValue: { version: 2 },
        newValue: { version: 3 },
        actor: null,
        dbUser: 'postgres',
      }),
    ]);
    const rows = [5, 6, 7, 8].map((row) => (sheet.getRow(row).values as unknown[]).slice(1));
    expect(rows).toEqual([
      [
        new Date(Date.UTC(2025, 6, 10, 12, 30)),
        'park@pusula.local',
        'Eklendi',
        'Gösterge değeri',
        'PG1.1.1',
        '2025-H1',
        undefined,
        undefined,
        'Değer: 108000; Durum: taslak',
      ],
      [
        new Date(Date.UTC(2025, 6, 12, 0, 15)),
        'park@pusula.local',
        'Değiştirildi',
        'Gösterge değeri',
        'PG1.1.1',
        '2025-H1',
        'Değer',
        108000,
        109000,
        'Sayım düzeltildi',
      ],
      [
        new Date(Date.UTC(2025, 6, 12, 0, 15)),
        'park@pusula.local',
        'Değiştirildi',
        'Gösterge değeri',
        'PG1.1.1',
        '2025-H1',
        'Durum',
        'taslak',
        'onaya gönderildi',
        'Sayım düzeltildi',
      ],
      [
        new Date(Date.UTC(2025, 6, 10, 12, 30)),
        'veritabanında doğrudan: postgres',
        'Değiştirildi',
        'Gösterge değeri',
        'PG1.1.1',
        '2025-H1',
      ],
    ]);
    expect(sheet.getCell('A5').numFmt).toBe('dd.mm.yyyy hh:mm:ss');
  });

  it('says so when the period has no recorded change', async () => {
    const sheet = await audit([]);
    expect(sheet.getCell('A5').value).toBe('Bu dönemde kayıtlı değişiklik yok.');
  });
});
