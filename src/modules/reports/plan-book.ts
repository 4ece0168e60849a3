/**
 * The plan book (stratejik plan kitabı): the plan as the document a municipality publishes and
 * sends to its council — cover, contents, presentation, the preparation process, mission, vision
 * and values, aims and targets with every target card as a table, costing, and how the plan is
 * monitored and evaluated. A4, Turkish, page numbers in the footer; built with `docx`. Pure: the
 * caller gives the plan document and its preparation timeline and packs the result.
 *
 * A missing amount stays empty ("—") and is never added as 0, as in the costing workbook.
 */
import { AlignmentType, Document, PageBreak, Paragraph, Table, TableOfContents, TextRun } from 'docx';
import {
  a4Section,
  AIM_FILL,
  amount,
  bookDate,
  DOCUMENT_STYLES,
  type Cell,
  fieldTable,
  heading,
  MISSING,
  number,
  paragraph,
  spacer,
  table,
  text,
} from './docx-parts.js';
import { directionLabel, planStatusLabel, valueTypeLabel } from '../../contracts/labels.js';
import {
  DEFAULT_MIN_COVERAGE,
  DEFAULT_STATUS_THRESHOLDS,
  type AimDoc,
  type PlanDocument,
  type TargetDoc,
  type YearAmounts,
} from '../../contracts/plan-document.js';
import { analysisTables } from './situation-analysis-workbook.js';
import type { CellContent } from './workbook-format.js';
import type { PreparationTimeline } from '../../contracts/preparation.js';
import type { PreviousPlanEvaluationResponse } from '../../contracts/analysis.js';
import { deadlineDays } from '../periods/assessment-periods.js';
import { sumExact } from '../progress/actual-value.js';
import { sumByYear } from './costing-sheets.js';
import { formatNumber } from './rate-sheets.js';
import { INSTITUTION_KIND_LABELS } from './target-card-layout.js';
import { planYearList } from './target-cards-workbook.js';

export interface PlanBookInput {
  document: PlanDocument;
  timeline: PreparationTimeline;
  /** The day the book is made (YYYY-MM-DD, Europe/Istanbul). */
  madeOn: string;
  /** Part B of the situation analysis from the previous plan (GET …/analysis/previous-plan). */
  previousPlan?: PreviousPlanEvaluationResponse | null;
}

/** A label as a table cell starts it: 'azalış' → 'Azalış'. */
function capitalised(label: string): string {
  return label.charAt(0).toLocaleUpperCase('tr-TR') + label.slice(1);
}

// ---------------------------------------------------------------------------------------------

/** What the book says of the election deadline, in one sentence (also on the plan's page). */
export function deadlineSentence(timeline: PreparationTimeline): string {
  if (!timeline.applies) {
    const why = {
      kind: 'Seçimden sonraki altı ay içinde meclise sunma yükümlülüğü yalnızca belediyeler içindir; bu kurum bu süreye bağlı değildir.',
      population:
        'Nüfusu 50.000’in altında olan belediye stratejik plan yapmakla yükümlü değildir; seçim sonrası altı aylık süre uygulanmaz.',
      'no-election-date':
        'Mahalli idareler seçim tarihi girilmediği için meclise sunma süresi hesaplanamadı.',
    } as const;
    return why[timeline.exemption ?? 'no-election-date'];
  }
  const deadline = bookDate(timeline.deadline);
  const judged = timeline.judgedOn;
  if (timeline.daysLate !== null && judged) {
    if (judged.basis === 'submitted')
      return `Plan, son gün olan ${deadline} tarihinden ${timeline.daysLate} gün sonra (${bookDate(judged.date)}) meclise sunulmuştur.`;
    if (judged.basis === 'decision')
      return `Meclis kararı (${bookDate(judged.date)}), son gün olan ${deadline} tarihinden ${timeline.daysLate} gün sonradır.`;
    return `Son gün ${deadline} idi; plan henüz meclise sunulmadı ve ${timeline.daysLate} gün gecikmiştir.`;
  }
  if (judged?.basis === 'today')
    return timeline.daysRemaining === 0
      ? `Plan en geç bugün (${deadline}) meclise sunulmalıdır.`
      : `Plan en geç ${deadline} tarihine kadar meclise sunulmalıdır; ${timeline.daysRemaining} gün kaldı.`;
  return `Plan, son gün olan ${deadline} tarihinden önce meclise sunulmuştur.`;
}

function unitName(document: PlanDocument, code: string | undefined): string {
  if (!code) return MISSING;
  return document.units.find((unit) => unit.code === code)?.name ?? code;
}

function yearTotal(values: Array<number | null>): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : sumExact(present);
}

function withTotal(amounts: Array<YearAmounts | undefined>, years: number[]): string[] {
  const values = sumByYear(amounts, years);
  return [...values.map(amount), amount(yearTotal(values))];
}

function cover(document: PlanDocument, madeOn: string): Paragraph[] {
  const { institution, plan } = document;
  const centred = (run: TextRun, after = 240): Paragraph =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run] });
  const decision = plan.councilDecision
    ? `Meclis kararı: ${bookDate(plan.councilDecision.date)} tarih ve ${plan.councilDecision.number} sayı`
    : `Durum: ${planStatusLabel(plan.status ?? 'taslak', 'tr')}`;
  return [
    new Paragraph({ children: [], spacing: { before: 3000 } }),
    centred(text(institution.name.toLocaleUpperCase('tr-TR'), { bold: true, size: 40 }), 480),
    centred(text(plan.title, { bold: true, size: 48 }), 360),
    centred(text(`${plan.startYear}–${plan.endYear}`, { size: 32 }), 1200),
    centred(text(INSTITUTION_KIND_LABELS[institution.kind], { size: 24 })),
    centred(text(decision, { size: 24 })),
    centred(text(`Hazırlanma tarihi: ${bookDate(madeOn)}`, { size: 20, italics: true })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function presentation(document: PlanDocument): Array<Paragraph | Table> {
  const { institution, plan } = document;
  const targets = plan.aims.flatMap((aim) => aim.targets);
  const indicators = targets.flatMap((target) => target.indicators);
  const basis =
    institution.kind === 'belediye' || institution.kind === 'buyuksehir'
      ? '5018 sayılı Kamu Mali Yönetimi ve Kontrol Kanununun 9. maddesi ile 5393 sayılı Belediye Kanununun 41. maddesi uyarınca'
      : '5018 sayılı Kamu Mali Yönetimi ve Kontrol Kanununun 9. maddesindeki stratejik yönetim anlayışıyla';
  return [
    heading('Sunuş', 1),
    paragraph(
      `${institution.name} ${plan.startYear}–${plan.endYear} dönemi stratejik planı, ${basis} hazırlanmıştır. ` +
        `Plan ${plan.aims.length} amaç, ${targets.length} hedef ve ${indicators.length} performans göstergesinden oluşur; ` +
        'her hedefin kartında sorumlu birimi, göstergeleri, yıllık hedefleri, riskleri, stratejileri ve maliyeti yer alır.',
    ),
    paragraph(
      'Planın uygulanması altı ayda bir izlenir ve yılda bir değerlendirilir; göstergelerin gerçekleşme değerleri birimlerce girilir, strateji birimince onaylanır ve izleme ile değerlendirme raporlarında meclise ve kamuoyuna sunulur.',
    ),
  ];
}

function preparation(document: PlanDocument, timeline: PreparationTimeline): Array<Paragraph | Table> {
  const { plan } = document;
  return [
    heading('Hazırlık Süreci', 1, true),
    paragraph(
      'Plan; hazırlık programı, durum analizi, geleceğe bakış (misyon, vizyon, temel değerler), strateji geliştirme (amaçlar, hedefler, performans göstergeleri, riskler, stratejiler ve maliyetler) ile izleme ve değerlendirme düzeninin kurulması adımlarıyla hazırlanmış ve meclise sunulmuştur.',
    ),
    fieldTable([
      ['Mahalli idareler seçim tarihi', bookDate(timeline.electionDate)],
      [
        'Meclise sunma için son gün',
        timeline.applies ? bookDate(timeline.deadline) : 'Bu kurum için uygulanmaz',
      ],
      ['Meclise sunuş tarihi', bookDate(plan.submittedToCouncil)],
      [
        'Meclis kararı',
        plan.councilDecision
          ? `${bookDate(plan.councilDecision.date)} tarih ve ${plan.councilDecision.number} sayı`
          : MISSING,
      ],
      ['Planın ilk yılı', timeline.firstPlanYear],
      [
        'Yayım haftası',
        `${bookDate(timeline.publicationWeek.from)} – ${bookDate(timeline.publicationWeek.to)}`,
      ],
    ]),
    spacer(),
    paragraph(deadlineSentence(timeline), { bold: timeline.daysLate !== null }),
  ];
}

/**
 * The situation analysis (durum analizi) when the plan has one: each part with rows as the
 * workbook's table (situation-analysis-workbook.ts), history and evaluation as paragraphs.
 */
function situationAnalysis(
  document: PlanDocument,
  previous: PreviousPlanEvaluationResponse | null,
): Array<Paragraph | Table> {
  const parts = analysisTables(document, previous).filter(
    (part) => part.rows.length > 0 || part.part === 'previous',
  );
  if (parts.length === 0) return [];
  return [
    heading('Durum Analizi', 1, true),
    ...parts.flatMap((part) => [
      heading(part.title, 2),
      ...(part.part === 'history' || part.part === 'evaluation'
        ? part.rows.map((row) => paragraph(String(plainCell(row[1]) ?? '')))
        : [
            table(
              part.header,
              part.rows.map((row) => ({
                cells: row.map(plainCell),
              })),
              { widths: part.header.map((_, index) => (index === 0 ? 0.6 : 2)) },
            ),
            ...(part.notes ?? []).map((note) => paragraph(note, { italics: true })),
            spacer(),
          ]),
    ]),
  ];
}

/** A workbook cell as the book writes it: texts and numbers, a rate with one decimal. */
function plainCell(value: CellContent): Cell {
  if (typeof value === 'object' && value !== null)
    return 'number' in value ? formatNumber(value.number, 1) : null;
  return value;
}

function future(document: PlanDocument): Array<Paragraph | Table> {
  const { plan } = document;
  const values = plan.values ?? [];
  return [
    heading('Misyon, Vizyon ve Temel Değerler', 1, true),
    heading('Misyon', 2),
    paragraph(plan.mission?.trim() || 'Misyon bildirimi henüz yazılmadı.', { italics: !plan.mission }),
    heading('Vizyon', 2),
    paragraph(plan.vision?.trim() || 'Vizyon bildirimi henüz yazılmadı.', { italics: !plan.vision }),
    heading('Temel Değerler', 2),
    values.length === 0
      ? paragraph('Temel değerler henüz yazılmadı.', { italics: true })
      : table(
          ['Temel değer', 'Açıklama'],
          values.map((value) => ({ cells: [value.title, value.description ?? null] })),
          { widths: [1, 2] },
        ),
  ];
}

function aimsOverview(document: PlanDocument): Array<Paragraph | Table> {
  const rows = document.plan.aims.flatMap((aim) => [
    { cells: [aim.code, aim.title, ''], bold: true, fill: AIM_FILL },
    ...aim.targets.map((target) => ({
      cells: [target.code, target.title, unitName(document, target.responsibleUnit)],
    })),
  ]);
  return [
    heading('Amaçlar ve Hedefler', 1, true),
    table(['Kod', 'Amaç / hedef', 'Sorumlu birim'], rows, { widths: [1, 5, 2.5] }),
  ];
}

function listCell(items: string[] | undefined): string {
  return items && items.length > 0 ? items.map((item) => `• ${item}`).join('\n') : MISSING;
}

function targetCard(document: PlanDocument, aim: AimDoc, target: TargetDoc, years: number[]) {
  const collaborating = (target.collaboratingUnits ?? []).map((code) => unitName(document, code));
  const indicators = target.indicators;
  const weightTotal = sumExact(indicators.map((indicator) => indicator.weight));
  const activities = target.activities ?? [];
  return [
    heading(`${target.code} ${target.title}`, 3),
    fieldTable([
      ['Amaç', `${aim.code} ${aim.title}`],
      ['Hedef', `${target.code} ${target.title}`],
      ['Sorumlu birim', unitName(document, target.responsibleUnit)],
      ['İşbirliği yapılacak birimler', collaborating.length > 0 ? collaborating.join(', ') : MISSING],
    ]),
    spacer(),
    table(
      ['Performans göstergesi', 'Ölçü birimi', 'Hedefe etkisi (%)', 'Başlangıç (A)', ...years.map(String)],
      [
        ...indicators.map((indicator) => ({
          cells: [
            `${indicator.code} ${indicator.name}`,
            indicator.unit ?? null,
            number(indicator.weight),
            number(indicator.baseline),
            ...years.map((year) => number(indicator.targets[String(year)])),
          ],
        })),
        { cells: ['Toplam ağırlık', '', number(weightTotal), '', ...years.map(() => '')], bold: true },
      ],
      { widths: [4, 1.3, 1.2, 1.3, ...years.map(() => 1.2)], numeric: [2, 3, ...years.map((_, i) => 4 + i)] },
    ),
    spacer(),
    table(
      ['Gösterge', 'Yön', 'Değer türü', 'Yöntem', 'İzleme / rapor (ay)', 'Veri kaynağı'],
      indicators.map((indicator) => ({
        cells: [
          indicator.code,
          capitalised(directionLabel(indicator.direction, 'tr')),
          capitalised(valueTypeLabel(indicator.valueType, 'tr')),
          indicator.method ?? 'F1',
          `${indicator.monitoringMonths ?? 6} / ${indicator.reportingMonths ?? 6}`,
          indicator.dataSource ?? null,
        ],
      })),
      { widths: [1.2, 1, 1.2, 0.9, 1.4, 3] },
    ),
    spacer(),
    fieldTable([
      ['Riskler', listCell(target.risks)],
      ['Kontrol faaliyetleri', listCell(target.controls)],
      ['Stratejiler', listCell(target.strategies)],
      ['Tespitler', listCell(target.findings)],
      ['İhtiyaçlar', listCell(target.needs)],
    ]),
    spacer(),
    table(
      ['Faaliyet / proje', 'Sorumlu birim', ...years.map(String), 'Toplam'],
      [
        ...activities.map((activity) => ({
          cells: [
            [activity.code, activity.name].filter(Boolean).join(' '),
            unitName(document, activity.responsibleUnit ?? target.responsibleUnit),
            ...withTotal([activity.cost], years),
          ],
        })),
        {
          cells: ['Maliyet tahmini (TL)', '', ...withTotal([target.costEstimate], years)],
          bold: true,
          fill: AIM_FILL,
        },
      ],
      {
        widths: [3, 2, ...years.map(() => 1.3), 1.5],
        numeric: [...years.map((_, i) => 2 + i), 2 + years.length],
      },
    ),
  ];
}

function targetCards(document: PlanDocument, years: number[]): Array<Paragraph | Table> {
  return [
    heading('Hedef Kartları', 1, true),
    ...document.plan.aims.flatMap((aim, index) => [
      heading(`${aim.code} ${aim.title}`, 2, index > 0),
      ...(aim.targets.length === 0
        ? [paragraph('Bu amaca henüz hedef eklenmedi.', { italics: true })]
        : aim.targets.flatMap((target) => targetCard(document, aim, target, years))),
    ]),
  ];
}

function costing(document: PlanDocument, years: number[]): Array<Paragraph | Table> {
  const { plan } = document;
  const targets = plan.aims.flatMap((aim) => aim.targets);
  const administration = plan.costing?.generalAdministration;
  const resources = plan.costing?.resources ?? [];
  const need = sumByYear([...targets.map((target) => target.costEstimate), administration], years);
  const available = sumByYear(
    resources.map((resource) => resource.amounts),
    years,
  );
  const balance = years.map((_, index) => {
    const wanted = need[index];
    const held = available[index];
    return wanted === null || held === null ? MISSING : amount(held - wanted);
  });
  const numeric = [...years.map((_, i) => 2 + i), 2 + years.length];
  return [
    heading('Maliyetlendirme', 1, true),
    paragraph(
      'Tahmini maliyetler hedef kartlarından gelir; genel yönetim giderleriyle birlikte toplam kaynak ihtiyacını oluşturur. Boş bırakılan tutar sıfır sayılmaz, “—” ile gösterilir.',
    ),
    heading('Tahmini Maliyet Tablosu (TL)', 2),
    table(
      ['Kod', 'Amaç / hedef', ...years.map(String), 'Toplam'],
      [
        ...plan.aims.flatMap((aim) => [
          {
            cells: [
              aim.code,
              aim.title,
              ...withTotal(
                aim.targets.map((target) => target.costEstimate),
                years,
              ),
            ],
            bold: true,
            fill: AIM_FILL,
          },
          ...aim.targets.map((target) => ({
            cells: [target.code, target.title, ...withTotal([target.costEstimate], years)],
          })),
        ]),
        { cells: ['', 'Genel yönetim giderleri', ...withTotal([administration], years)] },
        { cells: ['', 'Toplam kaynak ihtiyacı', ...need.map(amount), amount(yearTotal(need))], bold: true },
      ],
      { widths: [1, 4, ...years.map(() => 1.4), 1.6], numeric },
    ),
    heading('Kaynak Tablosu (TL)', 2),
    resources.length === 0
      ? paragraph('Kaynaklar henüz girilmedi.', { italics: true })
      : table(
          ['Kaynak', 'Tür', ...years.map(String), 'Toplam'],
          [
            ...resources.map((resource) => ({
              cells: [
                resource.source,
                resource.kind === 'butce' ? 'Bütçe' : 'Bütçe dışı',
                ...withTotal([resource.amounts], years),
              ],
            })),
            {
              cells: ['Toplam kaynak', '', ...available.map(amount), amount(yearTotal(available))],
              bold: true,
            },
            { cells: ['Kaynak − ihtiyaç', '', ...balance, ''], bold: true, fill: AIM_FILL },
          ],
          { widths: [3, 1.4, ...years.map(() => 1.4), 1.6], numeric },
        ),
  ];
}

function monitoring(document: PlanDocument): Array<Paragraph | Table> {
  const { plan } = document;
  const settings = plan.settings ?? {};
  const thresholds = settings.statusThresholds ?? DEFAULT_STATUS_THRESHOLDS;
  const { entryDays, approvalDays } = deadlineDays(settings);
  const indicators = plan.aims.flatMap((aim) => aim.targets.flatMap((target) => target.indicators));
  const sixMonthly = indicators.filter((indicator) => (indicator.monitoringMonths ?? 6) === 6).length;
  const aggregation =
    settings.aimAggregation === 'cost-weighted'
      ? 'hedeflerin maliyetleriyle ağırlıklandırılmış ortalaması'
      : 'hedeflerin düz ortalaması';
  return [
    heading('İzleme ve Değerlendirme', 1, true),
    paragraph(
      `Plan altı ayda bir izlenir: her yılın ilk altı ayı için İzleme Raporu, her yıl sonu için Değerlendirme Raporu hazırlanır. ${indicators.length} göstergenin ${sixMonthly}'i altı ayda bir, ${indicators.length - sixMonthly}'i yılda bir ölçülür.`,
    ),
    paragraph(
      'Bir göstergenin gerçekleşme oranı (F1), dönem sonundaki değerin (C) planın başlangıç değerinden (A) yıl hedefine (B) ne kadar yol aldığıdır: (C − A) / (B − A) × 100; F2 yöntemi seçilen göstergelerde C / B × 100 (azalış yönlülerde B / C × 100) kullanılır. Hedef gerçekleşme oranı göstergelerin ağırlıklarıyla hesaplanır; değeri girilmemiş gösterge sıfır sayılmaz, hesaptan çıkarılır ve oran kapsamıyla (verisi olan gösterge sayısı ve ağırlık payı) birlikte verilir.',
    ),
    fieldTable([
      [
        'Hedef oranlarının üst sınırı',
        settings.clampTargetRates === false ? 'Yok (%100’ü aşabilir)' : '%100',
      ],
      ['Amaç gerçekleşme oranı', aggregation],
      ['İyi (yeşil)', `%${thresholds.good} ve üzeri`],
      ['Dikkat (sarı)', `%${thresholds.warning} – %${thresholds.good}`],
      ['Yetersiz (kırmızı)', `%${thresholds.warning} altı`],
      ['Oran için en az kapsam (ağırlık payı)', `%${settings.minCoverage ?? DEFAULT_MIN_COVERAGE}`],
      ['Değer girişi için son gün', `Dönem bitiminden ${entryDays} gün sonra`],
      ['Onay için son gün', `Dönem bitiminden ${approvalDays} gün sonra`],
    ]),
  ];
}

/** The plan book as a docx Document; `Packer.toBuffer` turns it into the .docx bytes. */
export function buildPlanBook(input: PlanBookInput): Document {
  const { document, timeline, madeOn } = input;
  const years = planYearList(document.plan);
  return new Document({
    creator: 'Pusula',
    title: `${document.institution.name} ${document.plan.title}`,
    description: 'Stratejik plan kitabı',
    features: { updateFields: true },
    styles: DOCUMENT_STYLES,
    sections: [
      a4Section(`${document.plan.title} — `, [
        ...cover(document, madeOn),
        new TableOfContents('İçindekiler', { hyperlink: true, headingStyleRange: '1-2' }),
        new Paragraph({ children: [new PageBreak()] }),
        ...presentation(document),
        ...preparation(document, timeline),
        ...situationAnalysis(document, input.previousPlan ?? null),
        ...future(document),
        ...aimsOverview(document),
        ...targetCards(document, years),
        ...costing(document, years),
        ...monitoring(document),
      ]),
    ],
  });
}
