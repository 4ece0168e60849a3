import type { AnalysisDoc } from '../contracts/analysis.js';
import { importPlan } from './bench-fixtures.js';
import { type BenchContext, median, report, time } from './measure.js';

/** Rows of the analysis: 500 across the parts, as the issue asks, with 50 findings linked to targets. */
const ROWS = 500;
const FINDINGS = 50;

/** A situation analysis of `ROWS` rows spread over the parts that hold tables, and findings. */
function bigAnalysis(targetCodes: string[]): { analysis: AnalysisDoc; answers: Map<string, string[]> } {
  const each = ROWS / 10;
  const many = <T>(make: (i: number) => T): T[] => Array.from({ length: each }, (_, i) => make(i));
  const long = (i: number, what: string): string =>
    `${what} ${i + 1}: ${'kentin gelişimi için açıklama '.repeat(6)}`;
  const analysis: AnalysisDoc = {
    history: many((i) => ({ text: long(i, 'Tarihçe') })),
    evaluation: many((i) => ({ text: long(i, 'Değerlendirme') })),
    legal: many((i) => ({ duty: long(i, 'Görev'), basis: `5393 md. ${i + 1}`, needs: long(i, 'İhtiyaç') })),
    policy: many((i) => ({
      document: `On İkinci Kalkınma Planı ${i + 1}`,
      reference: `${i + 1}.2`,
      duty: long(i, 'Görev'),
    })),
    activities: many((i) => ({
      field: `Faaliyet alanı ${i + 1}`,
      services: ['Hizmet A', 'Hizmet B', 'Hizmet C'],
    })),
    stakeholders: many((i) => ({
      name: `Paydaş ${i + 1}`,
      kind: i % 2 === 0 ? ('ic' as const) : ('dis' as const),
      importance: (i % 5) + 1,
      influence: ((i * 3) % 5) + 1,
      method: 'anket' as const,
      opinion: long(i, 'Görüş'),
    })),
    internal: many((i) => ({ topic: 'İnsan kaynakları', text: long(i, 'Durum') })),
    pestle: many((i) => ({
      category: 'ekonomik' as const,
      factor: long(i, 'Etken'),
      trend: 'belirsiz' as const,
      effect: 'tehdit' as const,
    })),
    swot: many((i) => ({
      kind: (['guclu', 'zayif', 'firsat', 'tehdit'] as const)[i % 4],
      text: long(i, 'Madde'),
    })),
    strategies: many((i) => ({
      kind: (['GF', 'GT', 'ZF', 'ZT'] as const)[i % 4],
      text: long(i, 'Strateji'),
    })),
    findings: Array.from({ length: FINDINGS }, (_, i) => ({
      code: `T${i + 1}`,
      kind: 'tespit' as const,
      text: long(i, 'Tespit'),
      origin: { part: 'legal' as const, row: i + 1 },
    })),
  };
  const answers = new Map<string, string[]>();
  analysis.findings?.forEach((item, i) => {
    const target = targetCodes[i % targetCodes.length];
    answers.set(target, [...(answers.get(target) ?? []), item.code]);
  });
  return { analysis, answers };
}

/**
 * Issue 13: the situation-analysis workbook (`situation-analysis.xlsx`) of a plan with 500
 * analysis rows over HTTP, against the 1 s. The plan is the metropolitan plan imported
 * again as a draft with the analysis; no floor beside it, the limit is the issue's.
 */
export async function situationAnalysisBench(context: BenchContext): Promise<void> {
  const draft = structuredClone(context.metropolitan);
  draft.plan.title = `${draft.plan.title} (durum analizi)`;
  draft.plan.status = 'taslak';
  const targets = draft.plan.aims.flatMap((aim) => aim.targets);
  for (const target of targets) for (const indicator of target.indicators) indicator.values = {};
  const { analysis, answers } = bigAnalysis(targets.map((target) => target.code));
  draft.plan.analysis = analysis;
  for (const target of targets) target.answers = answers.get(target.code) ?? [];
  const planId = await importPlan(context, draft);
  const url = `${context.base}/api/plans/${planId}/reports/situation-analysis.xlsx`;
  const once = async (): Promise<number> => {
    const response = await fetch(url, { headers: { authorization: `Bearer ${context.token}` } });
    if (!response.ok)
      throw new Error(`GET ${url}: ${response.status} ${(await response.text()).slice(0, 300)}`);
    return (await response.arrayBuffer()).byteLength;
  };
  const size = await once();
  console.log(
    `\nsituation-analysis.xlsx of a plan with ${ROWS} analysis rows: ${(size / 1024).toFixed(0)} KiB`,
  );
  await once();
  const samples: number[] = [];
  for (let index = 0; index < 7; index += 1) samples.push(await time(once));
  report({
    name: `situation-analysis workbook of a plan with ${ROWS} analysis rows (HTTP)`,
    value: median(samples),
    unit: 'ms',
    limit: 1000,
  });
}
