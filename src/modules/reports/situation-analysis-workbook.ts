/**
 * The situation analysis (durum analizi, planning-cycle.md 2) as one workbook: a sheet per part
 * with the tables of the guide (Turkish headers), the stakeholders with their priority and
 * strategy derived from the plan's threshold, the GZFT items and strategies, and the findings and
 * needs with the targets answering each. Text goes through setText (formula-like text stays
 * text). Pure.
 */
import type ExcelJS from 'exceljs';
import {
  DEFAULT_STAKEHOLDER_THRESHOLD,
  STAKEHOLDER_STRATEGY_LABELS,
  stakeholderStrategy,
  type AnalysisDoc,
  type AnalysisPart,
  type PreviousPlanEvaluationResponse,
} from '../../contracts/analysis.js';
import type { PlanDocument } from '../../contracts/plan-document.js';
import { titleLines } from './target-cards-workbook.js';
import { coverageNote, formatNumber } from './rate-sheets.js';
import { addSheet, fitWidth, rateContent, type CellContent } from './workbook-format.js';

/** The Turkish words of the analysis's codes, as the guide writes them. */
export const ANALYSIS_WORDS: Record<string, string> = {
  ic: 'İç paydaş',
  dis: 'Dış paydaş',
  anket: 'Anket',
  gorusme: 'Görüşme',
  calistay: 'Çalıştay',
  toplanti: 'Toplantı',
  'arama-konferansi': 'Arama konferansı',
  politik: 'Politik',
  ekonomik: 'Ekonomik',
  sosyal: 'Sosyal',
  teknolojik: 'Teknolojik',
  yasal: 'Yasal',
  cevresel: 'Çevresel',
  pozitif: 'Pozitif',
  belirsiz: 'Belirsiz',
  negatif: 'Negatif',
  firsat: 'Fırsat',
  tehdit: 'Tehdit',
  guclu: 'Güçlü yön',
  zayif: 'Zayıf yön',
  GF: 'GF',
  GT: 'GT',
  ZF: 'ZF',
  ZT: 'ZT',
  tespit: 'Tespit',
  ihtiyac: 'İhtiyaç',
};

/** Each part's title as the guide numbers it (A–J). */
export const ANALYSIS_PART_TITLES: Record<TablePart, string> = {
  history: 'A. Kurumsal Tarihçe',
  evaluation: 'B. Uygulanmakta Olan Planın Değerlendirilmesi',
  previous: 'B. Önceki Planın Gerçekleşmesi',
  legal: 'C. Mevzuat Analizi',
  policy: 'D. Üst Politika Belgeleri Analizi',
  activities: 'E. Faaliyet Alanları ile Ürün ve Hizmetler',
  stakeholders: 'F. Paydaş Analizi',
  internal: 'G. Kuruluş İçi Analiz',
  pestle: 'H. PESTLE Analizi',
  swot: 'İ. GZFT Analizi',
  strategies: 'İ. GZFT Stratejileri',
  findings: 'J. Tespitler ve İhtiyaçlar',
};

const word = (code: string | undefined): string => (code === undefined ? '' : (ANALYSIS_WORDS[code] ?? code));

/** The tables: the parts, part B's figures from the previous plan, and the findings and needs. */
export type TablePart = AnalysisPart | 'previous' | 'findings';

/** One part's table: its header, and each row's cells from the document's row. */
export interface PartTable {
  part: TablePart;
  sheet: string;
  title: string;
  header: string[];
  rows: CellContent[][];
  /** Lines under the table: what its figures rest on. */
  notes?: string[];
}

/** Every part's table, in the guide's order (the workbook's sheets and the plan book's chapter). */
export function analysisTables(
  document: PlanDocument,
  previous: PreviousPlanEvaluationResponse | null = null,
): PartTable[] {
  const analysis: AnalysisDoc = document.plan.analysis ?? {};
  // Part B's reasons for targets the previous plan shows sit in its table; the rest stay text.
  const shown = new Set(previous?.targets.filter((target) => target.reason).map((target) => target.code));
  const threshold = document.plan.settings?.stakeholderThreshold ?? DEFAULT_STAKEHOLDER_THRESHOLD;
  const answers = new Map<string, string[]>();
  for (const target of document.plan.aims.flatMap((aim) => aim.targets))
    for (const code of target.answers ?? []) answers.set(code, [...(answers.get(code) ?? []), target.code]);
  const table = (part: TablePart, sheet: string, header: string[], rows: CellContent[][]): PartTable => ({
    part,
    sheet,
    title: ANALYSIS_PART_TITLES[part],
    header,
    rows,
  });
  const numbered = <T>(list: T[] | undefined, cells: (row: T) => CellContent[]): CellContent[][] =>
    (list ?? []).map((row, index) => [index + 1, ...cells(row)]);
  return [
    table(
      'history',
      'A Tarihçe',
      ['No', 'Metin'],
      numbered(analysis.history, (row) => [row.text]),
    ),
    table(
      'evaluation',
      'B Plan Değerlendirmesi',
      ['No', 'Metin'],
      numbered(
        (analysis.evaluation ?? []).filter(
          (row) => row.previousTarget === undefined || !shown.has(row.previousTarget),
        ),
        (row) => [row.previousTarget === undefined ? row.text : `${row.previousTarget}: ${row.text}`],
      ),
    ),
    ...(previous?.previousPlan ? [previousTable(previous)] : []),
    table(
      'legal',
      'C Mevzuat',
      ['No', 'Yasal Yükümlülük', 'Dayanak', 'Tespitler', 'İhtiyaçlar'],
      numbered(analysis.legal, (row) => [row.duty, row.basis, row.findings, row.needs]),
    ),
    table(
      'policy',
      'D Üst Politika Belgeleri',
      ['No', 'Üst Politika Belgesi', 'İlgili Bölüm/Referans', 'Verilen Görev/İhtiyaçlar'],
      numbered(analysis.policy, (row) => [row.document, row.reference, row.duty]),
    ),
    table(
      'activities',
      'E Faaliyet Alanları',
      ['No', 'Faaliyet Alanı', 'Ürün/Hizmetler'],
      numbered(analysis.activities, (row) => [row.field, row.services.join('\n')]),
    ),
    table(
      'stakeholders',
      'F Paydaşlar',
      ['No', 'Paydaş', 'İç/Dış', 'Önem', 'Etki', 'Öncelik', 'Strateji', 'Görüş Alma Yöntemi', 'Görüşü'],
      numbered(analysis.stakeholders, (row) => {
        const derived = stakeholderStrategy(row.importance, row.influence, threshold);
        return [
          row.name,
          word(row.kind),
          row.importance,
          row.influence,
          derived.priority,
          STAKEHOLDER_STRATEGY_LABELS.tr[derived.strategy],
          row.method ? word(row.method) : null,
          row.opinion,
        ];
      }),
    ),
    table(
      'internal',
      'G Kuruluş İçi Analiz',
      ['No', 'Konu', 'Açıklama'],
      numbered(analysis.internal, (row) => [row.topic, row.text]),
    ),
    table(
      'pestle',
      'H PESTLE',
      ['No', 'Kategori', 'Etken', 'Eğilim', 'Fırsat/Tehdit'],
      numbered(analysis.pestle, (row) => [word(row.category), row.factor, word(row.trend), word(row.effect)]),
    ),
    table(
      'swot',
      'İ GZFT',
      ['No', 'Tür', 'Madde'],
      numbered(analysis.swot, (row) => [word(row.kind), row.text]),
    ),
    table(
      'strategies',
      'İ GZFT Stratejileri',
      ['No', 'Strateji Türü', 'Strateji'],
      numbered(analysis.strategies, (row) => [word(row.kind), row.text]),
    ),
    table(
      'findings',
      'J Tespitler ve İhtiyaçlar',
      ['Kod', 'Tür', 'Metin', 'Kaynağı', 'Karşılayan Hedefler'],
      (analysis.findings ?? []).map((item) => [
        item.code,
        word(item.kind),
        item.text,
        item.origin
          ? `${ANALYSIS_PART_TITLES[item.origin.part]}${item.origin.row ? `, ${item.origin.row}. satır` : ''}`
          : null,
        (answers.get(item.code) ?? []).join(', ') || 'Karşılayan hedef yok',
      ]),
    ),
  ];
}

export function addSituationAnalysisSheets(
  workbook: ExcelJS.Workbook,
  document: PlanDocument,
  previous: PreviousPlanEvaluationResponse | null = null,
): void {
  const threshold = document.plan.settings?.stakeholderThreshold ?? DEFAULT_STAKEHOLDER_THRESHOLD;
  for (const part of analysisTables(document, previous)) {
    const widths = part.header.map((label, column) =>
      fitWidth(
        [label, ...part.rows.map((row) => (typeof row[column] === 'string' ? row[column] : null))],
        column === 0 ? 6 : 12,
        60,
      ),
    );
    const w = addSheet(workbook, part.sheet, { widths, frozenRows: 4, printTitleRows: [4, 4] });
    w.titleBlock(titleLines(document, `Durum Analizi — ${part.title}`));
    w.header(part.header);
    if (part.rows.length === 0) w.row(['Kayıt yok'], 'body');
    for (const row of part.rows) w.row(row);
    if (part.notes) {
      w.skip();
      w.footnote(part.notes);
    }
    if (part.part === 'stakeholders') {
      w.skip();
      w.footnote([
        `Önem ve etki 1–5 puandır; ${threshold} ve üzeri yüksek sayılır. Yüksek etki ve yüksek önem: Birlikte Çalış (1); ` +
          'yüksek etki, düşük önem: Çıkarlarını Gözet (2); düşük etki, yüksek önem: Bilgilendir (3); ikisi de düşük: İzle (4).',
      ]);
    }
    w.finish();
  }
}

/**
 * Part B from the previous plan: each target with its rate (HG), coverage and reason, under it its
 * indicators with A, B, C and the rate (GO), all as GET progress of the previous plan answered for
 * the period on approved values; the notes say which plan, period, basis and coverage.
 */
export function previousTable(previous: PreviousPlanEvaluationResponse): PartTable {
  const rows: CellContent[][] = [];
  for (const target of previous.targets) {
    rows.push([
      target.aimCode,
      `${target.code} ${target.title}`,
      null,
      null,
      null,
      null,
      null,
      rateContent(target.rate, previous.period ? 'Veri yok' : '—'),
      previous.period ? coverageNote(target.coverage) : null,
      target.reason?.text ?? null,
    ]);
    for (const indicator of target.indicators)
      rows.push([
        target.aimCode,
        target.code,
        `${indicator.code} ${indicator.name}`,
        indicator.unit,
        indicator.baseline,
        indicator.target,
        indicator.actual,
        rateContent(indicator.rate, 'Veri yok'),
        indicator.excluded?.message ?? null,
        null,
      ]);
  }
  return {
    part: 'previous',
    sheet: 'B Önceki Plan',
    title: ANALYSIS_PART_TITLES.previous,
    header: [
      'Amaç',
      'Hedef',
      'Gösterge',
      'Birim',
      'A (Başlangıç)',
      'B (Hedef)',
      'C (Gerçekleşen)',
      'Gerçekleşme Oranı (%)',
      'Kapsam / Not',
      'Başarı veya Başarısızlık Nedeni',
    ],
    rows,
    notes: previousNotes(previous),
  };
}

/** What part B's figures rest on, in words. */
export function previousNotes(previous: PreviousPlanEvaluationResponse): string[] {
  const plan = previous.previousPlan;
  if (!plan) return ['Önceki plan Pusula’da yok.'];
  const found =
    plan.source === 'copy' ? 'bu plan ondan kopyalandı' : `dönemi bu planın ilk yılından hemen önce bitiyor`;
  const head = `Önceki plan: ${plan.title} (${plan.startYear}–${plan.endYear}; ${found}).`;
  if (previous.period === null)
    return [head, 'Önceki planın henüz sona eren bir yılı yok; gerçekleşme değerleri gösterilemiyor.'];
  const period = previous.final
    ? `${previous.period} yıl sonu (planın son yılı)`
    : `${previous.period} yıl sonu (sona eren son yıl; planın son yılı ${plan.endYear} henüz bitmedi)`;
  return [
    head,
    `Dönem: ${period}. Dayanak: yalnızca onaylı değerler. Rakamlar ilerleme hesabının (GET …/progress) sonucudur.`,
    `Plan geneli: ${previous.rate === null ? 'oran yok' : `%${formatNumber(previous.rate, 1)}`}; ${
      previous.coverage ? coverageNote(previous.coverage) : 'kapsam yok'
    }.`,
  ];
}
