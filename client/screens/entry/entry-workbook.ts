import type { ValueImportResponse } from '../../../src/contracts/value-imports.js';
import type { WorkbookErrorDetail } from '../../../src/contracts/workbooks.js';
import { downloadValuesWorkbook, uploadValuesWorkbook } from '../../api/value-imports.js';
import { announce, clearAnnouncement } from '../../lib/announce.js';
import { tableHead } from '../../components/table-region.js';
import { h, labelledSection, replaceChildren, uid } from '../../lib/dom.js';
import { saveFile } from '../../lib/download.js';
import { clearErrors, messageOf, showError, showFieldError, toApiError } from '../../lib/errors.js';
import { formatNumber, formatPeriod } from '../../lib/format.js';
import { t } from '../../lib/i18n.js';
import { createProgress } from '../../lib/progress-bar.js';

export interface WorkbookOptions {
  planId: string;
  /** The open assessment periods. */
  periods: string[];
  lang: 'tr' | 'en';
  signal: AbortSignal;
  /** After an accepted upload: the screen reloads its worklist. */
  onImported(): Promise<void>;
}

/**
 * Bulk entry through the values workbook: download the period's template, fill it in Excel,
 * upload it with progress. The upload is all or nothing; a refused one lists every problem by
 * sheet, row, column and code, and nothing has changed.
 */
export function workbookSection(options: WorkbookOptions): HTMLElement {
  const ids = { heading: uid('workbook'), period: uid('period'), file: uid('file'), submit: uid('submit') };
  const periodSelect = h(
    'select',
    { id: ids.period, name: 'period' },
    options.periods.map((period) => h('option', { value: period }, formatPeriod(period))),
  );
  const fileInput = h('input', {
    id: ids.file,
    name: 'file',
    type: 'file',
    accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const submitBox = h('input', { id: ids.submit, name: 'submit', type: 'checkbox' });
  const downloadButton = h('button', { type: 'button' }, t('entry.workbookDownload'));
  const uploadButton = h('button', { type: 'submit', class: 'primary' }, t('entry.workbookUpload'));
  const downloadStatus = h('div', { class: 'workbook-status' });
  const result = h('div', { class: 'workbook-result' });
  const form = h(
    'form',
    { class: 'workbook-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: ids.period }, t('entry.workbookPeriod')), periodSelect),
    h('div', { class: 'actions' }, downloadButton),
    downloadStatus,
    h('div', { class: 'field' }, h('label', { for: ids.file }, t('entry.workbookFile')), fileInput),
    h(
      'div',
      { class: 'field checkbox-field' },
      submitBox,
      h('label', { for: ids.submit }, t('entry.workbookSubmitToo')),
    ),
    h('div', { class: 'actions' }, uploadButton),
  );

  downloadButton.addEventListener('click', () => {
    void (async () => {
      clearErrors(form);
      const progress = createProgress(t('entry.workbookDownloading'));
      replaceChildren(downloadStatus, progress.element);
      downloadButton.disabled = true;
      try {
        const file = await downloadValuesWorkbook(options.planId, periodSelect.value, {
          lang: options.lang,
          onProgress: (step) => progress.update(step),
          signal: options.signal,
        });
        if (options.signal.aborted) return;
        saveFile(file, `degerler-${periodSelect.value}.xlsx`);
        replaceChildren(downloadStatus, h('p', { class: 'muted' }, t('entry.workbookDownloaded')));
        announce(t('entry.workbookDownloaded'));
      } catch (error) {
        if (options.signal.aborted) return;
        replaceChildren(downloadStatus);
        showError(form, error);
      } finally {
        downloadButton.disabled = false;
      }
    })();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      clearErrors(form);
      replaceChildren(result);
      const file = fileInput.files?.[0];
      if (!file) {
        showFieldError(form, 'file', t('entry.workbookNoFile'));
        fileInput.focus();
        return;
      }
      const progress = createProgress(t('entry.workbookUploading', { name: file.name }));
      result.append(progress.element);
      progress.update({ loaded: 0, total: file.size });
      uploadButton.disabled = true;
      try {
        const answer = await uploadValuesWorkbook(options.planId, periodSelect.value, file, {
          submit: submitBox.checked,
          lang: options.lang,
          onProgress: (step) => progress.update(step),
          signal: options.signal,
        });
        if (options.signal.aborted) return;
        progress.update({ loaded: file.size, total: file.size });
        progress.done();
        replaceChildren(result, importSummary(answer));
        announce(importHeadline(answer));
        fileInput.value = '';
        await options.onImported();
      } catch (error) {
        if (options.signal.aborted) return;
        progress.done();
        const apiError = toApiError(error);
        if (apiError.code === 'IMPORT_INVALID') {
          clearAnnouncement();
          replaceChildren(result, problemsTable(apiError.code, messageOf(apiError), apiError.details));
          result.querySelector<HTMLElement>('.error-summary')?.focus();
        } else {
          showError(form, apiError);
        }
      } finally {
        uploadButton.disabled = false;
      }
    })();
  });

  return labelledSection(
    'card workbook',
    ids.heading,
    t('entry.workbookHeading'),
    h('p', { class: 'muted' }, t('entry.workbookIntro')),
    form,
    result,
  );
}

function importSummary(answer: ValueImportResponse): HTMLElement {
  const figures: Array<[string, number]> = [
    [t('entry.importRows'), answer.rows],
    [t('entry.importCreated'), answer.created],
    [t('entry.importUpdated'), answer.updated],
    [t('entry.importUnchanged'), answer.unchanged],
    [t('entry.importEmpty'), answer.empty],
    [t('entry.importSubmitted'), answer.submitted],
  ];
  return h(
    'div',
    { class: 'import-summary', role: 'status' },
    h('p', {}, h('strong', {}, importHeadline(answer))),
    h(
      'dl',
      { class: 'counts' },
      figures.map(([label, count]) => h('div', {}, h('dt', {}, label), h('dd', {}, formatNumber(count)))),
    ),
  );
}

/** "Values saved" only when the file changed something. */
function importHeadline(answer: ValueImportResponse): string {
  return answer.created + answer.updated + answer.submitted > 0
    ? t('entry.workbookDone')
    : t('entry.workbookNothingChanged');
}

/** Every problem of a refused workbook, by sheet, row and column, as the API listed them. */
function problemsTable(
  code: string,
  message: string,
  details: ReadonlyArray<Partial<WorkbookErrorDetail>>,
): HTMLElement {
  return h(
    'div',
    { class: 'error-summary import-problems', role: 'alert', 'data-error-code': code, tabindex: -1 },
    h('p', {}, message),
    h('p', {}, t('entry.importNothingChanged')),
    h(
      'div',
      { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('entry.importProblems') },
      h(
        'table',
        {},
        h('caption', {}, t('entry.importProblems')),
        tableHead(
          t('entry.problemSheet'),
          t('entry.problemRow'),
          t('entry.problemColumn'),
          t('entry.problemCode'),
          t('entry.problemMessage'),
        ),
        h(
          'tbody',
          {},
          details.map((detail) =>
            h(
              'tr',
              { 'data-code': detail.code ?? null },
              h('td', {}, detail.sheet ?? ''),
              h('td', { class: 'number' }, detail.row === undefined ? '' : String(detail.row)),
              h('td', {}, detail.column ?? ''),
              h('td', {}, h('code', {}, detail.code ?? '')),
              h('td', {}, detail.message ?? ''),
            ),
          ),
        ),
      ),
    ),
  );
}
