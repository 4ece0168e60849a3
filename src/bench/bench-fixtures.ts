import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PlanDocument } from '../contracts/plan-document.js';
import { CLIENT_DIR } from '../app.setup.js';
import { PlanDocumentService } from '../modules/plans/plan-document.service.js';
import type { BenchContext } from './measure.js';
import { buildMemberPlan } from './plan-generator.js';

/** What several bench sections set up alike: a plan imported over HTTP, and Chromium's cold pages. */

/** Imports `document` through POST /api/plans/import as the bench superadmin; the new plan's id. */
export async function importPlan(context: BenchContext, document: PlanDocument): Promise<string> {
  const imported = await fetch(`${context.base}/api/plans/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${context.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(document),
  });
  if (!imported.ok) throw new Error(`import: ${imported.status} ${(await imported.text()).slice(0, 300)}`);
  return ((await imported.json()) as { id: string }).id;
}

/** The browser sections need the built web client (`npm run bench` runs `npm run build`). */
export function assertClientBuilt(): void {
  if (!existsSync(join(CLIENT_DIR, 'index.html')))
    throw new Error(`The web client is not built (${CLIENT_DIR}): run npm run build first`);
}

/**
 * A cold visit: a page in a fresh browser context (no HTTP cache, no storage), signed in by the
 * session cookie the server set at sign-in (the bench's token is that session). Close it with
 * `page.context().close()`.
 */
export async function coldPage(browser: Browser, context: BenchContext): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    locale: 'tr-TR',
    timezoneId: 'Europe/Istanbul',
  });
  await page
    .context()
    .addCookies([{ name: 'pusula_session', value: context.token, url: context.base, httpOnly: true }]);
  return page;
}

/**
 * The floor of the browser sections: Chromium loading a static file of the same server the same
 * cold way, `count` times after one warm-up; milliseconds to its load event.
 */
export async function staticPageSamples(browser: Browser, base: string, count: number): Promise<number[]> {
  const staticPage = async (): Promise<number> => {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}/favicon.svg`, { waitUntil: 'load' });
      return await page.evaluate(() => {
        const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return entry.loadEventEnd || entry.responseEnd;
      });
    } finally {
      await page.context().close();
    }
  };
  await staticPage();
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) samples.push(await staticPage());
  return samples;
}

/** The union's member plans once imported in this run: their ids, in import order. */
let memberPlans: Promise<{ planIds: string[]; seconds: number | null }> | null = null;

/**
 * The union's 276 member plans of 150 indicators each (plan-generator.ts buildMemberPlan), each
 * of its own municipality, imported through the plan document service as a historical load. The
 * first caller imports them and gets the seconds it took; later callers get the same plans and
 * seconds null (so the union-wide view and the reminder scan read the same data, imported once).
 */
export function importMemberPlans(
  context: BenchContext,
  count = 276,
): Promise<{ planIds: string[]; seconds: number | null }> {
  if (memberPlans) return memberPlans.then(({ planIds }) => ({ planIds, seconds: null }));
  memberPlans = (async () => {
    const documents = context.app.get(PlanDocumentService);
    const started = performance.now();
    const planIds: string[] = [];
    for (let index = 0; index < count; index += 1)
      planIds.push((await documents.importDocument(buildMemberPlan(index), 'tr', 'historical-load')).id);
    return { planIds, seconds: (performance.now() - started) / 1000 };
  })();
  return memberPlans;
}
