#!/usr/bin/env node
// Screenshots for docs/: `node scripts/screenshots.js http://localhost:3000` against a running
// server with the demo data. Uses Debian's Chromium through playwright-core.
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:3000';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${base}/api/docs`, { waitUntil: 'networkidle' });
await page.waitForSelector('.opblock-tag');
await page.screenshot({ path: 'docs/images/api-docs.png' });
await browser.close();
console.log('docs/images/api-docs.png');
