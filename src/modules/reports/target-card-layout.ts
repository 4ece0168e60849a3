/**
 * The layout of the target-card workbook (hedef kartları, domain.md 2.1), shared by its builder
 * and its reader so that what is written can be read back: sheet names, row labels, column
 * headers and the Turkish words for the document's enumerations.
 */
import type {
  AimAggregation,
  Direction,
  InstitutionKind,
  Method,
  PlanStatus,
  ValueType,
} from '../../contracts/plan-document.js';

/** Written on the Plan sheet; the reader refuses a workbook without it. */
export const TARGET_CARDS_FORMAT = 'pusula.hedef-kartlari/v1';

export const PLAN_SHEET = 'Plan';
export const UNITS_SHEET = 'Birimler';

/** Rows 1–3 hold the title block; the aim row of an aim sheet is row 4, its first card row 6. */
export const TITLE_ROWS = 3;
export const AIM_ROW = 4;

export const LABELS = {
  format: 'Dosya biçimi',
  aim: 'Amaç',
  target: 'Hedef',
  indicatorHeader: 'Gösterge kodu',
  responsibleUnit: 'Sorumlu birim',
  collaboratingUnits: 'İşbirliği yapılacak birimler',
  risks: 'Riskler',
  controls: 'Kontrol faaliyetleri',
  strategies: 'Stratejiler',
  activities: 'Faaliyet ve projeler',
  costEstimate: 'Maliyet tahmini (TL)',
  findings: 'Tespitler',
  needs: 'İhtiyaçlar',
  coreValues: 'Temel değerler',
} as const;

/** Lists of text on a card: one item per row, the label on the first row. */
export const TEXT_LISTS = [
  ['risks', LABELS.risks],
  ['controls', LABELS.controls],
  ['strategies', LABELS.strategies],
  ['findings', LABELS.findings],
  ['needs', LABELS.needs],
] as const;
export type TextListField = (typeof TEXT_LISTS)[number][0];

/** Columns of the indicator table of a card, for the plan's years. */
export type IndicatorColumn =
  | { key: 'code' | 'name' | 'unit' | 'weight' | 'baseline'; header: string }
  | { key: 'target'; header: string; year: number }
  | {
      key:
        | 'monitoringMonths'
        | 'reportingMonths'
        | 'direction'
        | 'valueType'
        | 'method'
        | 'dataSource'
        | 'sinceYear';
      header: string;
    };

export function indicatorColumns(years: number[]): IndicatorColumn[] {
  return [
    { key: 'code', header: LABELS.indicatorHeader },
    { key: 'name', header: 'Performans göstergesi' },
    { key: 'unit', header: 'Ölçü birimi' },
    { key: 'weight', header: 'Hedefe etkisi (%)' },
    { key: 'baseline', header: 'Plan dönemi başlangıç değeri (A)' },
    ...years.map((year) => ({ key: 'target' as const, header: `${year} hedefi (B)`, year })),
    { key: 'monitoringMonths', header: 'İzleme sıklığı (ay)' },
    { key: 'reportingMonths', header: 'Rapor sıklığı (ay)' },
    { key: 'direction', header: 'Yön' },
    { key: 'valueType', header: 'Değer türü' },
    { key: 'method', header: 'Hesaplama yöntemi' },
    { key: 'dataSource', header: 'Veri kaynağı' },
    { key: 'sinceYear', header: 'Geçerli olduğu ilk yıl' },
  ];
}

/** Headers of the activities block, from column B: code, name, unit, cost and off-budget cost by year. */
export function activityHeaders(years: number[]): string[] {
  return [
    'Faaliyet kodu',
    'Faaliyet / proje',
    'Sorumlu birim',
    ...years.map((year) => `${year} maliyet (TL)`),
    ...years.map((year) => `${year} bütçe dışı (TL)`),
  ];
}

/** Columns an aim sheet needs for the plan's years. */
export function cardColumnCount(years: number[]): number {
  return Math.max(indicatorColumns(years).length, 1 + activityHeaders(years).length, years.length + 2);
}

/** The year a header cell names ("2025 hedefi (B)", "2025 maliyet (TL)", 2025), or null. */
export function headerYear(text: string): number | null {
  const match = /^(\d{4})(?!\d)/.exec(text.trim());
  return match ? Number(match[1]) : null;
}

// ---------------------------------------------------------------------------------------------
// Turkish words for the enumerations; the reader also accepts the document's own codes.

export const DIRECTION_LABELS: Record<Direction, string> = {
  artis: 'Artış',
  azalis: 'Azalış',
  koruma: 'Koruma',
};
export const VALUE_TYPE_LABELS: Record<ValueType, string> = {
  duzey: 'Düzey',
  kumulatif: 'Kümülatif',
  donemsel: 'Dönemsel',
};
export const METHOD_LABELS: Record<Method, string> = { F1: 'F1', F2: 'F2' };
export const INSTITUTION_KIND_LABELS: Record<InstitutionKind, string> = {
  belediye: 'Belediye',
  buyuksehir: 'Büyükşehir belediyesi',
  birlik: 'Belediye birliği',
  'kent-konseyi': 'Kent konseyi',
  diger: 'Diğer',
};
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  taslak: 'Taslak',
  'meclis-onayinda': 'Meclis onayında',
  yururlukte: 'Yürürlükte',
  kapandi: 'Kapandı',
};
export const AIM_AGGREGATION_LABELS: Record<AimAggregation, string> = {
  mean: 'Düz ortalama',
  'cost-weighted': 'Maliyet ağırlıklı ortalama',
};
export const BOOLEAN_LABELS = { true: 'Evet', false: 'Hayır' } as const;

/** The code a Turkish word (or the code itself) stands for, compared without case; null if none. */
export function codeOf<T extends string>(labels: Record<T, string>, text: string): T | null {
  const wanted = normalise(text);
  for (const [code, label] of Object.entries(labels) as Array<[T, string]>) {
    if (normalise(label) === wanted || normalise(code) === wanted) return code;
  }
  return null;
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('tr');
}

/** The Plan sheet's rows below its header, in order. */
export const PLAN_FIELDS = [
  { key: 'format', label: LABELS.format },
  { key: 'institutionName', label: 'Kurum adı' },
  { key: 'institutionKind', label: 'Kurum türü' },
  { key: 'population', label: 'Nüfus' },
  { key: 'electionDate', label: 'Mahalli idareler seçim tarihi' },
  { key: 'title', label: 'Plan adı' },
  { key: 'startYear', label: 'Başlangıç yılı' },
  { key: 'endYear', label: 'Bitiş yılı' },
  { key: 'status', label: 'Plan durumu' },
  { key: 'submittedToCouncil', label: 'Meclise sunuş tarihi' },
  { key: 'councilDecisionDate', label: 'Meclis karar tarihi' },
  { key: 'councilDecisionNumber', label: 'Meclis karar sayısı' },
  { key: 'closedOn', label: 'Kapanış tarihi' },
  { key: 'mission', label: 'Misyon' },
  { key: 'vision', label: 'Vizyon' },
  { key: 'clampTargetRates', label: 'Gösterge oranları hedef oranına 0–100 aralığında katılır' },
  { key: 'aimAggregation', label: 'Amaç gerçekleşme oranı' },
  { key: 'aimPrefix', label: 'Amaç kodu öneki' },
  { key: 'targetPrefix', label: 'Hedef kodu öneki' },
  { key: 'indicatorPrefix', label: 'Gösterge kodu öneki' },
  { key: 'goodThreshold', label: 'Yeşil: oran en az (%)' },
  { key: 'warningThreshold', label: 'Sarı: oran en az (%)' },
  { key: 'minCoverage', label: 'Yetersiz veri: ağırlığın en az (%) verisi olmalı' },
  { key: 'midYearColoured', label: 'Ara dönem oranları renklendirilir' },
  { key: 'midYearOnTrack', label: 'Ara dönem yolunda: oran en az (%)' },
  { key: 'midYearBehind', label: 'Ara dönem geride: oran altında (%)' },
  { key: 'plausibilityLow', label: 'Olağan dışı giriş: en düşük dayanağın katı altında' },
  { key: 'plausibilityHigh', label: 'Olağan dışı giriş: en yüksek dayanağın katı üstünde' },
  { key: 'entryDeadlineDays', label: 'Veri girişi son günü: dönem sonundan gün' },
  { key: 'approvalDeadlineDays', label: 'Onay son günü: dönem sonundan gün' },
] as const;
/**
 * Plan sheet rows added after the first workbooks were written: a workbook without them still
 * reads (the settings keep their defaults).
 */
export const OPTIONAL_PLAN_FIELDS: ReadonlySet<PlanField> = new Set([
  'minCoverage',
  'midYearColoured',
  'midYearOnTrack',
  'midYearBehind',
  'plausibilityLow',
  'plausibilityHigh',
  'entryDeadlineDays',
  'approvalDeadlineDays',
]);
export type PlanField = (typeof PLAN_FIELDS)[number]['key'];

/** The document path each Plan sheet row fills, for locating problems. */
export const PLAN_FIELD_PATHS: Record<PlanField, string> = {
  format: 'format',
  institutionName: 'institution.name',
  institutionKind: 'institution.kind',
  population: 'institution.population',
  electionDate: 'institution.electionDate',
  title: 'plan.title',
  startYear: 'plan.startYear',
  endYear: 'plan.endYear',
  status: 'plan.status',
  submittedToCouncil: 'plan.submittedToCouncil',
  councilDecisionDate: 'plan.councilDecision.date',
  councilDecisionNumber: 'plan.councilDecision.number',
  closedOn: 'plan.closedOn',
  mission: 'plan.mission',
  vision: 'plan.vision',
  clampTargetRates: 'plan.settings.clampTargetRates',
  aimAggregation: 'plan.settings.aimAggregation',
  aimPrefix: 'plan.settings.codePrefixes.aim',
  targetPrefix: 'plan.settings.codePrefixes.target',
  indicatorPrefix: 'plan.settings.codePrefixes.indicator',
  goodThreshold: 'plan.settings.statusThresholds.good',
  warningThreshold: 'plan.settings.statusThresholds.warning',
  minCoverage: 'plan.settings.minCoverage',
  midYearColoured: 'plan.settings.midYearBands',
  midYearOnTrack: 'plan.settings.midYearBands.onTrack',
  midYearBehind: 'plan.settings.midYearBands.behind',
  plausibilityLow: 'plan.settings.plausibility.low',
  plausibilityHigh: 'plan.settings.plausibility.high',
  entryDeadlineDays: 'plan.settings.entryDeadlineDays',
  approvalDeadlineDays: 'plan.settings.approvalDeadlineDays',
};

/** Header of the Plan sheet (row 4) and of its core values block. */
export const PLAN_HEADER = ['Alan', 'Değer'];
export const CORE_VALUE_HEADER = ['Temel değer', 'Açıklama'];
export const UNIT_HEADER = ['Birim kodu', 'Birim adı', 'Üst birim kodu'];
