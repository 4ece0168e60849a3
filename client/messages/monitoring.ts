import { defineMessages } from './define.js';

/**
 * Monitoring of the performance programme: activity progress in the unit's worklist and the
 * strategy unit's queue, the unit activity reports, the programme's calendar deadlines, the
 * published programme on the public pages.
 */
export const monitoring = defineMessages('monitoring', {
  tr: {
    'monitoring.staleReread':
      'Bu kayıt siz düzenlerken başka biri tarafından değiştirildi; ekran yeniden okundu. Değişikliğinizi güncel hâli üzerinde yeniden yapın.',

    'monitoring.activitiesHeading': '{period}: performans programındaki faaliyetler',
    'monitoring.activitiesIntro':
      'Biriminizin sorumlu olduğu faaliyetlerin gerçekleşme yüzdesini, açıklamasını ve ekonomik koda göre harcamasını girin; taslak olarak kaydedin ya da onaya gönderin.',
    'monitoring.activityMeta': '{ph} · {unit} · {period}',
    'monitoring.enterProgress': 'İlerlemeyi gir',
    'monitoring.editProgress': 'İlerlemeyi düzenle',
    'monitoring.percentDone': 'Gerçekleşme {rate}',
    'monitoring.spent': 'Harcama {amount} TL',
    'monitoring.formLabel': '{code} — {period} faaliyet ilerlemesi',
    'monitoring.percentLabel': 'Gerçekleşme yüzdesi (0–100)',
    'monitoring.percentRequired': 'Gerçekleşme yüzdesini 0 ile 100 arasında bir sayı olarak yazın.',
    'monitoring.noteLabel': 'Açıklama (ne yapıldı, ne gecikti ve neden)',
    'monitoring.spendingLegend': 'Harcama (ekonomik koda göre, TL)',
    'monitoring.spendingHint': 'Boş bırakılan kod raporlanmamış sayılır, sıfır değil.',
    'monitoring.queueHeading': 'Onay bekleyen faaliyet ilerlemeleri ({count})',
    'monitoring.queueEmpty': 'Onay bekleyen faaliyet ilerlemesi yok.',
    'monitoring.queueMeta': '{ph} · {unit} · gönderildi: {submittedAt}',
    'monitoring.lira': '{amount} TL',
    'monitoring.noSpending': 'Harcama raporlanmadı',
    'monitoring.spendingTotal': 'Toplam: {amount} TL',
    'monitoring.deadlinesHeading': 'Takvim: performans programı',
    'monitoring.tone.done': 'Tamam:',
    'monitoring.tone.info': 'Yaklaşıyor:',
    'monitoring.tone.warning': 'Zamanı geldi:',
    'monitoring.tone.late': 'Gecikti:',
    'monitoring.startAhead':
      '{year} performans programı çalışmaları {date} tarihinde başlar ({days} gün kaldı).',
    'monitoring.startLate':
      '{year} performans programı çalışmaları {date} tarihinde başlamalıydı ({days} gün geçti); henüz taslak yok.',
    'monitoring.councilAhead':
      '{year} performans programı bütçeden önce en geç {date} tarihine kadar meclise sunulmalı ({days} gün kaldı).',
    'monitoring.councilToday': '{year} performans programını meclise sunmak için son gün bugün ({date}).',
    'monitoring.councilLate':
      '{year} performans programı {date} tarihine kadar meclise sunulmalıydı; {days} gün geçti.',
    'monitoring.councilDone': '{year} performans programı meclise sunuldu (son gün {date}).',
  },
  en: {
    'monitoring.staleReread':
      'Someone else changed this record while you were editing it; the screen was read again. Make your change again on the current version.',

    'monitoring.activitiesHeading': '{period}: activities of the performance programme',
    'monitoring.activitiesIntro':
      'Enter the % done, a note and the spending by economic code of the activities your unit is responsible for; save a draft or submit it for approval.',
    'monitoring.activityMeta': '{ph} · {unit} · {period}',
    'monitoring.enterProgress': 'Enter progress',
    'monitoring.editProgress': 'Edit progress',
    'monitoring.percentDone': '{rate} done',
    'monitoring.spent': 'Spent {amount} TL',
    'monitoring.formLabel': '{code} — {period} activity progress',
    'monitoring.percentLabel': '% done (0–100)',
    'monitoring.percentRequired': 'Write the % done as a number from 0 to 100.',
    'monitoring.noteLabel': 'Note (what was done, what is late and why)',
    'monitoring.spendingLegend': 'Spending (by economic code, TL)',
    'monitoring.spendingHint': 'A code left empty was not reported; it is not read as zero.',
    'monitoring.queueHeading': 'Activity progress waiting for approval ({count})',
    'monitoring.queueEmpty': 'No activity progress is waiting for approval.',
    'monitoring.queueMeta': '{ph} · {unit} · submitted: {submittedAt}',
    'monitoring.lira': '{amount} TL',
    'monitoring.noSpending': 'No spending reported',
    'monitoring.spendingTotal': 'Total: {amount} TL',
    'monitoring.deadlinesHeading': 'Calendar: performance programme',
    'monitoring.tone.done': 'Done:',
    'monitoring.tone.info': 'Coming:',
    'monitoring.tone.warning': 'Due now:',
    'monitoring.tone.late': 'Late:',
    'monitoring.startAhead': 'Work on the {year} performance programme starts on {date} ({days} days left).',
    'monitoring.startLate':
      'Work on the {year} performance programme should have started on {date} ({days} days ago); there is no draft yet.',
    'monitoring.councilAhead':
      'The {year} performance programme goes to the council before the budget, by {date} at the latest ({days} days left).',
    'monitoring.councilToday':
      'Today ({date}) is the last day to send the {year} performance programme to the council.',
    'monitoring.councilLate':
      'The {year} performance programme should have reached the council by {date}; {days} days have passed.',
    'monitoring.councilDone': 'The {year} performance programme went to the council (last day {date}).',
  },
});
