/**
 * Reports 2 and 3 of domain.md 7: the İzleme tablosu (30 June monitoring of a half year) and the
 * Değerlendirme tablosu (year-end evaluation with every elapsed year's targets, actuals and
 * rates). Every figure is the progress engine's own (ProgressResponse, as the API gives it);
 * nothing is recomputed here, and a missing figure shows as text, never as 0. Pure.
 */
import type ExcelJS from 'exceljs';
import {
  DEFAULT_STATUS_THRESHOLDS,
  type IndicatorDoc,
  type PlanDocument,
  type TargetDoc,
} from '../../contracts/plan-document.js';
import type {
  AimProgress,
  ExclusionReason,
  IndicatorProgress,
  ProgressResponse,
  TargetProgress,
  Coverage,
} from '../../contracts/progress.js';
import type { ValueStatus } from '../../contracts/workflow.js';
import { yearEndEntryPeriod } from '../periods/period-keys.js';
import { titleLines } from './target-cards-workbook.js';
import {
  NO_DATA_TEXT,
  NUMBER_FORMATS,
  addSheet,
  fitWidth,
  rateContent,
  type CellContent,
  type SheetWriter,
  type StatusThresholds,
} from './workbook-format.js';
import { periodLabel, VALUE_STATUS_LABELS } from '../../contracts/labels.js';

/** What the report shows of one entry beside the figures: the unit's words and who did what. */
export interface EntryDetail {
  note: string | null;
  deviationReason: string | null;
  status: ValueStatus;
  revised: boolean;
  /** Name of the user who entered the value, when it was entered through the workflow. */
  enteredBy: string | null;
  approvedBy: string | null;
}

/** Entry details keyed by `${indicatorCode}|${entryPeriod}`. */
export type EntryDetails = ReadonlyMap<string, EntryDetail>;

export function entryKey(code: string, period: string): string {
  return `${code}|${period}`;
}

const SHORT_REASONS: Record<ExclusionReason, string> = {
  NO_DATA: NO_DATA_TEXT,
  NOT_DUE: 'ölçülmüyor',
  NO_TARGET: 'hedef yok',
  NO_BASELINE: 'A yok',
  UNDEFINED_RATE: 'tanımsız',
};

const STATUS_WORDS: Record<ValueStatus, string> = {
  draft: 'taslak (onaylanmadı)',
  submitted: VALUE_STATUS_LABELS.tr.submitted,
  approved: VALUE_STATUS_LABELS.tr.approved,
  returned: VALUE_STATUS_LABELS.tr.returned,
};

/** Everything about the plan the rate sheets look up by code. */
class PlanIndex {
  readonly indicators = new Map<string, IndicatorDoc>();
  readonly targets = new Map<string, TargetDoc>();
  readonly unitNames: Map<string, string>;

  constructor(readonly document: PlanDocument) {
    for (const aim of document.plan.aims)
      for (const target of aim.targets) {
        this.targets.set(target.code, target);
        for (const indicator of target.indicators) this.indicators.set(indicator.code, indicator);
      }
    this.unitNames = new Map(document.units.map((unit) => [unit.code, unit.name]));
  }

  /** A unit as the Turkish sheets name it: its name, its code only when the plan gives no name. */
  unit(code: string | null): string {
    if (!code) return '';
    return this.unitNames.get(code)?.trim() || code;
  }

  thresholds(): StatusThresholds {
    return this.document.plan.settings?.statusThresholds ?? DEFAULT_STATUS_THRESHOLDS;
  }
}

function reasonOf(target: TargetProgress, code: string): ExclusionReason | null {
  return target.excluded.find((item) => item.code === code)?.reason ?? null;
}

/**
 * "Hedef oranına katılmayan: PG1.1.2 (veri girilmedi: 2025 ikinci yarı); kapsam: 2/3 gösterge, ağırlık
 * payı %65,0": what was left out, and what the rate rests on.
 */
function exclusionNote(target: TargetProgress): string | null {
  if (target.excluded.length === 0) return null;
  const items = target.excluded.map((item) => `${item.code} (${item.message})`).join('; ');
  return `Hedef oranına katılmayan: ${items}; ${coverageNote(target.coverage)}`;
}

/** "kapsam: 2/3 gösterge, ağırlık payı %65,0" (nothing due: "bu dönemde ölçülen gösterge yok"). */
export function coverageNote(coverage: Coverage): string {
  if (coverage.weightShare === null) return 'bu dönemde ölçülen gösterge yok';
  return `kapsam: ${coverage.indicatorsWithData}/${coverage.indicatorsDue} gösterge, ağırlık payı %${formatNumber(coverage.weightShare, 1)}`;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** A number as Turkish text (1.234,5); a formatter per precision, made once (making one is slow). */
export function formatNumber(value: number, decimals?: number): string {
  const key = decimals ?? -1;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('tr-TR', {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 6,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

function approval(entry: EntryDetail | undefined): string | null {
  if (!entry) return null;
  const word =
    entry.status === 'approved' ? (entry.approvedBy ?? STATUS_WORDS.approved) : STATUS_WORDS[entry.status];
  return entry.revised ? `${word} (düzeltildi)` : word;
}

/**
 * The settings and formula lines under every rate table: method, clamp, aim aggregation and
 * colours, then the engine's own explanation of the rules it applied.
 */
export function rateFootnote(progress: ProgressResponse, thresholds: StatusThresholds): string[] {
  const { settings } = progress;
  return [
    `Ayarlar — yöntem: göstergede belirtilen (boşsa düzey ve kümülatif göstergelerde F1, dönemsel göstergelerde F2); ` +
      `kırpma: ${settings.clampTargetRates ? 'gösterge oranları hedef oranına [0, 100] aralığında katılır' : 'kapalı, gösterge oranları hedef oranına kırpılmadan katılır'}; ` +
      `amaç oranı: ${settings.aimAggregation === 'mean' ? 'hedef oranlarının düz ortalaması' : 'hedef oranlarının maliyet ağırlıklı ortalaması'}; ` +
      `renk: yeşil ≥ ${formatNumber(thresholds.good)}, sarı ≥ ${formatNumber(thresholds.warning)}, kırmızı < ${formatNumber(thresholds.warning)}.`,
    ...progress.explanation.tr,
    `"${NO_DATA_TEXT}": değer girilmemiş; 0 sayılmaz, hedef oranına katılmaz ve hedefin satırında adıyla listelenir. ` +
      `Sayılar API’nin verdiği sayılardır (GET /api/plans/{planId}/progress); ${
        progress.basis === 'approved'
          ? 'yalnızca onaylanmış değerler hesaba katılır, onay bekleyenler katılmaz.'
          : 'onay bekleyenler dahil, girilmiş her değer hesaba katılır.'
      }`,
  ];
}

// ---------------------------------------------------------------------------------------------
// İzleme tablosu

/** The head and the tail of both rate tables' header rows; each table puts its own rate columns between. */
const RATE_TABLE_HEAD = [
  'Kod',
  'Amaç / hedef / performans göstergesi',
  'Ölçü birimi',
  'Hedefe etkisi (%)',
  'Başlangıç değeri (A)',
];
const RATE_TABLE_TAIL = [
  'Plan dönemi ilerlemesi (%)',
  'Açıklama',
  'Sapma nedeni',
  'Veri kaynağı',
  'Giren',
  'Onaylayan',
];

/** Widths of the first three columns of an indicator table: code, name and unit, fitted to the texts. */
function indicatorColumnWidths(
  indicators: Array<{ code: string; name: string; unit: string | null }>,
): number[] {
  return [
    fitWidth(
      indicators.map((indicator) => indicator.code),
      10,
      16,
    ),
    fitWidth(
      indicators.map((indicator) => indicator.name),
      30,
      50,
    ),
    fitWidth(
      indicators.map((indicator) => indicator.unit),
      10,
      16,
    ),
  ];
}

/** The İzleme tablosu of a half year (progress of `YYYY-H1`). */
export function addMonitoringSheet(
  workbook: ExcelJS.Workbook,
  document: PlanDocument,
  progress: ProgressResponse,
  entries: EntryDetails,
): void {
  const plan = new PlanIndex(document);
  const { w, header } = addRateTable(workbook, document, plan, progress, {
    name: `İzleme ${progress.period}`,
    title: `İzleme Tablosu — ${periodLabel(progress.period, 'tr')} (1 Ocak – 30 Haziran ${progress.year})`,
    rateHeaders: [
      `${progress.year} yıl sonu hedefi (B)`,
      `Gerçekleşme (C) 30.06.${progress.year}`,
      'Gerçekleşme oranı GO (%)',
      'Hedef oranına katılan (%)',
    ],
    rateWidths: [13, 13, 12],
  });
  writeRateRows(w, plan, progress, {
    indicator(indicator, target, doc) {
      const months = doc?.monitoringMonths ?? 6;
      const entry = months === 6 ? entries.get(entryKey(indicator.code, `${progress.year}-H1`)) : undefined;
      const reason = reasonOf(target, indicator.code);
      const missing = reason ? SHORT_REASONS[reason] : NO_DATA_TEXT;
      const rates = [
        indicator.target ?? SHORT_REASONS.NO_TARGET,
        indicator.actual ?? missing,
        rateContent(indicator.rate, missing),
      ];
      w.row(indicatorRateRow(indicator, rates, doc, entry));
    },
    target: (target) => writeTargetRate(w, target, [8]),
    aim: (aim) => writeAimRate(w, aim, [8]),
  });
  writePlanRate(w, progress, [progress.rate], [8]);
  w.rateColours(8, header + 1, w.rowNumber - 1, plan.thresholds());
  w.skip();
  w.footnote(rateFootnote(progress, plan.thresholds()));
  w.finish();
}

/**
 * A rate table's sheet (İzleme, Değerlendirme), titled and headed: the indicator columns, the
 * table's own rate columns (`rateWidths`; `rateHeaders` also names the rate-used column, worded
 * per table), then the shared tail (rate used, plan progress, note, deviation reason, data
 * source, entered by, approved by). Answers the writer and the header row.
 */
function addRateTable(
  workbook: ExcelJS.Workbook,
  document: PlanDocument,
  plan: PlanIndex,
  progress: ProgressResponse,
  table: { name: string; title: string; rateHeaders: string[]; rateWidths: number[] },
): { w: SheetWriter; header: number } {
  const all = progress.aims.flatMap((aim) => aim.targets.flatMap((target) => target.indicators));
  const dataSources = [...plan.indicators.values()].map((indicator) => indicator.dataSource);
  const w = addSheet(workbook, table.name, {
    widths: [
      ...indicatorColumnWidths(all),
      10,
      13,
      ...table.rateWidths,
      12,
      12,
      30,
      30,
      fitWidth(dataSources, 14, 30),
      18,
      18,
    ],
    frozenRows: 4,
    frozenColumns: 2,
    printTitleRows: [4, 4],
  });
  w.titleBlock(titleLines(document, table.title));
  return { w, header: w.header([...RATE_TABLE_HEAD, ...table.rateHeaders, ...RATE_TABLE_TAIL]) };
}

/** An indicator's row of a rate table: the indicator, the table's `rates` cells, then what its entry says. */
function indicatorRateRow(
  indicator: IndicatorProgress,
  rates: CellContent[],
  doc: IndicatorDoc | undefined,
  entry: EntryDetail | undefined,
): CellContent[] {
  return [
    indicator.code,
    indicator.name,
    indicator.unit,
    indicator.weight,
    indicator.baseline,
    ...rates,
    rateOrEmpty(indicator.rateUsed),
    rateOrEmpty(indicator.planProgress),
    entry?.note ?? null,
    entry?.deviationReason ?? null,
    doc?.dataSource ?? null,
    entry?.enteredBy ?? null,
    approval(entry),
  ];
}

function rateOrEmpty(rate: number | null): CellContent {
  return rate === null ? null : { number: rate, format: NUMBER_FORMATS.rate };
}

/**
 * The body of a rate table in plan order: each aim's row, each target's row, its indicators'
 * rows (`rows.indicator` writes one), the target's rate (`rows.target`) and, after its targets,
 * the aim's rate (`rows.aim`).
 */
function writeRateRows(
  w: SheetWriter,
  plan: PlanIndex,
  progress: ProgressResponse,
  rows: {
    indicator: (indicator: IndicatorProgress, target: TargetProgress, doc: IndicatorDoc | undefined) => void;
    target: (target: TargetProgress) => void;
    aim: (aim: AimProgress) => void;
  },
): void {
  for (const aim of progress.aims) {
    writeAimRow(w, aim);
    for (const target of aim.targets) {
      writeTargetRow(w, plan, target);
      for (const indicator of target.indicators) {
        rows.indicator(indicator, target, plan.indicators.get(indicator.code));
      }
      rows.target(target);
      w.commit();
    }
    rows.aim(aim);
  }
}

function writeAimRow(w: SheetWriter, aim: AimProgress): void {
  const row = w.row([aim.code, aim.title], 'aim', { fill: true });
  w.mergeToFit(row, 2, aim.title);
}

function writeTargetRow(w: SheetWriter, plan: PlanIndex, target: TargetProgress): void {
  const note = noteColumn(w);
  const unit = `Sorumlu birim: ${plan.unit(target.responsibleUnit)}`;
  const row = w.row([target.code, target.title], 'target');
  w.mergeToFit(row, 2, target.title, note - 1);
  w.cell(row, note, unit, 'target');
  w.mergeToFit(row, note, unit);
}

/** The target's HG row: its rate under each GO column given, exclusions beside. */
function writeTargetRate(
  w: SheetWriter,
  target: TargetProgress,
  rateColumns: number[],
  rates?: Array<number | null>,
): void {
  const row = w.row([null, `${target.code} hedef gerçekleşme oranı (HG)`], 'total');
  rateColumns.forEach((column, index) =>
    w.cell(row, column, rateContent(rates ? rates[index] : target.rate), 'total'),
  );
  const note = exclusionNote(target);
  if (note) writeNote(w, row, note, 'total');
}

/** A note in the Açıklama column of a rate row, merged across the columns it needs. */
function writeNote(w: SheetWriter, row: number, note: string, style: 'total' | 'aim'): void {
  w.cell(row, noteColumn(w), note, style);
  w.mergeToFit(row, noteColumn(w), note);
  w.fitHeight(row, note, w.widthOf(noteColumn(w)));
}

/** The Açıklama column: the fifth from the right in both rate tables. */
function noteColumn(w: SheetWriter): number {
  return w.columnCount - 4;
}

function writeAimRate(
  w: SheetWriter,
  aim: AimProgress,
  rateColumns: number[],
  rates?: Array<number | null>,
): void {
  const row = w.row([aim.code, `${aim.code} amaç gerçekleşme oranı (hesaplanmış görünüm)`], 'aim', {
    fill: true,
  });
  rateColumns.forEach((column, index) =>
    w.cell(row, column, rateContent(rates ? rates[index] : aim.rate), 'aim'),
  );
  writeNote(w, row, coverageNote(aim.coverage), 'aim');
  w.skip();
}

/** The plan's rate row, with what the assessed period's rate rests on beside it. */
function writePlanRate(
  w: SheetWriter,
  progress: ProgressResponse,
  rates: Array<number | null>,
  rateColumns: number[],
): void {
  const row = w.row([null, 'Plan gerçekleşme oranı (amaçların ortalaması; hesaplanmış görünüm)'], 'aim', {
    fill: true,
  });
  rateColumns.forEach((column, index) => w.cell(row, column, rateContent(rates[index]), 'aim'));
  const basis = progress.basis === 'approved' ? 'onaylanmış değerler' : 'onay bekleyenler dahil';
  writeNote(
    w,
    row,
    `${periodLabel(progress.period, 'tr')}, ${basis}; ${coverageNote(progress.coverage)}`,
    'aim',
  );
}

// ---------------------------------------------------------------------------------------------
// Değerlendirme tablosu

/**
 * The Değerlendirme tablosu of a year: `history` holds the year-end progress of every elapsed
 * year from the plan's first, oldest first; its last item is the assessed year.
 */
export function addEvaluationSheets(
  workbook: ExcelJS.Workbook,
  document: PlanDocument,
  history: ProgressResponse[],
  entries: EntryDetails,
): void {
  const plan = new PlanIndex(document);
  const progress = history[history.length - 1];
  const year = progress.year;
  const byYear = history.map((item) => indexProgress(item));
  const yearColumns = history.flatMap((item) => [
    `${item.year} hedefi (B)`,
    `${item.year} gerçekleşme (C)`,
    `${item.year} GO (%)`,
  ]);
  const goColumns = history.map((_item, index) => 6 + index * 3 + 2);
  const { w, header } = addRateTable(workbook, document, plan, progress, {
    name: `Değerlendirme ${year}`,
    title: `Değerlendirme Tablosu — ${year} (yıl sonu; ${history[0].year}–${year} yıllarının hedef ve gerçekleşmeleri)`,
    rateHeaders: [...yearColumns, `${year} hedef oranına katılan (%)`],
    rateWidths: yearColumns.map(() => 12),
  });
  writeRateRows(w, plan, progress, {
    indicator(indicator, _target, doc) {
      const entry = entries.get(
        entryKey(indicator.code, yearEndEntryPeriod(year, doc?.monitoringMonths ?? 6)),
      );
      const perYear = byYear.flatMap((index): CellContent[] => {
        const item = index.indicators.get(indicator.code);
        const owner = index.targetOf.get(indicator.code);
        const reason = owner ? reasonOf(owner, indicator.code) : null;
        const missing = reason ? SHORT_REASONS[reason] : NO_DATA_TEXT;
        if (!item) return [null, null, null];
        return [
          item.target ?? SHORT_REASONS.NO_TARGET,
          item.actual ?? missing,
          rateContent(item.rate, missing),
        ];
      });
      w.row(indicatorRateRow(indicator, perYear, doc, entry));
    },
    target: (target) =>
      writeTargetRate(
        w,
        target,
        goColumns,
        byYear.map((index) => index.targets.get(target.code)?.rate ?? null),
      ),
    aim: (aim) =>
      writeAimRate(
        w,
        aim,
        goColumns,
        byYear.map((index) => index.aims.get(aim.code)?.rate ?? null),
      ),
  });
  writePlanRate(
    w,
    progress,
    history.map((item) => item.rate),
    goColumns,
  );
  for (const column of goColumns) w.rateColours(column, header + 1, w.rowNumber - 1, plan.thresholds());
  w.skip();
  w.footnote([
    `Her yılın B değeri o yıl yürürlükte olan hedeftir; C o yılın sonundaki gerçekleşmedir; GO o yılın gerçekleşme oranıdır. ` +
      `Açıklama, sapma nedeni, giren ve onaylayan ${year} yıl sonu girişine aittir.`,
    ...rateFootnote(progress, plan.thresholds()),
  ]);
  w.finish();
  addEvaluationNotes(workbook, plan, progress, entries);
}

interface ProgressIndex {
  aims: Map<string, AimProgress>;
  targets: Map<string, TargetProgress>;
  indicators: Map<string, IndicatorProgress>;
  targetOf: Map<string, TargetProgress>;
}

function indexProgress(progress: ProgressResponse): ProgressIndex {
  const index: ProgressIndex = {
    aims: new Map(),
    targets: new Map(),
    indicators: new Map(),
    targetOf: new Map(),
  };
  for (const aim of progress.aims) {
    index.aims.set(aim.code, aim);
    for (const target of aim.targets) {
      index.targets.set(target.code, target);
      for (const indicator of target.indicators) {
        index.indicators.set(indicator.code, indicator);
        index.targetOf.set(indicator.code, target);
      }
    }
  }
  return index;
}

/** C and B equal up to float noise (the DEVIATION_REASON rule allows no other tolerance). */
function sameNumber(a: number, b: number): boolean {
  return Math.round(a * 1e9) === Math.round(b * 1e9);
}

/**
 * The four evaluation criteria of the yearly evaluation and their guiding questions
 * (planning-cycle.md 4); Etkinlik is efficiency here. Etki (impact) is optional and comes after.
 */
const EVALUATION_CRITERIA: ReadonlyArray<readonly [criterion: string, questions: string]> = [
  ['İlgililik', 'Tespitler ve ihtiyaçlar değişti mi? Hedeflerde değişiklik gerekiyor mu?'],
  [
    'Etkililik',
    'Hedeflenen değerlere ulaşıldı mı? Ulaşılan değerler ihtiyaçları karşıladı mı? Güncelleme gerekiyor mu?',
  ],
  ['Etkinlik', 'Öngörülmeyen maliyetler oluştu mu? Maliyet tablosunda değişiklik gerekiyor mu?'],
  [
    'Sürdürülebilirlik',
    'Sürdürmeyi tehdit eden riskler var mı? Hedefin riskleri değişti mi ya da gerçekleşti mi? Güncelleme gerekiyor mu?',
  ],
];

/**
 * The narrative beside the numbers (domain.md 7.3), one row per target: the deviations with
 * their reasons and the card's risks are filled in; what went well, proposed actions, the need
 * for an update and the evaluation criteria are left for the units to write.
 */
function addEvaluationNotes(
  workbook: ExcelJS.Workbook,
  plan: PlanIndex,
  progress: ProgressResponse,
  entries: EntryDetails,
): void {
  const year = progress.year;
  const headers = [
    'Hedef kodu',
    'Hedef',
    'Sorumlu birim',
    `${year} HG (%)`,
    'Sapmalar ve nedenleri',
    'Riskler',
    'Başarılı yönler',
    'Önerilen tedbirler',
    'Güncelleme ihtiyacı',
    ...EVALUATION_CRITERIA.map(([criterion]) => criterion),
    'Etki (isteğe bağlı)',
  ];
  const w = addSheet(workbook, `Değerlendirme notları ${year}`, {
    widths: [10, 36, 24, 10, 50, 36, 28, 28, 18, 16, 16, 16, 16, 16],
    frozenRows: 4,
    frozenColumns: 2,
    printTitleRows: [4, 4],
  });
  w.titleBlock(titleLines(plan.document, `Değerlendirme Notları — ${year}`));
  const header = w.header(headers);
  for (const aim of progress.aims) {
    for (const target of aim.targets) {
      const deviations = target.indicators.flatMap((indicator) => {
        if (indicator.actual === null || indicator.target === null) return [];
        if (sameNumber(indicator.actual, indicator.target)) return [];
        const doc = plan.indicators.get(indicator.code);
        const entry = entries.get(
          entryKey(indicator.code, yearEndEntryPeriod(year, doc?.monitoringMonths ?? 6)),
        );
        return [
          `${indicator.code}: B ${formatNumber(indicator.target)}, C ${formatNumber(indicator.actual)} — ${entry?.deviationReason ?? 'sapma nedeni girilmedi'}`,
        ];
      });
      const risks = plan.targets.get(target.code)?.risks ?? [];
      const notes = deviations.join('\n');
      const row = w.row([
        target.code,
        target.title,
        plan.unit(target.responsibleUnit),
        rateContent(target.rate),
        notes || null,
        risks.join('\n') || null,
      ]);
      w.fitHeight(row, notes || target.title, notes ? 50 : 36);
    }
    w.commit();
  }
  w.rateColours(4, header + 1, w.rowNumber - 1, plan.thresholds());
  w.skip();
  w.footnote([
    'Sapmalar: yıl sonu gerçekleşmesi (C) hedeften (B) farklı olan göstergeler ve girilen sapma nedenleri. ' +
      'Boş sütunlar (başarılı yönler, önerilen tedbirler, güncelleme ihtiyacı ve değerlendirme ölçütleri) birimlerin yazması içindir.',
    ...EVALUATION_CRITERIA.map(([criterion, questions]) => `${criterion}: ${questions}`),
  ]);
  w.finish();
}
