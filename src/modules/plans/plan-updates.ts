/**
 * UPDATE_RULES of domain.md 5 for a plan update (güncelleme): target cards change for the
 * remaining years only, and an indicator's yearly value already changed by an earlier update
 * cannot be changed again. Mission, vision and aims are not part of an update (the DTO refuses
 * them). Pure: no framework, no I/O.
 */
import type { ErrorDetail } from '../../contracts/errors.js';
import type { TargetChange, UpdateTargets } from '../../contracts/plan-versions.js';
import type { Lang } from '../../contracts/validation.js';

export interface UpdateContext {
  startYear: number;
  endYear: number;
  /** Years with a closed assessment period ("2025" or "2025-H1"): assessed against their targets. */
  closedYears: number[];
  /** Current yearly targets: indicator code → year → value. */
  targets: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** "PG1.1.1|2027" for every yearly target an earlier update changed. */
  alreadyChanged: ReadonlySet<string>;
}

export type UpdateOutcome = { ok: true; changes: TargetChange[] } | { ok: false; details: ErrorDetail[] };

/** The first year an update may take effect: after the last year with a closed assessment period. */
export function firstUpdatableYear(startYear: number, closedYears: number[]): number {
  return Math.max(startYear, ...closedYears.map((year) => year + 1));
}

export function changeKey(indicator: string, year: number): string {
  return `${indicator}|${year}`;
}

/** The yearly targets the update changes (unchanged values left out), or every problem found. */
export function checkUpdate(
  request: { effectiveYear: number; targets: UpdateTargets },
  context: UpdateContext,
  lang: Lang = 'tr',
): UpdateOutcome {
  const en = lang === 'en';
  const details: ErrorDetail[] = [];
  const problem = (path: string, message: string): void => {
    details.push({ path, code: 'UPDATE_RULES', message });
  };
  const first = firstUpdatableYear(context.startYear, context.closedYears);
  const { effectiveYear } = request;
  if (effectiveYear < first || effectiveYear > context.endYear) {
    problem(
      'effectiveYear',
      en
        ? `The update can take effect from ${first} to ${context.endYear} only (earlier years are assessed); not ${effectiveYear}`
        : `Güncelleme yalnızca ${first}–${context.endYear} yılları için yürürlüğe girebilir (önceki yıllar değerlendirildi); ${effectiveYear} olamaz`,
    );
  }
  const changes: TargetChange[] = [];
  for (const [indicator, years] of Object.entries(request.targets)) {
    const current = context.targets.get(indicator);
    if (!current) {
      problem(
        `targets.${indicator}`,
        en ? `Unknown indicator ${indicator}` : `${indicator} kodlu gösterge yok`,
      );
      continue;
    }
    if (typeof years !== 'object' || years === null || Array.isArray(years)) {
      problem(`targets.${indicator}`, en ? 'Expected { "YYYY": value }' : '{ "YYYY": değer } bekleniyor');
      continue;
    }
    for (const [yearText, value] of Object.entries(years)) {
      const path = `targets.${indicator}.${yearText}`;
      const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        problem(path, en ? 'The target must be a number' : 'Hedef bir sayı olmalı');
        continue;
      }
      if (!Number.isInteger(year) || year < context.startYear || year > context.endYear) {
        problem(
          path,
          en
            ? `${yearText} is not a year of the plan (${context.startYear}–${context.endYear})`
            : `${yearText} planın bir yılı değil (${context.startYear}–${context.endYear})`,
        );
        continue;
      }
      // Remaining years only: earlier years keep the targets they are assessed against.
      if (year < effectiveYear) {
        problem(
          path,
          en
            ? `${year} is before the update takes effect (${effectiveYear}); only the remaining years can change`
            : `${year}, güncellemenin yürürlük yılından (${effectiveYear}) önce; yalnızca kalan yıllar değişebilir`,
        );
        continue;
      }
      const old = current.get(year) ?? null;
      if (old === value) continue;
      if (context.alreadyChanged.has(changeKey(indicator, year))) {
        problem(
          path,
          en
            ? `The ${year} target of ${indicator} was already changed by an update; it cannot be changed again`
            : `${indicator} göstergesinin ${year} hedefi bir güncellemeyle zaten değişti; yeniden değiştirilemez`,
        );
        continue;
      }
      changes.push({ indicator, year, old, new: value });
    }
  }
  if (details.length === 0 && changes.length === 0) {
    problem('targets', en ? 'The update changes no target' : 'Güncelleme hiçbir hedefi değiştirmiyor');
  }
  if (details.length > 0) return { ok: false, details };
  changes.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year);
  return { ok: true, changes };
}
