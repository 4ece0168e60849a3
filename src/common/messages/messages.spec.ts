import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { ERROR_CODES } from '../../contracts/error-codes.js';
import { periodLabel, planStatusLabel, valueStatusLabel } from '../../contracts/labels.js';
import type { Lang } from '../../contracts/validation.js';
import { toErrorBody } from '../app-exception.filter.js';
import { CARD_MESSAGES } from './card-messages.js';
import { DETAIL_MESSAGES } from './detail-messages.js';
import { DOCUMENT_EXPECTED, DOCUMENT_FIELD_LABELS, DOCUMENT_MESSAGES } from './document-messages.js';
import { ERROR_MESSAGES, type MessageParams, type Texts } from './error-messages.js';
import { IMPORT_MESSAGES } from './import-messages.js';
import { LIMIT_PHRASES } from './limit-messages.js';
import { PASSWORD_MESSAGES } from './password-messages.js';
import { CALENDAR_TEXTS } from './calendar-texts.js';
import { COUNCIL_TEXTS } from './council-texts.js';
import { PROGRAMME_TEXTS } from './programme-texts.js';
import { REPORT_TEXTS } from './report-texts.js';
import { RULE_MESSAGES } from './rule-messages.js';
import { UPLOAD_REASONS } from './upload-reasons.js';
import { VALIDATION_MESSAGES } from './validation-messages.js';

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
    { status: 'yururlukte', case: 'move' },
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
    'council-member',
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

/** What a Turkish text must not show: an error code, a period key, a status code, English words. */
function turkishProblems({ key, text }: { key: string; text: string }): string[] {
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
}

/**
 * A catalogue of typed texts seen with loose params (method syntax: each text takes the params
 * it declares, which the samples below give).
 */
interface LooseTexts {
  tr(p: MessageParams): string;
  en(p: MessageParams): string;
}

/** Params of the typed catalogues as call sites pass them: codes, period keys, statuses, unit codes. */
const TYPED_BASE: MessageParams = {
  ...BASE,
  start: 2025,
  end: 2029,
  last: 2029,
  year: 2027,
  effective: 2026,
  election: '2024-03-31',
  deadline: '2024-09-30',
  judged: '2024-10-01',
  daysLate: '1',
  basis: 'submitted',
  population: '49.999',
  status: 'kapandi',
  target: 'H1.1',
  aim: 'A1',
  prefix: 'PG',
  example: 'PG1.1.1',
  unit: 'PARK',
  parent: 'FEN',
  of: 'resource',
  role: 'collaborating',
  base: '8',
  need: '1.000',
  resources: '900',
  sum: '97',
  estimate: '500',
  actual: '115.000',
  version: 2,
  made: '2026-H1',
  plan: '1cea87e3-0000-4000-8000-000000000002',
  belongs: '2026-H1',
  assessed: '2026',
  sheet: 'Değerler',
  header: 'Dönem',
  rows: 20,
  max: 200,
  min: 1,
  field: 'plan.aims[0].code',
  values: 'butce, butce-disi',
  cell: 'Amaç 1!C12',
  allowed: 'Artan, Azalan, Korunan',
  label: 'Hedef',
  row: 1,
  format: 'pusula.hedef-kartlari/v1',
  n: '50',
  value: '"2031"',
  length: 201,
  months: 6,
  expected: 'metin',
  month: '2026-03',
  group: 'Kent Tarımı Çalışma Grubu',
  ph: 'PH1',
  cost: 610000.75,
  tolerance: 10,
  line: '03',
  proposal: 165000,
  computed: 165000.75,
  groups: 'Kent Tarımı Çalışma Grubu, Engelsiz Kent Çalışma Grubu',
  goal: 'AH1',
  goals: 'AH1, AH2',
  targets: 'H1.1, H2.1',
  columns: '2023 Yıl Sonu Tahmini, 2026 Tahmin',
};

/** Further params of typed texts that read a variant. */
const TYPED_VARIANTS: Record<string, MessageParams[]> = {
  'PLAN_PERIOD.yearOutside': [
    'generalAdministration',
    'activityCost',
    'offBudgetCost',
    'costEstimate',
    'indicatorTargets',
  ].map((of) => ({ of })),
  ELECTION_DEADLINE: [{ basis: 'decision' }, { basis: 'today' }],
  'COUNCIL_DECISION.missing': [{ status: 'yururlukte' }],
  'RESPONSIBLE_UNIT.unknownUnit': [{ role: 'targetResponsible' }, { role: 'activityResponsible' }],
  'RESPONSIBLE_UNIT.parentUnknown': [{ unitName: 'Park ve Bahçeler Müdürlüğü' }],
  'RESPONSIBLE_UNIT.alsoCollaborating': [{ unitName: 'Park ve Bahçeler Müdürlüğü' }],
  'TARGET_DIRECTION.keep': [{ since: 2026 }],
  'TARGET_DIRECTION.rise': [{ since: 2026 }],
  'TARGET_DIRECTION.fall': [{ since: 2026 }],
  'UPDATE_RULES.effectiveYear': [{ last: undefined }],
  WORKBOOK_PLAN: [{ plan: undefined }],
  'DOCUMENT_MESSAGES.VALUE_PERIOD': [{ months: 12 }],
  WORKBOOK_PERIOD: [{ made: undefined }],
  'PROGRAMME_TEXTS.PP_COST_VS_PLAN': [{ ph: 'PH1', cost: 610000.75, estimate: 1300000, tolerance: 10 }],
  'PROGRAMME_TEXTS.PP_RESOURCE_IDENTITY': [
    { line: '03', proposal: 165000, computed: 165000.75 },
    { line: 'total', proposal: 960000, computed: 960000.75 },
  ],
  'PROGRAMME_TEXTS.PP_INDICATOR_COMPLETE.figures': [{ ph: 'PH1', years: '2026, 2027' }],
  'PROGRAMME_TEXTS.PP_ACTIVITY_UNIT_WRITE': [{ unit: '' }],
  ...Object.fromEntries(
    Object.keys(VALIDATION_MESSAGES).map((key) => [
      `VALIDATION_MESSAGES.${key}`,
      [{ min: undefined, max: undefined, values: undefined }],
    ]),
  ),
};

const TYPED_CATALOGUES: Record<string, Record<string, LooseTexts>> = {
  RULE_MESSAGES,
  IMPORT_MESSAGES,
  REPORT_TEXTS,
  VALIDATION_MESSAGES,
  CARD_MESSAGES,
  DOCUMENT_MESSAGES,
  LIMIT_PHRASES,
  PASSWORD_MESSAGES,
  CALENDAR_TEXTS,
  COUNCIL_TEXTS,
  PROGRAMME_TEXTS,
};

/** Every text of the typed catalogues rendered with the typed base params and each variant. */
function renderedTyped(lang: Lang): Array<{ key: string; text: string }> {
  return Object.entries(TYPED_CATALOGUES).flatMap(([name, catalogue]) =>
    Object.entries(catalogue).flatMap(([key, texts]) =>
      [{}, ...(TYPED_VARIANTS[`${name}.${key}`] ?? TYPED_VARIANTS[key] ?? [])].map((variant) => ({
        key: `${name}.${key}`,
        text: texts[lang]({ ...TYPED_BASE, ...variant }),
      })),
    ),
  );
}

/**
 * Inline Turkish–English pairs outside the catalogues: a rule checker's `report.add(at, path,
 * 'tr', 'en')`, a `text(lang, …)` or `problem(path, 'tr', 'en')` helper, a `{ tr, en }[lang]` pick.
 * A text has a space; a catalogue key or a detail code has none.
 */
const INLINE_PAIR = [
  /report\.add\([^;]*?,\s*(['`])[^'`]*\s[^'`]*\1\s*,\s*(['`])[^'`]*\s[^'`]*\2\s*,?\s*\)/,
  /\btext\(\s*lang\s*,/,
  /\bproblem\(\s*[^,()]+,\s*(['`])[^'`]*\s[^'`]*\1\s*,\s*(['`])[^'`]*\s[^'`]*\2/,
  /\{\s*(?:tr|en)\s*,\s*(?:tr|en)\s*\}\[lang\]/,
];

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
    expect(rendered('tr').flatMap(turkishProblems)).toEqual([]);
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

  it('writes every key of the rule, import, report, validation, target-card, limit and password catalogues in both languages', () => {
    for (const lang of ['tr', 'en'] as const) {
      const blank = renderedTyped(lang).filter(
        ({ text }) => text.trim().length === 0 || /undefined|NaN/.test(text),
      );
      expect(blank).toEqual([]);
    }
    expect(Object.keys(RULE_MESSAGES).length).toBeGreaterThan(40);
  });

  it('names every plan document field and JSON type in both languages, Turkish without English words', () => {
    const labels = Object.entries({ ...DOCUMENT_FIELD_LABELS, ...DOCUMENT_EXPECTED });
    expect(labels.filter(([, label]) => label.tr.trim() === '' || label.en.trim() === '')).toEqual([]);
    expect(labels.flatMap(([key, label]) => turkishProblems({ key, text: label.tr }))).toEqual([]);
  });

  it('never shows a raw code or an English sentence in the Turkish of the typed catalogues', () => {
    expect(renderedTyped('tr').flatMap(turkishProblems)).toEqual([]);
  });

  it('names plan statuses and periods by their labels in English too', () => {
    const english = [...rendered('en'), ...renderedTyped('en')].filter(({ key, text }) => {
      // Quoted words echo the request; a path is a route.
      const prose = key.startsWith('VALIDATION_MESSAGES')
        ? ''
        : text.replace(/"[^"]*"/g, '').replace(/\S*\/\S*/g, '');
      return /\b\d{4}-H[12]\b|\b(?:yururlukte|kapandi|meclis-onayinda)\b/.test(prose);
    });
    expect(english).toEqual([]);
  });

  it('names a unit by its name in Turkish, by its code only when it has none', () => {
    const unit = { ...TYPED_BASE, unit: 'PARK', unitName: 'Park ve Bahçeler Müdürlüğü' };
    expect(RULE_MESSAGES['RESPONSIBLE_UNIT.cycle'].tr(unit)).toBe(
      'Park ve Bahçeler Müdürlüğü birimi kendi üst birimleri arasında yer alıyor; birimler bir ağaç oluşturmalı',
    );
    expect(RULE_MESSAGES['RESPONSIBLE_UNIT.cycle'].tr({ unit: 'PARK' })).toMatch(/^PARK birimi/);
  });

  it('leaves no inline Turkish–English pair outside the catalogues', () => {
    const catalogues = [join(ROOT, 'src/common/messages'), join(ROOT, 'src/contracts/labels.ts')];
    const offenders = filesUnder(join(ROOT, 'src'))
      .filter((path) => !catalogues.some((allowed) => path.startsWith(allowed)) && !path.endsWith('.spec.ts'))
      .flatMap((path) => {
        const source = readFileSync(path, 'utf8');
        return INLINE_PAIR.filter((pattern) => pattern.test(source)).map(
          (pattern) => `${path.slice(ROOT.length + 1)}: ${pattern.source}`,
        );
      });
    expect(offenders).toEqual([]);
  });

  it('the inline-pair check finds the pairs it is meant to find', () => {
    const samples = [
      "report.add(at.unitCodes, 'units[0].code', `${code} birim kodu`, `unit code ${code}`);",
      "report.add(\n  position,\n  path,\n  'meclis karar tarihi boş',\n  'the council decision date is empty',\n);",
      "message: text(lang, 'The workbook has no data rows', 'Çalışma kitabında veri satırı yok'),",
      "problem(path, 'Hedef bir sayı olmalı', 'The target must be a number');",
      'message: { tr, en }[lang]',
    ];
    for (const sample of samples)
      expect([sample, INLINE_PAIR.some((pattern) => pattern.test(sample))]).toEqual([sample, true]);
    expect(
      INLINE_PAIR.some((pattern) => pattern.test("report.add(position, path, 'WEIGHTS_SUM', { target });")),
    ).toBe(false);
    expect(
      INLINE_PAIR.some((pattern) =>
        pattern.test("problem('indicator', 'UNKNOWN_INDICATOR', 'UNKNOWN_INDICATOR', {});"),
      ),
    ).toBe(false);
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
