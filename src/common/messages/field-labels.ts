import type { Lang } from '../../contracts/validation.js';

/**
 * How a request check names the field it refuses: by the field's label in the request's language,
 * with the list item it sits in — "Hedefe etkisi (3. gösterge)", "Yıllık hedef 2026 (1. gösterge)" —
 * not by its JSON path ("indicators[2].weight"), which a Turkish reader should never see. The path
 * itself still goes along in the detail's `path`. A property without a label keeps its path.
 */
type Label = { tr: string; en: string };

/** Labels of request properties, by property name (the last named part of the path). */
export const FIELD_LABELS = {
  action: { tr: 'İşlem', en: 'Action' },
  activities: { tr: 'Faaliyetler', en: 'Activities' },
  aim: { tr: 'Amaç', en: 'Aim' },
  amounts: { tr: 'Tutarlar', en: 'Amounts' },
  baseline: { tr: 'Başlangıç değeri', en: 'Baseline' },
  code: { tr: 'Kod', en: 'Code' },
  collaboratingUnits: { tr: 'İşbirliği yapılacak birimler', en: 'Collaborating units' },
  comment: { tr: 'Açıklama', en: 'Comment' },
  controls: { tr: 'Kontrol faaliyetleri', en: 'Controls' },
  cost: { tr: 'Maliyet', en: 'Cost' },
  costEstimate: { tr: 'Maliyet tahmini', en: 'Cost estimate' },
  councilDecisionDate: { tr: 'Meclis karar tarihi', en: 'Council decision date' },
  councilDecisionNumber: { tr: 'Meclis karar sayısı', en: 'Council decision number' },
  currentPassword: { tr: 'Mevcut parola', en: 'Current password' },
  dataSource: { tr: 'Veri kaynağı', en: 'Data source' },
  date: { tr: 'Tarih', en: 'Date' },
  decisionDate: { tr: 'Karar tarihi', en: 'Decision date' },
  decisionNumber: { tr: 'Karar sayısı', en: 'Decision number' },
  description: { tr: 'Açıklama', en: 'Description' },
  deviationReason: { tr: 'Sapma nedeni', en: 'Deviation reason' },
  direction: { tr: 'Yön', en: 'Direction' },
  doneDate: { tr: 'Tamamlanma tarihi', en: 'Completion date' },
  dueDate: { tr: 'Bitiş tarihi', en: 'Due date' },
  effectiveYear: { tr: 'Yürürlük yılı', en: 'Effective year' },
  electionDate: { tr: 'Seçim tarihi', en: 'Election date' },
  email: { tr: 'E-posta', en: 'E-mail' },
  endYear: { tr: 'Bitiş yılı', en: 'End year' },
  evidenceUrl: { tr: 'Kanıt bağlantısı', en: 'Evidence link' },
  findings: { tr: 'Tespitler', en: 'Findings' },
  halfYearTargets: { tr: 'Yarıyıl hedefi', en: 'Half-year target' },
  indicatorWeights: { tr: 'Gösterge ağırlığı', en: 'Indicator weight' },
  indicators: { tr: 'Göstergeler', en: 'Indicators' },
  institutionId: { tr: 'Kurum', en: 'Institution' },
  kind: { tr: 'Tür', en: 'Kind' },
  method: { tr: 'Hesaplama yöntemi', en: 'Calculation method' },
  mission: { tr: 'Misyon', en: 'Mission' },
  monitoringMonths: { tr: 'İzleme sıklığı', en: 'Monitoring frequency' },
  name: { tr: 'Ad', en: 'Name' },
  needs: { tr: 'İhtiyaçlar', en: 'Needs' },
  newPassword: { tr: 'Yeni parola', en: 'New password' },
  note: { tr: 'Not', en: 'Note' },
  number: { tr: 'Sayı', en: 'Number' },
  offBudgetCost: { tr: 'Bütçe dışı maliyet', en: 'Off-budget cost' },
  parent: { tr: 'Üst birim', en: 'Parent unit' },
  password: { tr: 'Parola', en: 'Password' },
  period: { tr: 'Dönem', en: 'Period' },
  population: { tr: 'Nüfus', en: 'Population' },
  position: { tr: 'Sıra', en: 'Position' },
  reason: { tr: 'Gerekçe', en: 'Reason' },
  reportingMonths: { tr: 'Rapor sıklığı', en: 'Reporting frequency' },
  responsibleUnit: { tr: 'Sorumlu birim', en: 'Responsible unit' },
  risks: { tr: 'Riskler', en: 'Risks' },
  role: { tr: 'Rol', en: 'Role' },
  startDate: { tr: 'Başlangıç tarihi', en: 'Start date' },
  startYear: { tr: 'Başlangıç yılı', en: 'Start year' },
  status: { tr: 'Durum', en: 'Status' },
  strategies: { tr: 'Stratejiler', en: 'Strategies' },
  submittedToCouncil: { tr: 'Meclise sunuş tarihi', en: 'Submission to council' },
  target: { tr: 'Hedef', en: 'Target' },
  targets: { tr: 'Yıllık hedef', en: 'Yearly target' },
  text: { tr: 'Metin', en: 'Text' },
  title: { tr: 'Başlık', en: 'Title' },
  unit: { tr: 'Ölçü birimi', en: 'Unit of measure' },
  unitCode: { tr: 'Birim kodu', en: 'Unit code' },
  value: { tr: 'Değer', en: 'Value' },
  valueType: { tr: 'Değer türü', en: 'Value type' },
  version: { tr: 'Sürüm', en: 'Version' },
  vision: { tr: 'Vizyon', en: 'Vision' },
  weight: { tr: 'Hedefe etkisi', en: 'Weight in the target' },
  weights: { tr: 'Ağırlık', en: 'Weight' },
} satisfies Record<string, Label>;

/** A list's item, by the list's property name and the item's 1-based number. */
const LIST_ITEMS: Record<string, { tr: (n: number) => string; en: (n: number) => string }> = {
  indicators: { tr: (n) => `${n}. gösterge`, en: (n) => `indicator ${n}` },
  activities: { tr: (n) => `${n}. faaliyet`, en: (n) => `activity ${n}` },
  aims: { tr: (n) => `${n}. amaç`, en: (n) => `aim ${n}` },
  targets: { tr: (n) => `${n}. hedef`, en: (n) => `target ${n}` },
  values: { tr: (n) => `${n}. temel değer`, en: (n) => `core value ${n}` },
  risks: { tr: (n) => `${n}. risk`, en: (n) => `risk ${n}` },
  controls: { tr: (n) => `${n}. kontrol`, en: (n) => `control ${n}` },
  strategies: { tr: (n) => `${n}. strateji`, en: (n) => `strategy ${n}` },
  findings: { tr: (n) => `${n}. tespit`, en: (n) => `finding ${n}` },
  needs: { tr: (n) => `${n}. ihtiyaç`, en: (n) => `need ${n}` },
  units: { tr: (n) => `${n}. birim`, en: (n) => `unit ${n}` },
};

function labelOf(property: string, lang: Lang): string | undefined {
  return Object.hasOwn(FIELD_LABELS, property)
    ? FIELD_LABELS[property as keyof typeof FIELD_LABELS][lang]
    : undefined;
}

/**
 * The field of `path` as a reader names it: its label, the key under it for a map such as the
 * yearly targets ("Yıllık hedef 2026"), and the list items it is in, innermost first
 * ("Hedefe etkisi (3. gösterge)"). A path whose property has no label is answered as it is.
 */
export function fieldName(path: string, lang: Lang): string {
  const parts = path.split('.').map((part) => {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    const indexes = match ? [...match[2].matchAll(/\[(\d+)\]/g)].map((item) => Number(item[1])) : [];
    return { name: match ? match[1] : part, indexes };
  });
  // Where a map's keys start: the first part after the first that has no label (targets.2026).
  const keyAt = parts.findIndex((part, index) => index > 0 && labelOf(part.name, lang) === undefined);
  const field = parts.slice(0, keyAt > 0 ? keyAt : parts.length);
  const named = field[field.length - 1];
  const label = labelOf(named.name, lang);
  if (label === undefined) return path;
  const items = field.flatMap((part) =>
    part.indexes.map((index) => LIST_ITEMS[part.name]?.[lang](index + 1) ?? `${part.name}[${index}]`),
  );
  // An item of a list is its own name ("risks[3]" → "4. risk"), with the lists it is in.
  const head =
    named.indexes.length > 0 && LIST_ITEMS[named.name]
      ? (items.pop() ?? label)
      : keyAt > 0
        ? `${label} ${parts
            .slice(keyAt)
            .map((part) => part.name)
            .join('.')}`
        : label;
  return items.length > 0 ? `${head} (${items.reverse().join(', ')})` : head;
}
