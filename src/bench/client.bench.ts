import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.js';
import { CLIENT_DIR } from '../app.setup.js';
import { assertClientBuilt, coldPage, staticPageSamples } from './bench-fixtures.js';
import { median, report, type BenchContext } from './measure.js';

/**
 * The web client in `npm run bench` (issue 4): the metropolitan plan's dashboard in headless
 * Chromium from navigation to charts drawn, and the JavaScript shipped to the browser, gzipped.
 * Needs the built client (`npm run bench` runs `npm run build`) and Debian's Chromium.
 */

const SAMPLES = 7;

export async function clientBench(context: BenchContext): Promise<void> {
  assertClientBuilt();
  reportBundleSize();

  const browser: Browser = await launchChromium();
  try {
    const url = `${context.base}/#/plans/${context.metropolitanPlanId}`;
    // A cold visit each time (coldPage).
    const dashboard = async (): Promise<number> => {
      const page = await coldPage(browser, context);
      try {
        await page.goto(url, { waitUntil: 'commit' });
        // Milliseconds since the navigation started, at the first frame where the overview is
        // rendered and its chart canvas holds drawn pixels.
        const drawn = await page.waitForFunction(
          () => {
            if (document.getElementById('main')?.dataset.route !== '/plans/:planId') return false;
            const canvas = document.querySelector<HTMLCanvasElement>('.chart-box canvas');
            const context2d = canvas?.getContext('2d');
            if (!canvas || !context2d || canvas.width === 0) return false;
            const { data } = context2d.getImageData(0, 0, canvas.width, canvas.height);
            for (let index = 3; index < data.length; index += 64)
              if (data[index] > 0) return performance.now();
            return false;
          },
          undefined,
          { polling: 'raf', timeout: 30_000 },
        );
        return (await drawn.jsonValue()) as number;
      } finally {
        await page.context().close();
      }
    };
    await dashboard();
    await dashboard();
    const samples: number[] = [];
    for (let index = 0; index < SAMPLES; index += 1) samples.push(await dashboard());

    // The floor: Chromium loading a static file of the same server the same cold way.
    const floorSamples = await staticPageSamples(browser, context.base, SAMPLES);
    report({
      name: 'dashboard of the metropolitan plan, navigation to chart drawn (headless Chromium, cold cache)',
      value: median(samples),
      unit: 'ms',
      floor: {
        name: 'Chromium loading a static file of the same server',
        value: median(floorSamples),
        maxRatio: 40,
      },
      limit: 1000,
    });
  } finally {
    await browser.close();
  }
}

/** All JavaScript of the built client (every lazy chunk), gzipped, beside Chart.js alone. */
function reportBundleSize(): void {
  const assets = join(CLIENT_DIR, 'assets');
  const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;
  const total = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + gzipped(join(assets, name)), 0);
  // chart.js exports only its entry points: its UMD build lies beside the main one in dist/.
  const chartJs = gzipped(
    join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js'),
  );
  report({
    name: 'JavaScript shipped to the browser, gzipped (all chunks)',
    value: total,
    unit: 'KB',
    floor: { name: 'Chart.js alone, every component, gzipped', value: chartJs, maxRatio: 3.5 },
    limit: 250,
  });
}
