import { defineMessages } from './define.js';

/** The council deadline of Law 5393 art. 41 (six months after the local election), on plan pages. */
export const deadline = defineMessages('deadline', {
  tr: {
    'deadline.lateSubmitted':
      'Meclise sunmak için son gün {deadline} idi; plan {judged} tarihinde, {days} gün geç sunuldu.',
    'deadline.lateDecision':
      'Meclise sunmak için son gün {deadline} idi; meclis kararı {judged} tarihli, son günden {days} gün sonra.',
    'deadline.lateToday':
      'Meclise sunmak için son gün {deadline} idi; plan henüz sunulmadı ve {days} gün gecikmede. Geç kalan plan da kaydedilir, düzenlenir ve sunulur.',
    'deadline.remaining': 'Meclise sunmak için son gün {deadline}: {days} gün kaldı.',
    'deadline.today': 'Meclise sunmak için son gün bugün ({deadline}).',
  },
  en: {
    'deadline.lateSubmitted':
      'The council deadline was {deadline}; the plan was submitted on {judged}, {days} day(s) late.',
    'deadline.lateDecision':
      'The council deadline was {deadline}; the council decision is dated {judged}, {days} day(s) after it.',
    'deadline.lateToday':
      'The council deadline was {deadline}; the plan is not submitted yet and is {days} day(s) late. A late plan is still saved, edited and submitted.',
    'deadline.remaining': 'The council deadline is {deadline}: {days} day(s) left.',
    'deadline.today': 'The council deadline is today ({deadline}).',
  },
});
