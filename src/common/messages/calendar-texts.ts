import type { CalendarEventKind } from '../../contracts/calendar.js';
import { periodLabel } from '../../contracts/labels.js';
import { texts, type TypedTexts } from './typed-texts.js';

const tr = (period: string): string => periodLabel(period, 'tr');
const en = (period: string): string => periodLabel(period, 'en');

/*
 * The titles of the calendar's computed events (planning-cycle.md 6), in Turkish and English.
 * `plan` is the plan's title, `period` an assessment period key (YYYY-H1 or YYYY, written here as
 * its label: a Turkish title never shows the key), `year` the year the event is about (the
 * report's year, the programme's year).
 */

type EventParams = {
  plan: string;
  period: string;
  year: number;
};

export const CALENDAR_TEXTS: Record<Exclude<CalendarEventKind, 'own'>, TypedTexts<EventParams>> = {
  'council-deadline': texts(
    (p) => `${p.plan}: meclise sunmak için son gün (seçimden altı ay sonra)`,
    (p) => `${p.plan}: last day to submit it to the council (six months after the election)`,
  ),
  'plan-publication': texts(
    (p) => `${p.plan} kurumun internet sitesinde yayımlanır`,
    (p) => `${p.plan} is published on the institution's website`,
  ),
  'unit-activity-reports': texts(
    (p) => `${p.year} birim faaliyet raporları üst yöneticiye verilir`,
    (p) => `${p.year} unit activity reports go to the top manager`,
  ),
  'audit-committee-report': texts(
    (p) => `${p.year} denetim komisyonu raporu meclise sunulur`,
    (p) => `${p.year} audit committee report goes to the council`,
  ),
  'activity-report': texts(
    (p) => `${p.year} faaliyet raporu mecliste görüşülür`,
    (p) => `The council discusses the ${p.year} activity report`,
  ),
  'final-accounts': texts(
    (p) => `${p.year} kesin hesabı mecliste görüşülür`,
    (p) => `The council discusses the ${p.year} final accounts`,
  ),
  'programme-start': texts(
    (p) => `${p.year} performans programı çalışmaları başlar (üst yöneticinin öncelikleri)`,
    (p) => `Work on the ${p.year} performance programme starts (the top manager's priorities)`,
  ),
  'period-end': texts(
    (p) => `${tr(p.period)} dönemi sona erer`,
    (p) => `The ${en(p.period)} period ends`,
  ),
  'monitoring-report': texts(
    (p) => `${tr(p.period)} altı aylık izleme raporu hazırlanır`,
    (p) => `The ${en(p.period)} six-monthly monitoring report is prepared`,
  ),
  'mid-year-report': texts(
    (p) => `${p.year} yılı kurumsal mali durum ve beklentiler raporu yayımlanır`,
    (p) => `The ${p.year} mid-year financial status and expectations report is published`,
  ),
  'programme-budget': texts(
    (p) => `${p.year} performans programı ve bütçesi encümene ve meclise sunulur`,
    (p) => `The ${p.year} performance programme and budget go to the executive committee and the council`,
  ),
  'entry-deadline': texts(
    (p) => `${tr(p.period)}: birimlerin veri girişi için son gün`,
    (p) => `${en(p.period)}: last day for the units' entries`,
  ),
  'approval-deadline': texts(
    (p) => `${tr(p.period)}: girişlerin onayı için son gün`,
    (p) => `${en(p.period)}: last day to approve the entries`,
  ),
};
