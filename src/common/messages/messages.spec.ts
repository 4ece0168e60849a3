import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { ERROR_CODES } from '../../contracts/error-codes.js';
import { periodLabel, planStatusLabel, valueStatusLabel } from '../../contracts/labels.js';
import type { Lang } from '../../contracts/validation.js';
import { toErrorBody } from '../app-exception.filter.js';
import { DETAIL_MESSAGES } from './detail-messages.js';
import { ERROR_MESSAGES, type MessageParams, type Texts } from './error-messages.js';
import { UPLOAD_REASONS } from './upload-reasons.js';

const ROOT = process.cwd();

/** Params as call sites pass them: raw codes (period keys, status codes), which Turkish must not show. */
const BASE: MessageParams = {
  id: '1cea87e3-0000-4000-8000-000000000001',
  code: 'PG1.1.1',
  name: 'Park ve Bahçeler Müdürlüğü',
  title: '2025-2029 Stratejik Planı',
  email: 'park@pusula.local',
  subject: 'A1',
  period: '2026-H2',
  entry: '2026-H1',
  periods: '2026-H2, 2027',
  years: '2025–2029',
  count: 3,
  total: 5,
  value: 132000,
  number: 2,
  given: 2,
  now: 3,
  limit: 100,
  since: 2027,
  months: 6,
  indicators: 2,
  values: 4,
  date: '2026-06-10',
  beforeDate: '2026-06-30',
  route: 'POST /api/plans/1cea87e3/updates',
  withdraw: 'POST /api/plans/1cea87e3/lifecycle/withdraw',
  first: 'plan.aims[0].targets[0].indicators[0].values["2026-H2"]',
};

/** Extra param sets for texts that read a status, a kind or a variant: each is rendered. */
const VARIANTS: Record<string, MessageParams[]> = {
  PLAN_STATUS: [
    { status: 'yururlukte' },
    { status: 'taslak', case: 'publish' },
    { status: 'kapandi', case: 'update' },
  ],
  'PLAN_STATUS.lifecycle': [{ status: 'taslak', from: 'meclis-onayinda', action: 'enact' }],
  'CONTENT_LOCK.submitted': [{ status: 'meclis-onayinda' }],
  'CONTENT_LOCK.inForce': [{ status: 'yururlukte' }],
  'CONTENT_LOCK.change': [{ action: 'change', subject: 'H1.1 risks', field: 'cards' }, { action: 'delete' }],
  'CARDS_VIA_UPDATE.workbook': [{ status: 'kapandi' }],
  VALUE_LOCKED: [
    { status: 'submitted', way: 'approve' },
    { status: 'approved', way: 'correct' },
  ],
  VALUE_STATUS: [{ status: 'draft', allowed: 'submitted or returned', action: 'approve' }],
  PERIOD_EXISTS: [{ status: 'closed' }, { status: 'open' }],
  CORRECTION_STATUS: [{ status: 'approved' }],
  QUESTION_STATUS: [{ status: 'closed', to: 'answered' }],
  VERSION_STATUS: [{ status: 'approved' }],
  STALE_VERSION: [
    'plan',
    'aim',
    'target',
    'institution',
    'indicator',
    'period',
    'question',
    'value',
    'team-member',
    'step',
  ].map((what) => ({ what })),
  FORBIDDEN: [{ roles: 'planner, admin' }, { only: 'superadmin' }, { only: 'admin' }],
  PLAN_CLOSED: [{ what: 'values' }, { what: 'period' }, { what: 'question' }],
  'SELF_APPROVAL.value': [{ did: 'both' }, { did: 'entered' }, { did: 'submitted' }],
  'DATE_ORDER.lifecycle': [{ action: 'close', before: 'decided' }],
  DATE_ORDER: [{ due: 1 }],
  PREP_ONE_COORDINATOR: [{ name: 'Ayşe Yılmaz' }],
  VALIDATION_FAILED: [{ unitsRequired: 1 }, { query: 1 }],
  UNAUTHORIZED: [{ ended: 1 }],
  USER_INACTIVE: [{ reactivate: 1 }],
  ...Object.fromEntries(
    ['UPLOAD_CORRUPT', 'UPLOAD_NOT_XLSX', 'UPLOAD_ZIP_BOMB', 'UPLOAD_TOO_MANY_CELLS'].map((code) => [
      code,
      Object.keys(UPLOAD_REASONS).map((reason) => ({
        reason,
        method: 12,
        ratio: 400,
        rows: 1048576,
        columns: 16384,
      })),
    ]),
  ),
};

/** Every catalogue text rendered with the base params and each variant. */
function rendered(lang: Lang): Array<{ key: string; text: string }> {
  const catalogues: Array<Record<string, Texts>> = [ERROR_MESSAGES, DETAIL_MESSAGES, UPLOAD_REASONS];
  return catalogues.flatMap((catalogue) =>
    Object.entries(catalogue).flatMap(([key, texts]) =>
      [{}, ...(VARIANTS[key] ?? [])].map((variant) => ({ key, text: texts[lang]({ ...BASE, ...variant }) })),
    ),
  );
}

/** The codes of the table in docs/api.md#error-codes. */
function documentedCodes(): Set<string> {
  const api = readFileSync(join(ROOT, 'docs/api.md'), 'utf8');
  const table = api.slice(api.indexOf('### Error codes'), api.indexOf('Detail codes inside'));
  const codes = table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => line.split('|')[1].match(/[A-Z][A-Z_]+[A-Z]/g) ?? []);
  return new Set(codes);
}

const ENGLISH_WORDS = new Set(
  'the not must is are found should cannot only and of with has was be this you your been already does there exists'.split(
    ' ',
  ),
);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('the message catalogue', () => {
  it('has exactly the error codes docs/api.md documents', () => {
    const documented = documentedCodes();
    expect(ERROR_CODES.filter((code) => !documented.has(code))).toEqual([]);
    expect([...documented].filter((code) => !(ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('writes every error code in Turkish and in English', () => {
    for (const code of ERROR_CODES) {
      for (const lang of ['tr', 'en'] as const) {
        expect([code, ERROR_MESSAGES[code][lang]({}).trim().length > 0]).toEqual([code, true]);
        expect([code, ERROR_MESSAGES[code][lang](BASE).trim().length > 0]).toEqual([code, true]);
      }
    }
  });

  it('never shows a raw code or an English sentence in Turkish', () => {
    const problems = rendered('tr').flatMap(({ key, text }) => {
      const found: string[] = [];
      // Quoted words echo the request or name the API's own values ("approved", "all"); a path is a route.
      const prose = text.replace(/"[^"]*"/g, '').replace(/\S*\/\S*/g, '');
      const snake = prose.match(/\b[A-Z]{2,}(?:_[A-Z]+)+\b/g);
      if (snake) found.push(`code ${snake.join(', ')}`);
      const period = prose.match(/\b\d{4}-H[12]\b/g);
      if (period) found.push(`period key ${period.join(', ')}`);
      const status = prose.match(/\b(?:yururlukte|kapandi|meclis-onayinda|submitted|approved|returned)\b/g);
      if (status) found.push(`status code ${status.join(', ')}`);
      const english = (prose.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => ENGLISH_WORDS.has(word));
      if (english.length > 0) found.push(`English ${english.join(', ')}`);
      return found.map((problem) => `${key}: ${problem} in "${text}"`);
    });
    expect(problems).toEqual([]);
  });

  it('writes periods and statuses with the shared labels', () => {
    expect(periodLabel('2022-H1', 'tr')).toBe('2022 ara dönem');
    expect(periodLabel('2022', 'tr')).toBe('2022 yıl sonu');
    expect(periodLabel('2022-H2', 'tr')).toBe('2022 ikinci yarı');
    expect(periodLabel('2022-H1', 'en', { months: true })).toBe('2022 mid-year (January–June)');
    expect(planStatusLabel('yururlukte', 'tr')).toBe('yürürlükte');
    expect(valueStatusLabel('submitted', 'tr')).toBe('onaya gönderildi');
    expect(ERROR_MESSAGES.PERIOD_CLOSED.tr({ period: '2026', entry: '2026-H2' })).toBe(
      '2026 yıl sonu değerlendirme dönemi kapandı: 2026 ikinci yarı kilitli (onaylı bir değer gerekçeyle düzeltilebilir)',
    );
  });

  it('answers an unexpected error in the request language, Turkish by default', () => {
    const logger = { error: () => undefined } as unknown as Logger;
    expect(toErrorBody(new Error('boom'), logger)).toEqual({
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: 'Beklenmeyen bir hata oluştu',
    });
    expect(toErrorBody(new Error('boom'), logger, 'en').message).toBe('An unexpected error occurred');
  });

  it('leaves no inline language ternary outside the catalogues', () => {
    const catalogues = [join(ROOT, 'src/common/messages'), join(ROOT, 'src/contracts/labels.ts')];
    const offenders = [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'client'))]
      .filter((path) => !catalogues.some((allowed) => path.startsWith(allowed)))
      .filter((path) => /lang === 'en'|lang === "en"|'en' === lang/.test(readFileSync(path, 'utf8')))
      .map((path) => path.slice(ROOT.length + 1));
    expect(offenders).toEqual([]);
  });
});
