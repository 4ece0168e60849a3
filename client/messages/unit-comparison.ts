import { defineMessages } from './define.js';

/** Unit comparison: target realisation by responsible unit. */
export const unitComparison = defineMessages('unitComparison', {
  tr: {
    'unitComparison.title': 'Birim karşılaştırması',
    'unitComparison.chartHeading': 'Sorumlu birimlere göre hedef gerçekleşmesi — {period}',
    'unitComparison.chartLabel': 'Birimlerin hedef gerçekleşme oranları, {period}: {list}',
    'unitComparison.how':
      'Bir birimin oranı, sorumlu olduğu hedeflerin gerçekleşme oranlarının ortalamasıdır; verisi olmayan hedefler ortalamaya girmez.',
    'unitComparison.tableHeading': 'Birimler ve hedefleri',
    'unitComparison.unit': 'Birim',
    'unitComparison.targets': 'Hedef sayısı',
    'unitComparison.withData': 'Verisi olan',
    'unitComparison.rate': 'Gerçekleşme',
    'unitComparison.status': 'Durum',
    'unitComparison.targetList': 'Hedefler',
    'unitComparison.targetsLine': '{targets} hedef, {withData} tanesinde veri var',
    'unitComparison.noUnit': 'sorumlu birim yok',
    'unitComparison.noTargets': 'Planda henüz hedef yok.',
  },
  en: {
    'unitComparison.title': 'Unit comparison',
    'unitComparison.chartHeading': 'Target realisation by responsible unit — {period}',
    'unitComparison.chartLabel': 'Target realisation rates of the units, {period}: {list}',
    'unitComparison.how':
      'A unit’s rate is the mean of the realisation rates of the targets it is responsible for; targets without data are left out of the mean.',
    'unitComparison.tableHeading': 'Units and their targets',
    'unitComparison.unit': 'Unit',
    'unitComparison.targets': 'Targets',
    'unitComparison.withData': 'With data',
    'unitComparison.rate': 'Realisation',
    'unitComparison.status': 'Status',
    'unitComparison.targetList': 'Targets',
    'unitComparison.targetsLine': '{targets} targets, {withData} with data',
    'unitComparison.noUnit': 'no responsible unit',
    'unitComparison.noTargets': 'The plan has no targets yet.',
  },
});
