import { describe, expect, it } from '@jest/globals';
import { Packer } from 'docx';
import { docxContents, docxParagraphs, docxParts } from './test-fixtures.js';
import type { PlanDocument } from '../../contracts/plan-document.js';
import { preparationTimeline } from '../plans/preparation-timeline.js';
import { PARK_CARD_CELLS_TR, validPlanDocument } from '../plans/test-fixtures.js';
import { buildPlanBook, deadlineSentence } from './plan-book.js';

async function book(document: PlanDocument, today = '2026-12-05'): Promise<Uint8Array> {
  const timeline = preparationTimeline(document.institution, document.plan, today);
  return Packer.toBuffer(buildPlanBook({ document, timeline, madeOn: today }));
}

describe('plan book', () => {
  it('is an A4 document with a table of contents, page numbers in the footer and Turkish text', async () => {
    const parts = docxParts(await book(validPlanDocument()));
    const body = parts['word/document.xml'];
    expect(body).toContain('w:w="11906"');
    expect(body).toContain('w:h="16838"');
    expect(body).toContain('TOC \\h \\o &quot;1-2&quot;');
    const footer = Object.entries(parts).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(body).toContain('w:val="tr-TR"');
  });

  it('lists the parts and the aims in its table of contents', async () => {
    expect(docxContents(await book(validPlanDocument()))).toEqual([
      'Sunuş',
      'Hazırlık Süreci',
      'Misyon, Vizyon ve Temel Değerler',
      'Misyon',
      'Vizyon',
      'Temel Değerler',
      'Amaçlar ve Hedefler',
      'Hedef Kartları',
      'A1 Yaşanabilir ve yeşil bir kent',
      'A2 Güvenli bir kent',
      'Maliyetlendirme',
      'Tahmini Maliyet Tablosu (TL)',
      'Kaynak Tablosu (TL)',
      'İzleme ve Değerlendirme',
    ]);
  });

  it('writes every part in order, with the cover, the council decision and the values', async () => {
    const paragraphs = docxParagraphs(await book(validPlanDocument()));
    const order = [
      'ÖRNEK BELEDİYESİ',
      'Meclis kararı: 05.09.2024 tarih ve 2024/138 sayı',
      'Sunuş',
      'Hazırlık Süreci',
      'Misyon, Vizyon ve Temel Değerler',
      'Kente değer katmak.',
      'Yaşanabilir bir kent.',
      'Şeffaflık ve hesap verebilirlik',
      'Amaçlar ve Hedefler',
      'Hedef Kartları',
      'H1.1 Yeşil alanları artırmak',
      'Maliyetlendirme',
      'İzleme ve Değerlendirme',
    ];
    const positions = order.map((text) => paragraphs.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('puts each target card’s numbers in its tables: weights, baseline, the five yearly targets, units by name', async () => {
    const paragraphs = docxParagraphs(await book(validPlanDocument()));
    const card = paragraphs.slice(
      paragraphs.indexOf('H1.1 Yeşil alanları artırmak', paragraphs.indexOf('Hedef Kartları')),
    );
    const indicator = card.indexOf('PG1.1.1 Park alanı');
    expect(card.slice(indicator, indicator + 9)).toEqual(['PG1.1.1 Park alanı', ...PARK_CARD_CELLS_TR]);
    expect(card).toContain('Park ve Bahçeler Müdürlüğü');
    expect(card).toContain('Zabıta Müdürlüğü');
    const total = card.indexOf('Toplam ağırlık');
    expect(card.slice(total, total + 4)).toEqual(['Toplam ağırlık', '', '100', '']);
    expect(card).toContain('• Kamulaştırma gecikmeleri');
    expect(card).toContain('• Kişi başı yeşil alan düşük');
    expect(card).toContain('Azalış');
    expect(card).toContain('Kümülatif');
  });

  it('totals the costing without counting a missing amount as zero', async () => {
    const document = validPlanDocument();
    delete document.plan.aims[1].targets[0].costEstimate;
    const paragraphs = docxParagraphs(await book(document));
    const costing = paragraphs.slice(paragraphs.indexOf('Tahmini Maliyet Tablosu (TL)'));
    const row = (label: string): string[] =>
      costing.slice(costing.indexOf(label) + 1, costing.indexOf(label) + 7);
    // A2 has no cost estimate: its row stays empty, the need counts H1.1 and the administration only.
    expect(row('Güvenli bir kent')).toEqual(['—', '—', '—', '—', '—', '—']);
    expect(row('Toplam kaynak ihtiyacı')).toEqual([
      '1.250.000',
      '1.250.000',
      '1.250.000',
      '1.250.000',
      '1.250.000',
      '6.250.000',
    ]);
  });

  it('states the election deadline and how late a plan is, and that a union is not bound', async () => {
    const late = validPlanDocument();
    late.plan.submittedToCouncil = '2024-10-10';
    delete late.plan.councilDecision;
    const paragraphs = docxParagraphs(await book(late));
    expect(paragraphs).toContain(
      'Plan, son gün olan 30.09.2024 tarihinden 10 gün sonra (10.10.2024) meclise sunulmuştur.',
    );
    const union = validPlanDocument();
    union.institution.kind = 'birlik';
    expect(docxParagraphs(await book(union))).toContain('Bu kurum için uygulanmaz');
  });

  it.each([
    [undefined, undefined, '15', '30'],
    [10, 20, '10', '20'],
    // The approval is never due before the entry.
    [25, 20, '25', '25'],
  ])(
    'prints the deadline settings (entry %s, approval %s days) beside the plan’s other settings',
    async (entryDeadlineDays, approvalDeadlineDays, entry, approval) => {
      const document = validPlanDocument();
      document.plan.settings = { ...document.plan.settings, entryDeadlineDays, approvalDeadlineDays };
      const paragraphs = docxParagraphs(await book(document));
      const after = (label: string): string | undefined => paragraphs[paragraphs.indexOf(label) + 1];
      expect(after('Değer girişi için son gün')).toBe(`Dönem bitiminden ${entry} gün sonra`);
      expect(after('Onay için son gün')).toBe(`Dönem bitiminden ${approval} gün sonra`);
    },
  );

  it('says how many days remain for a draft and how late a draft past its deadline is', () => {
    const draft = validPlanDocument();
    delete draft.plan.submittedToCouncil;
    delete draft.plan.councilDecision;
    const timeline = (today: string) => preparationTimeline(draft.institution, draft.plan, today);
    expect(deadlineSentence(timeline('2024-09-20'))).toBe(
      'Plan en geç 30.09.2024 tarihine kadar meclise sunulmalıdır; 10 gün kaldı.',
    );
    expect(deadlineSentence(timeline('2024-10-03'))).toBe(
      'Son gün 30.09.2024 idi; plan henüz meclise sunulmadı ve 3 gün gecikmiştir.',
    );
  });
});
