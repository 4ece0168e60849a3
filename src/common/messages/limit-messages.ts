import { texts } from './typed-texts.js';

/*
 * What each plan limit counts (src/modules/plans/plan-limits.ts), for messages: "planda en çok
 * 50 amaç" / "at most 50 aims in a plan". `n` is the limit, written tr-TR or en.
 */
type Limit = { n: string };

export const LIMIT_PHRASES = {
  coreValues: texts<Limit>(
    (p) => `planda en çok ${p.n} temel değer`,
    (p) => `at most ${p.n} core values in a plan`,
  ),
  aims: texts<Limit>(
    (p) => `planda en çok ${p.n} amaç`,
    (p) => `at most ${p.n} aims in a plan`,
  ),
  targetsPerAim: texts<Limit>(
    (p) => `bir amaçta en çok ${p.n} hedef`,
    (p) => `at most ${p.n} targets in an aim`,
  ),
  targets: texts<Limit>(
    (p) => `planda en çok ${p.n} hedef`,
    (p) => `at most ${p.n} targets in a plan`,
  ),
  indicatorsPerTarget: texts<Limit>(
    (p) => `bir hedefte en çok ${p.n} performans göstergesi`,
    (p) => `at most ${p.n} indicators in a target`,
  ),
  indicators: texts<Limit>(
    (p) => `planda en çok ${p.n} performans göstergesi`,
    (p) => `at most ${p.n} indicators in a plan`,
  ),
  listItemsPerTarget: texts<Limit>(
    (p) => `bir hedef kartının her listesinde en çok ${p.n} madde`,
    (p) => `at most ${p.n} items in each list of a target card`,
  ),
  activitiesPerTarget: texts<Limit>(
    (p) => `bir hedef kartında en çok ${p.n} faaliyet ve proje`,
    (p) => `at most ${p.n} activities and projects on a target card`,
  ),
  collaboratingUnits: texts<Limit>(
    (p) => `bir hedef kartında en çok ${p.n} işbirliği yapılacak birim`,
    (p) => `at most ${p.n} collaborating units on a target card`,
  ),
  units: texts<Limit>(
    (p) => `belgede en çok ${p.n} birim`,
    (p) => `at most ${p.n} units in a document`,
  ),
  resources: texts<Limit>(
    (p) => `maliyetlendirmede en çok ${p.n} kaynak`,
    (p) => `at most ${p.n} resources in the costing`,
  ),
  values: texts<Limit>(
    (p) => `belgede en çok ${p.n} gerçekleşme değeri`,
    (p) => `at most ${p.n} values in a document`,
  ),
  valuesWorkbookRows: texts<Limit>(
    (p) => `değer çalışma kitabında en çok ${p.n} veri satırı`,
    (p) => `at most ${p.n} data rows in a values workbook`,
  ),
  targetCardWorkbookRows: texts<Limit>(
    (p) => `hedef kartları çalışma kitabında en çok ${p.n} satır`,
    (p) => `at most ${p.n} rows in a target-card workbook`,
  ),
  analysisRowsPerPart: texts<Limit>(
    (p) => `durum analizinin bir bölümünde en çok ${p.n} satır`,
    (p) => `at most ${p.n} rows in a part of the situation analysis`,
  ),
  analysisItems: texts<Limit>(
    (p) => `durum analizinde en çok ${p.n} tespit ve ihtiyaç`,
    (p) => `at most ${p.n} findings and needs in the situation analysis`,
  ),
  analysisLinks: texts<Limit>(
    (p) => `planda hedeflerle tespit ve ihtiyaçlar arasında en çok ${p.n} bağlantı`,
    (p) => `at most ${p.n} links between targets and findings or needs in a plan`,
  ),
};
