import { afterAll, beforeAll } from '@jest/globals';
import type { Role } from '../../../src/contracts/auth.js';
import type { PlanDocument } from '../../../src/contracts/plan-document.js';
import type { PlanResponse, PlanSummaryResponse } from '../../../src/contracts/resources.js';
import { DEMO_PASSWORD } from '../../../src/database/seed-demo.js';
import { seedDemoPlans } from '../../support/demo-plans.js';
import { workedExampleDocument } from '../../factories/plan-documents.js';
import {
  createUser,
  importPlan,
  signIn,
  startBrowserApp,
  waitForScreen,
  type BrowserApp,
  type WatchedPage,
} from './browser-app.js';

/** The common set-up of a browser spec: the app, one imported plan and accounts in its institution. */

export interface Account {
  id: string;
  email: string;
  password: string;
}

export interface UserSpec {
  email: string;
  name: string;
  role: Role;
  units?: string[];
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * Starts the browser app, imports `document` (the worked example unless given) as the superadmin
 * and creates the accounts in the plan's institution, in the order given.
 */
export async function setUpPlanWithUsers<K extends string>(
  users: Record<K, UserSpec>,
  document: PlanDocument = workedExampleDocument(),
): Promise<{ app: BrowserApp; plan: PlanResponse; accounts: Record<K, Account> }> {
  const app = await startBrowserApp();
  try {
    const plan = await importPlan(app, document);
    const accounts = {} as Record<K, Account>;
    for (const key of Object.keys(users) as K[])
      accounts[key] = await createUser(app, { ...users[key], institutionId: plan.institution.id });
    return { app, plan, accounts };
  } catch (error) {
    await app.close();
    throw error;
  }
}

/**
 * setUpPlanWithUsers for the whole file: run in beforeAll (within `timeout`), closed in afterAll.
 * The answers are filled in when beforeAll has run, so use them inside tests and hooks only.
 */
export function usePlanWithUsers<K extends string>(
  users: Record<K, UserSpec>,
  document?: PlanDocument,
  timeout = 60_000,
): { app: BrowserApp; plan: PlanResponse; accounts: Record<K, Account> } {
  const set = { app: {} as BrowserApp, plan: {} as PlanResponse, accounts: {} as Record<K, Account> };
  let started = false;
  beforeAll(async () => {
    const ready = await setUpPlanWithUsers(users, document);
    started = true;
    Object.assign(set.app, ready.app);
    Object.assign(set.plan, ready.plan);
    Object.assign(set.accounts, ready.accounts);
  }, timeout);
  afterAll(async () => {
    if (started) await set.app.close();
  });
  return set;
}

/** A fresh page signed in as `account`, opened at `path` (after "#") and waited on until `route` is drawn. */
export async function openSignedIn(
  app: BrowserApp,
  account: { email: string; password: string },
  path: string,
  route: string,
  viewport = DESKTOP,
): Promise<WatchedPage> {
  const watched = await app.newPage({ viewport });
  await signIn(watched.page, app.baseUrl, account.email, account.password);
  await watched.page.goto(`${app.baseUrl}/#${path}`);
  await waitForScreen(watched.page, route);
  return watched;
}

/** openSignedIn on one screen of a plan: `/plans/<planId>/<screen><query>`, waited on as `/plans/:planId/<screen>`. */
export function openPlanScreen(
  app: BrowserApp,
  account: { email: string; password: string },
  planId: string,
  screen: string,
  query = '',
  viewport = DESKTOP,
): Promise<WatchedPage> {
  return openSignedIn(
    app,
    account,
    `/plans/${planId}/${screen}${query}`,
    `/plans/:planId/${screen}`,
    viewport,
  );
}

/** The demo's planner (npm run seed:demo), of every demo institution. */
export const DEMO_PLANNER = { email: 'planlama@pusula.local', password: DEMO_PASSWORD };

/**
 * Starts the browser app with the demo seeded (its plans and accounts, as npm run seed:demo) and
 * answers it with the demo plan of the institution named `institution`, and the others by name.
 */
export async function startWithDemoPlan(institution: string): Promise<{
  app: BrowserApp;
  plan: PlanSummaryResponse;
  demoPlan(institution: string): PlanSummaryResponse;
}> {
  const app = await startBrowserApp();
  try {
    const demoPlan = await seedDemoPlans(app);
    return { app, plan: demoPlan(institution), demoPlan };
  } catch (error) {
    await app.close();
    throw error;
  }
}

/**
 * startWithDemoPlan for the whole file: run in beforeAll (within 120 s), handing what it answers
 * to `then` (the file's own set-up), the app closed in afterAll.
 */
export function useDemoPlan(
  institution: string,
  then: (demo: Awaited<ReturnType<typeof startWithDemoPlan>>) => void | Promise<void>,
): void {
  let app: BrowserApp | null = null;
  beforeAll(async () => {
    const demo = await startWithDemoPlan(institution);
    app = demo.app;
    await then(demo);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });
}
