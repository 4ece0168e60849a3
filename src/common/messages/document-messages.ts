import { PLAN_DOCUMENT_FORMAT } from '../../contracts/plan-document.js';
import { texts } from './typed-texts.js';

/*
 * The texts of the plan document parser (src/modules/plans/plan-document-parser.ts): the label
 * of each field of the document (src/contracts/plan-document.ts), what a field of each JSON type
 * must be, and one message per parse problem code, naming the field by its label.
 */

/** A field's name as a message shows it, in both languages. */
export interface DocumentLabel {
  tr: string;
  en: string;
}

export const DOCUMENT_ROOT_LABEL: DocumentLabel = { tr: 'Belge', en: 'The document' };

/** The label of each field of the plan document, keyed as the parser's shapes name them. */
export const DOCUMENT_FIELD_LABELS = {
  indicatorCode: { tr: 'Gösterge kodu', en: 'Indicator code' },
  indicatorName: { tr: 'Gösterge adı', en: 'Indicator name' },
  unitOfMeasure: { tr: 'Ölçü birimi', en: 'Unit of measure' },
  weightInTheTarget: { tr: 'Hedefe etkisi (%)', en: 'Weight in the target (%)' },
  direction: { tr: 'Yön', en: 'Direction' },
  valueType: { tr: 'Değer türü', en: 'Value type' },
  calculationMethod: { tr: 'Hesaplama yöntemi', en: 'Calculation method' },
  baselineA: { tr: 'Başlangıç değeri (A)', en: 'Baseline (A)' },
  yearlyTargetsB: { tr: 'Yıllık hedefler (B)', en: 'Yearly targets (B)' },
  halfYearTargets30June: { tr: 'Yarıyıl hedefleri (30 Haziran)', en: 'Half-year targets (30 June)' },
  monitoringFrequencyMonths: { tr: 'İzleme sıklığı (ay)', en: 'Monitoring frequency (months)' },
  reportingFrequencyMonths: { tr: 'Rapor sıklığı (ay)', en: 'Reporting frequency (months)' },
  dataSource: { tr: 'Veri kaynağı', en: 'Data source' },
  firstYearOfTheIndicator: { tr: 'Göstergenin geçerli olduğu ilk yıl', en: 'First year of the indicator' },
  chartAxisStartsAt0: { tr: 'Grafik ekseni 0’dan başlar', en: 'Chart axis starts at 0' },
  actualValues: { tr: 'Gerçekleşme değerleri', en: 'Actual values' },
  valueC: { tr: 'Değer (C)', en: 'Value (C)' },
  note: { tr: 'Açıklama', en: 'Note' },
  deviationReason: { tr: 'Sapma nedeni', en: 'Deviation reason' },
  valueStatus: { tr: 'Değerin durumu', en: 'Value status' },
  revised: { tr: 'Düzeltildi', en: 'Revised' },
  originalValue: { tr: 'İlk onaylanan değer', en: 'Original value' },
  correctionReason: { tr: 'Düzeltme gerekçesi', en: 'Correction reason' },
  activityCode: { tr: 'Faaliyet kodu', en: 'Activity code' },
  activityName: { tr: 'Faaliyet adı', en: 'Activity name' },
  responsibleUnitOfTheActivity: { tr: 'Faaliyetin sorumlu birimi', en: 'Responsible unit of the activity' },
  activityCost: { tr: 'Faaliyet maliyeti', en: 'Activity cost' },
  offBudgetCost: { tr: 'Bütçe dışı maliyet', en: 'Off-budget cost' },
  targetCode: { tr: 'Hedef kodu', en: 'Target code' },
  targetTitle: { tr: 'Hedef metni', en: 'Target title' },
  responsibleUnit: { tr: 'Sorumlu birim', en: 'Responsible unit' },
  collaboratingUnits: { tr: 'İşbirliği yapılacak birimler', en: 'Collaborating units' },
  risks: { tr: 'Riskler', en: 'Risks' },
  controlActivities: { tr: 'Kontrol faaliyetleri', en: 'Control activities' },
  strategies: { tr: 'Stratejiler', en: 'Strategies' },
  activitiesAndProjects: { tr: 'Faaliyet ve projeler', en: 'Activities and projects' },
  costEstimate: { tr: 'Maliyet tahmini', en: 'Cost estimate' },
  findings: { tr: 'Tespitler', en: 'Findings' },
  needs: { tr: 'İhtiyaçlar', en: 'Needs' },
  performanceIndicators: { tr: 'Performans göstergeleri', en: 'Performance indicators' },
  aimCode: { tr: 'Amaç kodu', en: 'Aim code' },
  aimTitle: { tr: 'Amaç metni', en: 'Aim title' },
  targets: { tr: 'Hedefler', en: 'Targets' },
  planTitle: { tr: 'Plan adı', en: 'Plan title' },
  startYear: { tr: 'Başlangıç yılı', en: 'Start year' },
  endYear: { tr: 'Bitiş yılı', en: 'End year' },
  planStatus: { tr: 'Plan durumu', en: 'Plan status' },
  mission: { tr: 'Misyon', en: 'Mission' },
  vision: { tr: 'Vizyon', en: 'Vision' },
  coreValues: { tr: 'Temel değerler', en: 'Core values' },
  coreValue: { tr: 'Temel değer', en: 'Core value' },
  coreValueDescription: { tr: 'Temel değer açıklaması', en: 'Core value description' },
  submissionToTheCouncil: { tr: 'Meclise sunuş tarihi', en: 'Submission to the council' },
  closingDate: { tr: 'Kapanış tarihi', en: 'Closing date' },
  councilDecision: { tr: 'Meclis kararı', en: 'Council decision' },
  councilDecisionDate: { tr: 'Meclis karar tarihi', en: 'Council decision date' },
  councilDecisionNumber: { tr: 'Meclis karar sayısı', en: 'Council decision number' },
  planSettings: { tr: 'Plan ayarları', en: 'Plan settings' },
  clampTargetRates: { tr: 'Oranları 0–100 aralığına sınırla', en: 'Clamp target rates' },
  aimAggregation: { tr: 'Amaç hesaplama yöntemi', en: 'Aim aggregation' },
  codePrefixes: { tr: 'Kod önekleri', en: 'Code prefixes' },
  aimCodePrefix: { tr: 'Amaç kodu öneki', en: 'Aim code prefix' },
  targetCodePrefix: { tr: 'Hedef kodu öneki', en: 'Target code prefix' },
  indicatorCodePrefix: { tr: 'Gösterge kodu öneki', en: 'Indicator code prefix' },
  statusThresholds: { tr: 'Renk eşikleri', en: 'Status thresholds' },
  goodThreshold: { tr: 'İyi eşiği', en: 'Good threshold' },
  warningThreshold: { tr: 'Uyarı eşiği', en: 'Warning threshold' },
  minimumCoverage: { tr: 'Asgari kapsam (%)', en: 'Minimum coverage (%)' },
  midYearBands: { tr: 'Ara dönem eşikleri', en: 'Mid-year bands' },
  midYearOnTrackBand: { tr: 'Ara dönem "yolunda" eşiği', en: 'Mid-year on-track band' },
  midYearBehindBand: { tr: 'Ara dönem "geride" eşiği', en: 'Mid-year behind band' },
  plausibilityFactors: { tr: 'Olağanlık katsayıları', en: 'Plausibility factors' },
  plausibilityLowFactor: { tr: 'Olağanlık alt katsayısı', en: 'Plausibility low factor' },
  plausibilityHighFactor: { tr: 'Olağanlık üst katsayısı', en: 'Plausibility high factor' },
  entryDeadlineDays: {
    tr: 'Veri girişi son günü (dönem sonundan gün)',
    en: 'Entry deadline (days after the period)',
  },
  approvalDeadlineDays: {
    tr: 'Onay son günü (dönem sonundan gün)',
    en: 'Approval deadline (days after the period)',
  },
  costing: { tr: 'Maliyetlendirme', en: 'Costing' },
  generalAdministration: { tr: 'Genel yönetim giderleri', en: 'General administration' },
  resources: { tr: 'Kaynaklar', en: 'Resources' },
  resourceSource: { tr: 'Kaynak', en: 'Resource source' },
  resourceKind: { tr: 'Kaynak türü', en: 'Resource kind' },
  resourceAmounts: { tr: 'Kaynak tutarları', en: 'Resource amounts' },
  aims: { tr: 'Amaçlar', en: 'Aims' },
  documentFormat: { tr: 'Belge biçimi (format)', en: 'Document format' },
  institution: { tr: 'Kurum', en: 'Institution' },
  institutionName: { tr: 'Kurum adı', en: 'Institution name' },
  institutionKind: { tr: 'Kurum türü', en: 'Institution kind' },
  population: { tr: 'Nüfus', en: 'Population' },
  electionDate: { tr: 'Seçim tarihi', en: 'Election date' },
  units: { tr: 'Birimler', en: 'Units' },
  unitCode: { tr: 'Birim kodu', en: 'Unit code' },
  unitName: { tr: 'Birim adı', en: 'Unit name' },
  parentUnit: { tr: 'Üst birim', en: 'Parent unit' },
  plan: { tr: 'Plan', en: 'Plan' },
  stakeholderThreshold: { tr: 'Paydaş önceliği eşiği', en: 'Stakeholder threshold' },
  programmeCostTolerance: {
    tr: 'Performans programı maliyet farkı toleransı (%)',
    en: 'Programme cost tolerance (%)',
  },
  answers: { tr: 'Karşıladığı tespit ve ihtiyaçlar', en: 'Findings and needs it answers' },
  analysis: { tr: 'Durum analizi', en: 'Situation analysis' },
  analysisHistory: { tr: 'Kurumsal tarihçe', en: 'History' },
  analysisEvaluation: { tr: 'Uygulanan planın değerlendirmesi', en: 'Evaluation of the plan in force' },
  analysisText: { tr: 'Metin', en: 'Text' },
  previousPlanTarget: { tr: 'Önceki planın hedefi', en: 'Target of the previous plan' },
  legalDuties: { tr: 'Mevzuat analizi', en: 'Legal duties' },
  legalDuty: { tr: 'Yasal yükümlülük', en: 'Legal duty' },
  legalBasis: { tr: 'Dayanak', en: 'Legal basis' },
  legalFindings: { tr: 'Tespitler', en: 'Findings' },
  legalNeeds: { tr: 'İhtiyaçlar', en: 'Needs' },
  policyDocuments: { tr: 'Üst politika belgeleri', en: 'Higher policy documents' },
  policyDocument: { tr: 'Üst politika belgesi', en: 'Policy document' },
  policyReference: { tr: 'İlgili bölüm/referans', en: 'Section/reference' },
  policyDuty: { tr: 'Verilen görev/ihtiyaçlar', en: 'Duty/needs given' },
  activityFields: { tr: 'Faaliyet alanları', en: 'Fields of activity' },
  activityField: { tr: 'Faaliyet alanı', en: 'Field of activity' },
  productsServices: { tr: 'Ürün/hizmetler', en: 'Products/services' },
  stakeholders: { tr: 'Paydaş analizi', en: 'Stakeholders' },
  stakeholderName: { tr: 'Paydaş', en: 'Stakeholder' },
  stakeholderKind: { tr: 'İç/dış paydaş', en: 'Internal/external' },
  importance: { tr: 'Önem', en: 'Importance' },
  influence: { tr: 'Etki', en: 'Influence' },
  opinionMethod: { tr: 'Görüş alma yöntemi', en: 'How the opinion was gathered' },
  opinion: { tr: 'Paydaş görüşü', en: 'Opinion' },
  internalAnalysis: { tr: 'Kuruluş içi analiz', en: 'Internal analysis' },
  internalTopic: { tr: 'Konu', en: 'Topic' },
  pestle: { tr: 'PESTLE analizi', en: 'PESTLE analysis' },
  pestleCategory: { tr: 'PESTLE kategorisi', en: 'PESTLE category' },
  pestleFactor: { tr: 'Etken', en: 'Factor' },
  trend: { tr: 'Eğilim', en: 'Trend' },
  effect: { tr: 'Fırsat/tehdit', en: 'Opportunity/threat' },
  swot: { tr: 'GZFT analizi', en: 'SWOT analysis' },
  swotKind: { tr: 'GZFT türü', en: 'SWOT kind' },
  swotStrategies: { tr: 'GZFT stratejileri', en: 'SWOT strategies' },
  swotStrategyKind: { tr: 'Strateji türü (GF/GT/ZF/ZT)', en: 'Strategy kind (GF/GT/ZF/ZT)' },
  analysisFindings: { tr: 'Tespitler ve ihtiyaçlar', en: 'Findings and needs' },
  itemCode: { tr: 'Tespit/ihtiyaç kodu', en: 'Finding/need code' },
  itemKind: { tr: 'Tespit mi ihtiyaç mı', en: 'Finding or need' },
  itemText: { tr: 'Tespit/ihtiyaç metni', en: 'Finding/need text' },
  itemOrigin: { tr: 'Kaynağı', en: 'Origin' },
  originPart: { tr: 'Kaynak bölüm', en: 'Origin part' },
  originRow: { tr: 'Kaynak satır', en: 'Origin row' },
} satisfies Record<string, DocumentLabel>;

export type DocumentField = keyof typeof DOCUMENT_FIELD_LABELS;

/** What a value of a JSON type must be, for INVALID_TYPE. */
export const DOCUMENT_EXPECTED = {
  text: { tr: 'metin', en: 'a string' },
  number: { tr: 'sonlu bir sayı', en: 'a finite number' },
  nullableNumber: { tr: 'sonlu bir sayı ya da null', en: 'a finite number or null' },
  integer: { tr: '2.147.483.647 ile sınırlı bir tam sayı', en: 'a whole number up to 2,147,483,647' },
  storableText: {
    tr: 'NUL (\\u0000) ya da yarım vekil (surrogate) karakter içermeyen bir metin',
    en: 'a string without NUL (\\u0000) or unpaired surrogate characters',
  },
  boolean: { tr: 'true ya da false', en: 'true or false' },
  object: { tr: 'bir JSON nesnesi', en: 'a JSON object' },
  nullableObject: { tr: 'bir JSON nesnesi ya da null', en: 'a JSON object or null' },
  array: { tr: 'bir JSON listesi', en: 'a JSON array' },
} satisfies Record<string, DocumentLabel>;

/** The params of a parse problem's message: the field's label and what it expected in the message's language. */
export type DocumentMessageParams = {
  label: string;
  expected?: string;
  value?: string;
  allowed?: string;
  max?: number;
  length?: number;
  months?: number;
  years?: string;
};

export const DOCUMENT_MESSAGES = {
  REQUIRED: texts<DocumentMessageParams>(
    (p) => `${p.label} zorunludur.`,
    (p) => `${p.label} is required.`,
  ),
  INVALID_TYPE: texts<DocumentMessageParams>(
    (p) => `${p.label} ${p.expected ?? ''} olmalı.`,
    (p) => `${p.label} must be ${p.expected ?? ''}.`,
  ),
  INVALID_ENUM: texts<DocumentMessageParams>(
    (p) => `${p.label} için ${p.value} geçersiz; izin verilenler: ${p.allowed}.`,
    (p) => `${p.label}: ${p.value} is not allowed; expected one of ${p.allowed}.`,
  ),
  INVALID_DATE: texts<DocumentMessageParams>(
    (p) => `${p.label} geçerli bir YYYY-AA-GG tarihi değil: ${p.value}.`,
    (p) => `${p.label} is not a real YYYY-MM-DD date: ${p.value}.`,
  ),
  UNKNOWN_FIELD: texts<DocumentMessageParams>(
    (p) => `${p.label}: bilinmeyen alan ${p.value}; belge biçiminde böyle bir alan yok.`,
    (p) => `${p.label}: unknown field ${p.value}; the document format has no such field.`,
  ),
  INVALID_YEAR: texts<DocumentMessageParams>(
    (p) => `${p.label}: ${p.value} dört haneli bir yıl değil.`,
    (p) => `${p.label}: ${p.value} is not a four-digit year.`,
  ),
  VALUE_PERIOD: texts<DocumentMessageParams>(
    (p) =>
      `${p.label}: ${p.value} bu göstergenin giriş dönemi değil (izleme sıklığı ${p.months ?? '?'} ay, ` +
      `plan yılları ${p.years ?? '?'}; ${p.months === 12 ? '"2025"' : '"2025-H1", "2025-H2"'} gibi olmalı).`,
    (p) =>
      `${p.label}: ${p.value} is not an entry period of this indicator (monitored every ${p.months ?? '?'} ` +
      `months, plan years ${p.years ?? '?'}; expected keys like ${p.months === 12 ? '"2025"' : '"2025-H1", "2025-H2"'}).`,
  ),
  INVALID_FORMAT: texts<DocumentMessageParams>(
    (p) => `${p.label} "${PLAN_DOCUMENT_FORMAT}" olmalı; verilen: ${p.value}.`,
    (p) => `${p.label} must be "${PLAN_DOCUMENT_FORMAT}"; got ${p.value}.`,
  ),
  TOO_LONG: texts<DocumentMessageParams>(
    (p) => `${p.label} en çok ${p.max ?? 0} karakter olabilir; ${p.length ?? 0} karakter verildi.`,
    (p) => `${p.label} may have at most ${p.max ?? 0} characters; it has ${p.length ?? 0}.`,
  ),
  NEGATIVE: texts<DocumentMessageParams>(
    (p) => `${p.label} negatif olamaz: ${p.value}.`,
    (p) => `${p.label} cannot be negative: ${p.value}.`,
  ),
  NOT_PLAN_YEAR: texts<DocumentMessageParams>(
    (p) => `${p.label}: ${p.value} planın yıllarından biri değil (${p.years ?? '?'}).`,
    (p) => `${p.label}: ${p.value} is not one of the plan's years (${p.years ?? '?'}).`,
  ),
  VALUE_STATUS: texts<DocumentMessageParams>(
    (p) =>
      `${p.label}: düzeltme bilgileri (revised, originalValue, correctionReason) yalnızca "revised": true olan onaylı ("approved") bir değerde olabilir; durum ${p.value}.`,
    (p) =>
      `${p.label}: correction fields (revised, originalValue, correctionReason) belong only to an approved value with "revised": true; status ${p.value}.`,
  ),
};
