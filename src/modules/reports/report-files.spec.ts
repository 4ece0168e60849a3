import { describe, expect, it } from '@jest/globals';
import { contentDisposition, periodProblem, reportFileName, reportPeriod } from './report-files.js';

const PLAN = { startYear: 2025, endYear: 2029 };

describe('report files', () => {
  it('names a report in Turkish without characters file systems refuse', () => {
    expect(reportFileName('monitoring', '2025-2029 Stratejik Planı', '2025-H1')).toBe(
      'İzleme Tablosu 2025-H1 - 2025-2029 Stratejik Planı.xlsx',
    );
    expect(reportFileName('target-cards', 'Plan: "A/B" \u0007 <x>')).toBe('Hedef Kartları - Plan A B x.xlsx');
    expect(reportFileName('plan', 'x'.repeat(300)).length).toBeLessThanOrEqual(155);
  });

  it('sends the name as RFC 5987 filename* with an ASCII fallback', () => {
    expect(contentDisposition("Değerlendirme Tablosu 2025 - Çevre (it's) planı*.xlsx")).toBe(
      `attachment; filename="Degerlendirme Tablosu 2025 - Cevre (it's) plani*.xlsx"; ` +
        `filename*=UTF-8''De%C4%9Ferlendirme%20Tablosu%202025%20-%20%C3%87evre%20%28it%27s%29%20plan%C4%B1%2A.xlsx`,
    );
    expect(contentDisposition('İŞĞÜÖÇ "ı".xlsx')).toContain('filename="ISGUOC _i_.xlsx"');
  });

  it('takes the period each report is for, within the plan years', () => {
    expect(reportPeriod('monitoring', '2025-H1', PLAN)).toEqual({ year: 2025, half: 1 });
    expect(reportPeriod('monitoring', '2025', PLAN)).toBeNull();
    expect(reportPeriod('evaluation', '2027', PLAN)).toEqual({ year: 2027, half: null });
    expect(reportPeriod('evaluation', '2027-H1', PLAN)).toBeNull();
    expect(reportPeriod('audit', '2026-H1', PLAN)).toEqual({ year: 2026, half: 1 });
    expect(reportPeriod('audit', '2026-H2', PLAN)).toBeNull();
    expect(reportPeriod('plan', '2030', PLAN)).toBeNull();
    expect(reportPeriod('plan', '', PLAN)).toBeNull();
    expect(periodProblem('monitoring', PLAN, 'en')).toBe(
      'The monitoring table is for a half year: period must be YYYY-H1 within 2025–2029',
    );
  });
});
