import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/chromium.js';
import type { MeResponse, Role } from '../../../src/contracts/auth.js';
import type { ImportResponse, InstitutionResponse, PlanResponse } from '../../../src/contracts/resources.js';
import type { PlanDocument } from '../../../src/contracts/plan-document.js';
import { CLIENT_DIR } from '../../../src/app.setup.js';
import { createTestApp, type TestApp } from '../../support/create-test-app.js';

/**
 * The browser tier's harness: the real app (createTestApp: real AppModule, fresh database, real
 * migrations, the built client served at /) and Debian's Chromium driven by playwright-core.
 */

export const DEFAULT_PASSWORD = 'browser-test-password';

export interface BrowserApp extends TestApp {
  browser: Browser;
  /** A page in a fresh context (own cookies and storage), with the console watched for errors. */
  newPage(options?: BrowserContextOptions): Promise<WatchedPage>;
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far: a test expects []. */
  errors: string[];
}

export async function startBrowserApp(): Promise<BrowserApp> {
  if (!existsSync(join(CLIENT_DIR, 'index.html')))
    throw new Error(
      `The web client is not built (${CLIENT_DIR}): run node scripts/test.js browser, or npx vite build --config client/vite.config.ts`,
    );
  const app = await createTestApp();
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await app.close();
    throw error;
  }
  return {
    ...app,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        locale: 'tr-TR',
        timezoneId: 'Europe/Istanbul',
        ...options,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // The start-up probe GET /api/auth/me answers 401 before sign-in, by design.
        const probe = message.location().url.endsWith('/api/auth/me') && message.text().includes('401');
        if (!probe) errors.push(`${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      return { page, errors };
    },
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/** Imports a plan document as the superadmin; answers the plan (with its institution's id). */
export async function importPlan(app: TestApp, document: PlanDocument): Promise<PlanResponse> {
  const imported = await app.api.post<ImportResponse>('/api/plans/import', document);
  if (imported.status !== 201) throw new Error(`import: ${imported.status} ${JSON.stringify(imported.body)}`);
  const plan = await app.api.get<PlanResponse>(`/api/plans/${imported.body.id}`);
  return plan.body;
}

/** Creates an institution as the superadmin, with `units` ({ code, name }) in the order given. */
export async function createInstitution(
  app: TestApp,
  institution: { name: string; kind: string; population?: number },
  units: ReadonlyArray<{ code: string; name: string }> = [],
): Promise<InstitutionResponse> {
  const created = await app.api.post<InstitutionResponse>('/api/institutions', institution);
  if (created.status !== 201)
    throw new Error(`create institution: ${created.status} ${JSON.stringify(created.body)}`);
  for (const unit of units) {
    const added = await app.api.post(`/api/institutions/${created.body.id}/units`, unit);
    if (added.status !== 201) throw new Error(`create unit: ${added.status} ${JSON.stringify(added.body)}`);
  }
  return created.body;
}

/** An account with one role in an institution (units for a unit manager). */
export async function createUser(
  app: TestApp,
  user: {
    email: string;
    name: string;
    role: Role;
    institutionId: string;
    units?: string[];
    password?: string;
  },
): Promise<{ id: string; email: string; password: string }> {
  const password = user.password ?? DEFAULT_PASSWORD;
  const created = await app.api.post<MeResponse>('/api/users', {
    email: user.email,
    name: user.name,
    password,
  });
  if (created.status !== 201)
    throw new Error(`create user: ${created.status} ${JSON.stringify(created.body)}`);
  const member = await app.api.put(`/api/institutions/${user.institutionId}/members/${created.body.id}`, {
    role: user.role,
    units: user.units,
  });
  if (member.status !== 200) throw new Error(`grant role: ${member.status} ${JSON.stringify(member.body)}`);
  return { id: created.body.id, email: user.email, password };
}

/** Signs in through the login form, as a user would, and waits for the first screen after it. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.getByLabel(/E-posta|E-mail/).fill(email);
  await page.getByLabel(/Parola|Password/).fill(password);
  await page.getByRole('button', { name: /Oturum aç|Sign in/ }).click();
  await page.waitForFunction(() => {
    const route = document.getElementById('main')?.dataset.route;
    return route !== undefined && route !== '/login';
  });
}

/** On a phone the header's links are in its menu: opens it (nothing to do on a wide screen). */
export async function openHeaderMenu(page: Page): Promise<void> {
  const toggle = page.locator('#app-header .menu-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true')
    await toggle.click();
}

/**
 * Waits until the screen of a route pattern ("/plans/:planId") is drawn: the router sets
 * data-route on <main> after the view's render finished (and removes it when navigation starts).
 */
export async function waitForScreen(page: Page, route: string): Promise<void> {
  await page.waitForSelector(`#main[data-route="${route}"]`);
}

/**
 * Waits until the polite live region (#status) reads `text`: a confirmation shows 50 ms after the
 * action and clears after a few seconds, so a test waits for it instead of reading it once.
 */
export async function waitForAnnouncement(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.getElementById('status')?.textContent?.includes(expected) === true,
    text,
  );
}

export interface CanvasPixels {
  width: number;
  height: number;
  /** Pixels with any opacity: something was drawn there. */
  painted: number;
  /** Opaque pixels by colour, "#rrggbb" → count. */
  colours: Record<string, number>;
}

/** Reads a canvas's pixels in the page: a chart is checked by what it drew, not only by its DOM. */
export function canvasPixels(page: Page, selector: string): Promise<CanvasPixels> {
  return page.$eval(selector, (element) => {
    const canvas = element as HTMLCanvasElement;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('not a 2d canvas');
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const colours: Record<string, number> = {};
    let painted = 0;
    for (let index = 0; index < data.length; index += 4) {
      if (data[index + 3] === 0) continue;
      painted += 1;
      if (data[index + 3] < 250) continue;
      const hex = `#${[data[index], data[index + 1], data[index + 2]].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
      colours[hex] = (colours[hex] ?? 0) + 1;
    }
    return { width: canvas.width, height: canvas.height, painted, colours };
  });
}

/** How many pixels are within `tolerance` (per channel) of a colour such as "#1b7a3a". */
export function pixelsNear(pixels: CanvasPixels, colour: string, tolerance = 6): number {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16));
  return Object.entries(pixels.colours).reduce((sum, [hex, count]) => {
    const [pr, pg, pb] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
    const near =
      Math.abs(pr - r) <= tolerance && Math.abs(pg - g) <= tolerance && Math.abs(pb - b) <= tolerance;
    return near ? sum + count : sum;
  }, 0);
}

/** The colour at one point of a canvas (CSS pixels from its top left), e.g. inside a bar. */
export function canvasColourAt(page: Page, selector: string, x: number, y: number): Promise<string> {
  return page.$eval(
    selector,
    (element, point) => {
      const canvas = element as HTMLCanvasElement;
      const scale = canvas.width / canvas.getBoundingClientRect().width;
      const [r, g, b] = canvas
        .getContext('2d')!
        .getImageData(Math.round(point.x * scale), Math.round(point.y * scale), 1, 1).data;
      return `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
    },
    { x, y },
  );
}

/** Where one colour was drawn on a canvas, in CSS pixels. */
export interface Extent {
  count: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  width: number;
  height: number;
}

/** Where a colour was drawn on a canvas (CSS pixels): count and bounding box. */
export function colourExtent(page: Page, selector: string, colour: string, tolerance = 10): Promise<Extent> {
  return page.$eval(
    selector,
    (element, wanted) => {
      const canvas = element as HTMLCanvasElement;
      const scale = canvas.width / canvas.getBoundingClientRect().width;
      const { data, width } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const [r, g, b] = [1, 3, 5].map((start) => parseInt(wanted.colour.slice(start, start + 2), 16));
      const box = { count: 0, minX: Infinity, maxX: -1, minY: Infinity, maxY: -1 };
      for (let index = 0; index < data.length; index += 4) {
        if (data[index + 3] < 250) continue;
        if (
          Math.abs(data[index] - r) > wanted.tolerance ||
          Math.abs(data[index + 1] - g) > wanted.tolerance ||
          Math.abs(data[index + 2] - b) > wanted.tolerance
        )
          continue;
        const x = (index / 4) % width;
        const y = Math.floor(index / 4 / width);
        box.count += 1;
        box.minX = Math.min(box.minX, x);
        box.maxX = Math.max(box.maxX, x);
        box.minY = Math.min(box.minY, y);
        box.maxY = Math.max(box.maxY, y);
      }
      return {
        count: box.count,
        minX: box.minX / scale,
        maxX: box.maxX / scale,
        minY: box.minY / scale,
        maxY: box.maxY / scale,
        width: canvas.width / scale,
        height: canvas.height / scale,
      };
    },
    { colour, tolerance },
  );
}

/**
 * Nothing for a page that fits the viewport; else the elements reaching past its right edge
 * (a phone would scroll sideways), to say what to fix.
 */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
  });
}
