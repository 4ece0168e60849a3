import { defineMessages } from './define.js';

/** The "how is this computed" sentences (lib/explain.ts); formulas as domain.md section 4 writes them. */
export const explain = defineMessages('explain', {
  tr: {
    'explain.formulaF1':
      'Gerçekleşme oranı = (C − A) / (B − A) × 100 (F1: başlangıç değerinden hedefe ilerleme)',
    'explain.formulaF2': 'Gerçekleşme oranı = C / B × 100 (F2)',
    'explain.formulaF2Azalis': 'Gerçekleşme oranı = B / C × 100 (F2, azalış yönlü gösterge)',
    'explain.formulaKeepLevel':
      'Hedef başlangıç düzeyini korumak (B = A): oran C / B × 100 (azalışta B / C), hesapta en çok %100',
    'explain.formulaExact': 'Formül sıfıra bölünüyor, ancak gerçekleşen hedefe eşit (C = B): oran %100',
    'explain.formulaTarget':
      'Hedefin gerçekleşme oranı = Σ (ağırlık × hesaba giren oran) / Σ ağırlık (verisi olan göstergeler)',
    'explain.formulaAimMean': 'Amacın gerçekleşme oranı = hedeflerin oranlarının ortalaması',
    'explain.formulaAimCost':
      'Amacın gerçekleşme oranı = hedeflerin oranlarının, o yılın maliyet tahminiyle ağırlıklı ortalaması',
    'explain.formulaPlan':
      'Planın gerçekleşme oranı = amaçların oranlarının ortalaması (yönetmelikte tanımlı değil; özet görünüm)',
    'explain.reasonNoData': 'veri yok',
    'explain.reasonNotDue': 'henüz ölçüm zamanı gelmedi',
    'explain.reasonUndefinedRate': 'oran tanımsız (sıfıra bölme)',
    'explain.reasonNoTarget': 'bu yıl için hedef yok',
    'explain.reasonNoBaseline': 'başlangıç değeri (A) yok',
    'explain.missingPeriods': ' — eksik dönem: {periods}',
    'explain.excluded': '{reason}; ağırlığı {weight} hesaba katılmadı.',
    'explain.actualFrom': 'Gerçekleşen değer (C) şu dönemlerden: {periods}.',
    'explain.clamped':
      'Ham oran {raw}; plan ayarı gereği hedef hesabına 0–100 aralığına sınırlanarak {used} olarak girdi.',
    'explain.cappedKeepLevel': 'Ham oran {raw}; düzeyi koruma hedefinde hesaba en çok {used} girer.',
    'explain.adjusted': 'Ham oran {raw}; hedef hesabına {used} olarak girdi.',
    'explain.renormalised':
      'Ağırlık {weight}; eksik veriler nedeniyle hesapta {effective} olarak ölçeklendi (toplam 100).',
    'explain.planProgress': 'Plan dönemi sonu hedefine ({target}) göre ilerleme: {rate}.',
    'explain.excludedShare':
      'Ağırlığın {share} kadarı hesap dışı kaldı; kalan göstergelerin ağırlıkları 100’e ölçeklendi.',
    'explain.noneWithData': 'Hiçbir göstergenin verisi yok: hedefin oranı hesaplanamaz (veri yok, 0 değil).',
    'explain.leftOut': '{code}: veri yok, ortalamaya katılmadı.',
  },
  en: {
    'explain.formulaF1':
      'Realisation rate = (C − A) / (B − A) × 100 (F1: progress from the baseline to the target)',
    'explain.formulaF2': 'Realisation rate = C / B × 100 (F2)',
    'explain.formulaF2Azalis': 'Realisation rate = B / C × 100 (F2, lower is better)',
    'explain.formulaKeepLevel':
      'The target keeps the baseline level (B = A): rate C / B × 100 (B / C when lower is better), at most 100% in roll-ups',
    'explain.formulaExact':
      'The formula divides by zero, but the actual equals the target (C = B): rate 100%',
    'explain.formulaTarget': 'Target realisation = Σ (weight × rate used) / Σ weight (indicators with data)',
    'explain.formulaAimMean': 'Aim realisation = mean of its targets’ rates',
    'explain.formulaAimCost':
      'Aim realisation = mean of its targets’ rates weighted by the year’s cost estimate',
    'explain.formulaPlan':
      'Plan realisation = mean of the aims’ rates (not defined by the regulation; a summary view)',
    'explain.reasonNoData': 'no data',
    'explain.reasonNotDue': 'not due yet',
    'explain.reasonUndefinedRate': 'rate undefined (division by zero)',
    'explain.reasonNoTarget': 'no target for this year',
    'explain.reasonNoBaseline': 'no baseline (A)',
    'explain.missingPeriods': ' — missing period: {periods}',
    'explain.excluded': '{reason}; its weight {weight} was left out.',
    'explain.actualFrom': 'The actual value (C) comes from: {periods}.',
    'explain.clamped':
      'Raw rate {raw}; as the plan settings require, it entered the target clamped to 0–100 as {used}.',
    'explain.cappedKeepLevel': 'Raw rate {raw}; a keep-the-level target counts at most {used}.',
    'explain.adjusted': 'Raw rate {raw}; it entered the target as {used}.',
    'explain.renormalised': 'Weight {weight}; rescaled to {effective} because of missing data (total 100).',
    'explain.planProgress': 'Progress towards the plan’s final target ({target}): {rate}.',
    'explain.excludedShare':
      '{share} of the weight was left out; the other indicators’ weights were rescaled to 100.',
    'explain.noneWithData': 'No indicator has data: the target’s rate cannot be computed (no data, not 0).',
    'explain.leftOut': '{code}: no data, left out of the mean.',
  },
});
