import { defineMessages } from './define.js';

/** The union-wide view: the member plans' rates for one period. */
export const union = defineMessages('union', {
  tr: {
    'union.title': 'Birlik geneli görünüm',
    'union.homeLink': 'Birlik geneli görünüm: üye kurumların planları yan yana',
    'union.intro':
      'Görebildiğiniz kurumların bu dönemi kapsayan planları. Her oranın rengi planın kendi eşiklerinden gelir; gri çubuk, oranın yetersiz veriye dayandığını gösterir.',
    'union.periodLabel': 'Dönem',
    'union.periodShow': 'Göster',
    'union.filterLabel': 'Kurum veya plan adına göre süz',
    'union.count': '{total} plandan {shown} tanesi gösteriliyor',
    'union.chartHeading': 'Planların gerçekleşmesi: {period}',
    'union.chartLabel': '{period} plan gerçekleşme oranları: {list}',
    'union.tableHeading': 'Üye planlar: {period}',
    'union.institution': 'Kurum',
    'union.plan': 'Plan',
    'union.rate': 'Gerçekleşme',
    'union.coverage': 'Kapsam',
    'union.basis': 'Dayanak',
    'union.status': 'Durum',
    'union.sortBy': '{column} sütununa göre sırala',
    'union.empty': 'Bu dönemi kapsayan, görebileceğiniz bir plan yok.',
    'union.noMatch': 'Süzgece uyan plan yok.',
  },
  en: {
    'union.title': 'Union-wide view',
    'union.homeLink': 'Union-wide view: the member institutions’ plans side by side',
    'union.intro':
      'The plans of the institutions you can see that cover this period. Each rate is coloured by its own plan’s thresholds; a grey bar means the rate rests on too little data.',
    'union.periodLabel': 'Period',
    'union.periodShow': 'Show',
    'union.filterLabel': 'Filter by institution or plan name',
    'union.count': 'Showing {shown} of {total} plans',
    'union.chartHeading': 'Plan realisation: {period}',
    'union.chartLabel': '{period} plan realisation rates: {list}',
    'union.tableHeading': 'Member plans: {period}',
    'union.institution': 'Institution',
    'union.plan': 'Plan',
    'union.rate': 'Realisation',
    'union.coverage': 'Coverage',
    'union.basis': 'Basis',
    'union.status': 'Status',
    'union.sortBy': 'Sort by {column}',
    'union.empty': 'No plan you can see covers this period.',
    'union.noMatch': 'No plan matches the filter.',
  },
});
