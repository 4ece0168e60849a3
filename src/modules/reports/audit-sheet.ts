/**
 * Report 6 of the issue: the audit trail of an assessment period (who, when, what, old and new
 * value, why), as the database recorded it. One row per changed field of an update, one row per
 * inserted or deleted record. Pure.
 */
import type ExcelJS from 'exceljs';
import type { AuditAction, AuditEntity, AuditEntryResponse } from '../../contracts/audit.js';
import type { PlanDocument } from '../../contracts/plan-document.js';
import { titleLines } from './target-cards-workbook.js';
import { NUMBER_FORMATS, addSheet, type CellContent } from './workbook-format.js';
import { reasonLabel, VALUE_STATUS_LABELS } from '../../contracts/labels.js';

const ENTITY_LABELS: Record<AuditEntity, string> = {
  plan: 'Plan',
  core_value: 'Temel değer',
  aim: 'Amaç',
  target: 'Hedef',
  indicator: 'Gösterge',
  indicator_target: 'Yıllık hedef',
  indicator_value: 'Gösterge değeri',
  value_correction: 'Değer düzeltmesi',
  question: 'Soru',
  preparation_team_member: 'Planlama ekibi üyesi',
  preparation_step: 'Hazırlık adımı',
  institution_event: 'Takvim etkinliği',
  analysis_row: 'Durum analizi satırı',
  analysis_item: 'Tespit/ihtiyaç',
  analysis_link: 'Tespit/ihtiyaç–hedef bağlantısı',
  council_member: 'Genel kurul üyesi',
  council_board_member: 'Yürütme kurulu üyesi',
  working_group: 'Çalışma grubu',
  working_group_member: 'Çalışma grubu üyesi',
  working_group_election: 'Çalışma grubu seçimi',
  working_group_meeting: 'Çalışma grubu toplantısı',
  council_recommendation: 'Öneri',
  council_recommendation_step: 'Öneri adımı',
  consultation: 'Halkın görüşüne açılma',
  consultation_comment: 'Görüş (moderasyon)',
  programme: 'Performans programı',
  programme_revision: 'Performans programı revizyonu',
  programme_target: 'Performans hedefi',
  programme_indicator: 'Performans göstergesi',
  programme_activity: 'Faaliyet/proje',
  programme_budget_programme: 'Program',
  programme_sub_programme: 'Alt program',
  programme_goal: 'Alt program hedefi',
  programme_goal_target: 'Alt program hedefi–plan hedefi bağlantısı',
  programme_goal_indicator: 'Alt program hedefi göstergesi',
  programme_budget_activity: 'Alt program faaliyeti',
  activity_report: 'Faaliyet raporu',
  activity_report_measure: 'Alınan/alınacak önlem',
  activity_report_evaluation: 'Gösterge değerlendirmesi',
  programme_activity_progress_entry: 'Faaliyet ilerlemesi',
  unit_activity_report: 'Birim faaliyet raporu',
};

const ACTION_LABELS: Record<AuditAction, string> = {
  insert: 'Eklendi',
  update: 'Değiştirildi',
  delete: 'Silindi',
};

const FIELD_LABELS: Record<string, string> = {
  value: 'Değer',
  note: 'Açıklama',
  deviationReason: 'Sapma nedeni',
  status: 'Durum',
  evidenceUrl: 'Kanıt bağlantısı',
  returnComment: 'İade gerekçesi',
  originalValue: 'İlk onaylanan değer',
  correctionReason: 'Düzeltme gerekçesi',
  revised: 'Düzeltildi',
  previousValue: 'Önceki değer',
  reason: 'Düzeltme gerekçesi',
  decisionComment: 'Karar açıklaması',
  period: 'Dönem',
  code: 'Kod',
  title: 'Başlık',
  name: 'Ad',
  weight: 'Hedefe etkisi (%)',
  baseline: 'Başlangıç değeri (A)',
  year: 'Yıl',
  question: 'Soru',
  answer: 'Yanıt',
  subjectCode: 'Konu',
};

/** Columns that say nothing to a reader of the trail (ids, counters, timestamps the row has anyway). */
const HIDDEN_FIELDS = new Set([
  'id',
  'institutionId',
  'planId',
  'indicatorId',
  'targetId',
  'aimId',
  'version',
  'contentVersion',
  'createdAt',
  'updatedAt',
  'enteredBy',
  'submittedBy',
  'submittedAt',
  'approvedBy',
  'approvedAt',
  'askedBy',
  'answeredBy',
  'closedBy',
  'valueId',
  'proposedBy',
  'proposedAt',
  'decidedBy',
  'decidedAt',
  'position',
  'period',
]);

const STATUS_WORDS: Record<string, string> = {
  ...VALUE_STATUS_LABELS.tr,
  open: 'açık',
  answered: 'yanıtlandı',
  closed: 'kapalı',
  proposed: 'onay bekliyor',
  rejected: 'reddedildi',
  withdrawn: 'geri çekildi',
};

/** A system reason ("plan import") in the sheet's Turkish; a person's reason as written. */
function reasonOf(reason: string | null): string | null {
  return reason === null ? null : reasonLabel(reason, 'tr');
}

/** Turkey's time (UTC+3 all year since 2016): the trail is stored in UTC. */
const TURKEY_OFFSET_MS = 3 * 60 * 60 * 1000;

export interface AuditSheetInput {
  document: PlanDocument;
  /** The assessment period ("2025-H1" or "2025") and the entry periods it holds. */
  period: string;
  entryPeriods: string[];
  /** Entries in time order, oldest first. */
  entries: AuditEntryResponse[];
  /** Indicator code by the id of an indicator or of an entered value (as stored now). */
  recordCodes: ReadonlyMap<string, string>;
}

function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key;
}

function show(key: string, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'Evet' : 'Hayır';
  if (typeof value === 'string') return key === 'status' ? (STATUS_WORDS[value] ?? value) : value;
  return JSON.stringify(value);
}

function summary(row: Record<string, unknown> | null): string | null {
  if (!row) return null;
  const parts = Object.entries(row)
    .filter(([key, value]) => !HIDDEN_FIELDS.has(key) && value !== null && value !== undefined)
    .map(([key, value]) => `${fieldLabel(key)}: ${String(show(key, value))}`);
  return parts.length === 0 ? null : parts.join('; ');
}

/**
 * What each entry is about: a code where the record has one; for a value, its indicator's code —
 * from the entry itself, from another entry of the same value (an update names only what
 * changed), or from the value as stored now.
 */
function recordNames(entries: AuditEntryResponse[], codes: ReadonlyMap<string, string>): Map<string, string> {
  const indicatorOf = new Map<string, string>();
  for (const entry of entries) {
    const indicatorId = (entry.newValue ?? entry.oldValue ?? {}).indicatorId;
    if (typeof indicatorId === 'string') indicatorOf.set(entry.entityId, indicatorId);
  }
  const names = new Map<string, string>();
  for (const entry of entries) {
    const row = { ...entry.oldValue, ...entry.newValue };
    const indicatorId = indicatorOf.get(entry.entityId);
    const named = ['code', 'subjectCode', 'title']
      .map((key) => row[key])
      .find((value) => typeof value === 'string');
    names.set(
      entry.id,
      (indicatorId ? codes.get(indicatorId) : undefined) ??
        codes.get(entry.entityId) ??
        (typeof named === 'string' ? named : undefined) ??
        indicatorId ??
        entry.entityId,
    );
  }
  return names;
}

export function addAuditSheet(workbook: ExcelJS.Workbook, input: AuditSheetInput): void {
  const w = addSheet(workbook, `Denetim izi ${input.period}`, {
    widths: [19, 28, 13, 16, 14, 10, 20, 30, 30, 36],
    frozenRows: 4,
    printTitleRows: [4, 4],
  });
  w.titleBlock(
    titleLines(
      input.document,
      `Denetim İzi — ${input.period} dönemi (${input.entryPeriods.join(', ')} girişleri; eskiden yeniye)`,
    ),
  );
  w.header([
    'Zaman (TSİ)',
    'Kullanıcı',
    'İşlem',
    'Kayıt türü',
    'Kayıt',
    'Dönem',
    'Alan',
    'Eski değer',
    'Yeni değer',
    'Gerekçe',
  ]);
  const names = recordNames(input.entries, input.recordCodes);
  for (const [index, entry] of input.entries.entries()) {
    const at: CellContent = {
      date: new Date(Date.parse(entry.at) + TURKEY_OFFSET_MS),
      format: NUMBER_FORMATS.dateTime,
    };
    const who =
      entry.actor?.email ?? (entry.actor ? entry.actor.id : `veritabanında doğrudan: ${entry.dbUser}`);
    const common: CellContent[] = [
      at,
      who,
      ACTION_LABELS[entry.action],
      ENTITY_LABELS[entry.entity],
      names.get(entry.id) ?? entry.entityId,
      entry.period,
    ];
    const changed =
      entry.action === 'update'
        ? Object.keys({ ...entry.oldValue, ...entry.newValue }).filter((key) => !HIDDEN_FIELDS.has(key))
        : [];
    if (changed.length === 0) {
      w.row([...common, null, summary(entry.oldValue), summary(entry.newValue), reasonOf(entry.reason)]);
    } else {
      for (const key of changed) {
        w.row([
          ...common,
          fieldLabel(key),
          show(key, entry.oldValue?.[key]),
          show(key, entry.newValue?.[key]),
          reasonOf(entry.reason),
        ]);
      }
    }
    if (index % 500 === 499) w.commit();
  }
  if (input.entries.length === 0) {
    const row = w.row(['Bu dönemde kayıtlı değişiklik yok.'], 'muted');
    w.merge(row, 1);
  }
  w.skip();
  w.footnote([
    'Denetim izini veritabanı kendisi yazar; kayıtlar değiştirilemez ve silinemez. Zaman Türkiye saatidir (UTC+3). ' +
      'Kullanıcı, değişikliği yapan oturumun e-posta adresidir; "veritabanında doğrudan" uygulama dışından, veritabanında yapılan değişikliği gösterir.',
  ]);
  w.finish();
}
