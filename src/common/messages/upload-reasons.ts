import type { Texts } from './error-messages.js';

/**
 * Why an uploaded workbook is refused (src/workbooks/workbook-upload.ts): the reason inside the
 * message of UPLOAD_CORRUPT, UPLOAD_NOT_XLSX, UPLOAD_ZIP_BOMB and UPLOAD_TOO_MANY_CELLS, in both
 * languages. `name` is a file inside the archive, as it is called there.
 */
export const UPLOAD_REASONS = {
  notZip: { tr: () => 'zip arşivi değil', en: () => 'not a zip archive' },
  noDirectory: { tr: () => 'merkezi dizin sonu yok', en: () => 'no end of central directory' },
  zip64: { tr: () => 'ZIP64 arşivleri kabul edilmiyor', en: () => 'ZIP64 archives are not accepted' },
  directoryOutOfBounds: {
    tr: () => 'merkezi dizin dosyanın dışında',
    en: () => 'central directory out of bounds',
  },
  damagedDirectory: { tr: () => 'merkezi dizin bozuk', en: () => 'damaged central directory' },
  compressionMethod: {
    tr: (p) => `"${p.name}" bilinmeyen bir sıkıştırma yöntemi (${p.method}) kullanıyor`,
    en: (p) => `"${p.name}" uses compression method ${p.method}`,
  },
  inconsistentSizes: {
    tr: (p) => `"${p.name}" boyutları tutarsız`,
    en: (p) => `"${p.name}" has inconsistent sizes`,
  },
  noLocalHeader: { tr: (p) => `"${p.name}" yerel başlığı yok`, en: (p) => `"${p.name}" has no local header` },
  cutOff: { tr: (p) => `"${p.name}" kesik`, en: (p) => `"${p.name}" is cut off` },
  cannotUnpack: { tr: (p) => `"${p.name}" açılamıyor`, en: (p) => `"${p.name}" cannot be unpacked` },
  damagedEntry: {
    tr: (p) => `"${p.name}" bozuk (boyut ya da sağlama toplamı)`,
    en: (p) => `"${p.name}" is damaged (size or checksum)`,
  },
  badXml: { tr: (p) => `${p.name} bozuk XML`, en: (p) => `${p.name} is not well-formed XML` },
  encrypted: { tr: (p) => `"${p.name}" şifreli`, en: (p) => `"${p.name}" is encrypted` },
  missingParts: {
    tr: (p) => `${String(p.names).split(', ').join(' ve ')} yok`,
    en: (p) => `${String(p.names).split(', ').join(' and ')} missing`,
  },
  unreadable: { tr: () => 'Excel dosyayı okuyamadı', en: () => 'ExcelJS could not read it' },
  sheetsUnreadable: { tr: () => 'sayfaları okunamadı', en: () => 'its sheets could not be read' },
  tooManyEntries: {
    tr: (p) => `${p.count} parça içeriyor (en çok ${p.limit})`,
    en: (p) => `it holds ${p.count} entries (at most ${p.limit})`,
  },
  unpacksTooLarge: {
    tr: (p) => `açıldığında ${p.limit} sınırını aşıyor`,
    en: (p) => `it would unpack to more than ${p.limit}`,
  },
  ratio: {
    tr: (p) => `"${p.name}" ${p.ratio}'e 1 sıkıştırılmış (en çok ${p.limit}'e 1)`,
    en: (p) => `"${p.name}" is compressed ${p.ratio} to 1 (at most ${p.limit} to 1)`,
  },
  unpacksBeyondDeclared: {
    tr: (p) => `"${p.name}" bildirdiğinden büyük açılıyor`,
    en: (p) => `"${p.name}" unpacks to more than it declares`,
  },
  beyondExcel: {
    tr: (p) => `${p.name} Excel'in ${p.rows} satır × ${p.columns} sütun sınırını aşıyor`,
    en: (p) => `${p.name} goes beyond Excel's ${p.rows} rows × ${p.columns} columns`,
  },
  tooManyCells: {
    tr: (p) => `sayfalarda ${p.limit} hücreden fazlası var`,
    en: (p) => `the worksheets hold more than ${p.limit} cells`,
  },
  tooManyExpanded: {
    tr: (p) =>
      `birleştirilmiş aralıklar ve veri doğrulamaları ${p.limit} hücreden fazlasını kapsıyor: kullanılan satırlarla sınırlayın`,
    en: (p) =>
      `merged ranges and data validations cover more than ${p.limit} cells: limit them to the rows in use`,
  },
} satisfies Record<string, Texts>;

export type UploadReason = keyof typeof UPLOAD_REASONS;
