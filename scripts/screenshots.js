#!/usr/bin/env node
// Screenshots of every screen for docs/images/, in Turkish, with Debian's Chromium through
// playwright-core.
//
//   node scripts/screenshots.js            builds if needed, starts a throwaway server with the demo
//                                          data (embedded PostgreSQL in a temporary directory), adds a
//                                          little workflow (an open period, entered and submitted
//                                          values, questions and an answer, the plan published),
//                                          takes the screenshots and stops the server
//   node scripts/screenshots.js URL        against a running server with the demo accounts, changing
//                                          nothing (screens without workflow data stay empty)
//   … --only=client-inbox-phone.png,…      only the screenshots named, or whose file name starts
//                                          so (--only=client-council), either way
//   node scripts/screenshots.js --analysis only the situation analysis and consultation screens
//                                          (phone, 390 × 844) on a throwaway server
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.js';

const OUT = 'docs/images';
const PASSWORD = 'pusula-demo';
const ACCOUNTS = {
  admin: { email: 'yonetici@pusula.local', password: PASSWORD },
  planner: { email: 'planlama@pusula.local', password: PASSWORD },
  unit: { email: 'park@pusula.local', password: PASSWORD },
  reviewer: { email: 'meclis@pusula.local', password: PASSWORD },
  secretariat: { email: 'sekreterlik@pusula.local', password: PASSWORD },
};
/**
 * The throwaway server's superadmin (PUSULA_ADMIN_EMAIL), who runs the reminder scan at once so
 * the inbox shows its notifications. Not a demo account: it exists only on that server.
 */
const OPERATOR = { email: 'ekran@pusula.local', password: 'pusula-screens-run' };
/** The demo plan with values (Bilecik 2020–2024, values for 2020 and 2021) and its period shown. */
const PLAN_TITLE = '2020-2024 Stratejik Planı';
const PERIOD = '2021';
const OPEN_PERIOD = '2022-H1';

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startServer() {
  const build = spawnSync(process.execPath, ['scripts/build-if-needed.js'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  const dataDir = mkdtempSync(join(tmpdir(), 'pusula-screens-'));
  const port = await freePort();
  const env = {
    ...process.env,
    PUSULA_DATA_DIR: dataDir,
    PUSULA_EMBEDDED_DB_PORT: String(await freePort()),
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    PUSULA_DEMO: 'true',
    PUSULA_ADMIN_EMAIL: OPERATOR.email,
    PUSULA_ADMIN_PASSWORD: OPERATOR.password,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['dist/main.js'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server stopped (exit ${child.exitCode})`);
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 180_000) throw new Error('the server did not start within 180 s');
    await new Promise((done) => setTimeout(done, 250));
  }
  const stop = async () => {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 15_000))]);
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { base, stop };
}

/** A tiny API client signed in as one demo account. */
async function signInApi(base, account) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (!response.ok) throw new Error(`sign-in ${account.email}: ${response.status}`);
  const { accessToken } = await response.json();
  const call = async (method, path, body) => {
    const answer = await fetch(`${base}/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : undefined;
  };
  return {
    token: accessToken,
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    put: (path, body) => call('PUT', path, body),
  };
}

/** A little workflow on the demo plan, so the entry, approval and question screens show something. */
async function addWorkflow(api, planId) {
  const plan = `/plans/${planId}`;
  await api.planner.post(`${plan}/periods`, { period: OPEN_PERIOD });
  const document = await api.planner.get(`${plan}/document`);
  const targets = document.plan.aims.flatMap((aim) => aim.targets);
  // A value near the last one entered, rounded as the indicator's values are.
  const nextValue = (indicator) => {
    const values = Object.entries(indicator.values ?? {}).sort(([a], [b]) => a.localeCompare(b));
    const last = values.at(-1)?.[1].value ?? indicator.baseline ?? 0;
    const next = last * 1.03;
    return Number.isInteger(last) ? Math.round(next) : Math.round(next * 10) / 10;
  };
  const enter = async (client, indicator, submit) => {
    const path = `${plan}/indicators/${indicator.code}/values/${OPEN_PERIOD}`;
    const draft = await client.put(path, { value: nextValue(indicator), note: 'Birim kayıtlarından' });
    if (submit) await client.post(`${path}/submit`, { version: draft.version });
  };
  const sixMonthly = (target) => target.indicators.filter((indicator) => indicator.monitoringMonths !== 12);
  // The PARK manager: one value submitted, one draft, one still missing.
  const park = sixMonthly(targets.find((target) => target.responsibleUnit === 'PARK'));
  await enter(api.unit, park[0], true);
  if (park[1]) await enter(api.unit, park[1], false);
  // Other units' values, entered and submitted by the institution's admin.
  for (const unit of ['FEN', 'SU', 'SOSYAL']) {
    const target = targets.find((candidate) => candidate.responsibleUnit === unit);
    for (const indicator of target ? sixMonthly(target).slice(0, 2) : [])
      await enter(api.admin, indicator, true);
  }
  // Questions of the council member; the PARK manager answers one.
  const parkTarget = targets.find((target) => target.responsibleUnit === 'PARK');
  const answered = await api.reviewer.post(`${plan}/questions`, {
    subjectType: 'target',
    subjectCode: parkTarget.code,
    period: PERIOD,
    text: 'Yeşil alan hedefinde 2021 sonunda neden geride kalındı? Yeni parkların açılış takvimi nedir?',
  });
  await api.unit.post(`${plan}/questions/${answered.id}/answer`, {
    text: 'İki parkın ihalesi 2021 sonbaharına kaldı; açılışlar 2022 Haziran ve Eylül aylarında planlanıyor.',
    version: answered.version,
  });
  await api.reviewer.post(`${plan}/questions`, {
    subjectType: 'target',
    subjectCode: targets[0].code,
    period: PERIOD,
    text: 'Bu hedefin maliyeti bütçede nasıl karşılandı?',
  });
  await api.planner.post(`${plan}/publish`);
  // The planner returns the PARK manager's value with a comment (their inbox and "Görevlerim"),
  // and the reminder scan runs at once: the period just opened, for the units that owe entries.
  const returned = `${plan}/indicators/${park[0].code}/values/${OPEN_PERIOD}`;
  await api.planner.post(`${returned}/return`, {
    comment: 'Kaynak belgeyi (park envanteri) ekleyip yeniden gönderin.',
  });
  await api.operator.post('/admin/jobs/reminders/run', {});
}

/**
 * The situation analysis and consultation screens on a phone (issue 13): the Kızıltepe draft's
 * stakeholders and GZFT, part B of a draft copied from the Bilecik plan (its previous plan, with a
 * reason written), the Kızıltepe consultation's moderation queue and its public page.
 */
async function analysisShots(api, plans, shoot, given) {
  const phone = { width: 390, height: 844 };
  const draft = plans.find(
    (candidate) => candidate.status === 'taslak' && /Kızıltepe/.test(candidate.institution.name),
  );
  if (!draft) return;
  const analysis = (part) => `#/plans/${draft.id}/analysis/${part}`;
  await shoot('client-analysis-stakeholders-phone.png', 'planner', analysis('stakeholders'), {
    ...phone,
    prepare: (page) => page.locator('#analysis-matrix-heading').scrollIntoViewIfNeeded(),
  });
  await shoot('client-analysis-swot-phone.png', 'planner', analysis('swot'), {
    ...phone,
    prepare: (page) => page.locator('[data-box="guclu"]').scrollIntoViewIfNeeded(),
  });
  const inForce = plans.find((candidate) => candidate.title === PLAN_TITLE && candidate.status !== 'taslak');
  if (inForce && !given) {
    const copy = await api.planner.post(`/plans/${inForce.id}/copy`, {});
    const partB = await api.planner.get(`/plans/${copy.id}/analysis/previous-plan`);
    const first = partB.targets[0];
    if (first)
      await api.planner.put(`/plans/${copy.id}/analysis/previous-plan/reasons`, {
        reasons: [{ target: first.code, reason: 'Kaynak yetersizliği nedeniyle yatırımlar ertelendi.' }],
      });
    await shoot('client-analysis-history-phone.png', 'planner', `#/plans/${copy.id}/analysis/evaluation`, {
      ...phone,
      prepare: (page) =>
        page
          .locator('.analysis-previous .previous-basis')
          .evaluate((element) => element.scrollIntoView({ block: 'start' })),
    });
  }
  const [consultation] = await api.planner.get(`/plans/${draft.id}/consultations`);
  if (!consultation) return;
  await shoot(
    'client-consultation-moderation-phone.png',
    'planner',
    `#/plans/${draft.id}/consultations/${consultation.id}`,
    phone,
  );
  await shoot(
    'client-public-consultation-phone.png',
    null,
    `#/public/consultations/${consultation.id}`,
    phone,
  );
}

async function main() {
  const onlyAnalysis = process.argv.includes('--analysis');
  const given = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  const server = given
    ? { base: given.replace(/\/$/, ''), stop: async () => undefined }
    : await startServer();
  const only = process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const browser = await launchChromium();
  try {
    const { base } = server;
    const api = {};
    for (const [role, account] of Object.entries(ACCOUNTS)) api[role] = await signInApi(base, account);
    if (!given) api.operator = await signInApi(base, OPERATOR);
    const plans = await api.planner.get('/plans');
    const plan =
      plans.find((candidate) => candidate.title === PLAN_TITLE && candidate.status !== 'taslak') ?? plans[0];
    if (!given && !onlyAnalysis) await addWorkflow(api, plan.id);
    const document = await api.planner.get(`/plans/${plan.id}/document`);
    const parkIndicator = document.plan.aims
      .flatMap((aim) => aim.targets)
      .find((target) => target.responsibleUnit === 'PARK').indicators[0].code;

    /** Opens a screen as a role (or signed out), waits until it is drawn and saves it. */
    const shoot = async (file, role, hash, options = {}) => {
      if (only && !only.some((name) => file.startsWith(name))) return;
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        deviceScaleFactor: 1,
        locale: 'tr-TR',
        timezoneId: 'Europe/Istanbul',
      });
      if (role)
        await context.addCookies([
          { name: 'pusula_session', value: api[role].token, url: base, httpOnly: true },
        ]);
      const page = await context.newPage();
      await page.goto(`${base}/${hash}`);
      await page.waitForFunction(
        () => {
          const route = document.getElementById('main')?.dataset.route;
          return route !== undefined && route !== 'error';
        },
        undefined,
        { timeout: 30_000 },
      );
      if (options.prepare) await options.prepare(page);
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(200);
      const path = join(OUT, file);
      await page.screenshot({ path, fullPage: options.fullPage ?? false });
      console.log(path);
      await context.close();
    };

    await analysisShots(api, plans, shoot, given);
    if (onlyAnalysis) return;

    const planHash = (screen = '', query = `?period=${PERIOD}`) => `#/plans/${plan.id}${screen}${query}`;
    await shoot('client-login.png', null, '#/login');
    await shoot('client-overview.png', 'planner', planHash());
    // The README's picture: the plan, its rate and its targets as bars, in one tall view.
    await shoot('client-dashboard.png', 'planner', planHash(), { height: 1480 });
    await shoot('client-overview-phone.png', 'planner', planHash(), { width: 390, height: 844 });
    await shoot(
      'client-indicator.png',
      'planner',
      planHash(`/indicators/${encodeURIComponent(parkIndicator)}`, ''),
    );
    // A per-year flow (dönemsel): first half and year total as two bars per year.
    const periodicIndicator = document.plan.aims
      .flatMap((aim) => aim.targets.flatMap((target) => target.indicators))
      .find((indicator) => indicator.valueType === 'donemsel' && indicator.monitoringMonths !== 12);
    if (periodicIndicator)
      await shoot(
        'client-indicator-periodic.png',
        'planner',
        planHash(`/indicators/${encodeURIComponent(periodicIndicator.code)}`, ''),
        { prepare: (page) => page.locator('#series-heading').scrollIntoViewIfNeeded() },
      );
    // The rate trends of the plan, the first aim and its first target, opened.
    await shoot('client-trend.png', 'planner', planHash(), {
      prepare: async (page) => {
        await page.locator('details.target').first().locator('summary').first().click();
        await page.locator('details.target .rate-trend canvas').first().waitFor();
        await page.locator('section.aim').first().scrollIntoViewIfNeeded();
      },
    });
    await shoot('client-entry.png', 'unit', planHash('/entry', ''));
    await shoot('client-approvals.png', 'planner', planHash('/approvals', ''));
    await shoot('client-review.png', 'reviewer', planHash('/review'));
    await shoot('client-review-questions.png', 'reviewer', planHash('/review'), {
      prepare: (page) => page.locator('#questions-heading').scrollIntoViewIfNeeded(),
    });
    await shoot('client-units.png', 'reviewer', planHash('/units'));
    await shoot('client-questions.png', 'unit', planHash('/questions', ''));
    await shoot('client-public.png', null, `#/public/plans/${plan.id}`);
    await shoot('client-users.png', 'admin', '#/users');
    // The header folded into its menu on a phone, opened.
    await shoot('client-phone-menu.png', 'planner', planHash(), {
      width: 390,
      height: 844,
      prepare: (page) => page.locator('#app-header .menu-toggle').click(),
    });
    // An account's actions with a one-time reset link (issued only on the throwaway server).
    if (!given)
      await shoot('client-users-accounts.png', 'admin', '#/users', {
        prepare: async (page) => {
          const button = page.getByRole('button', { name: /^Parola sıfırlama bağlantısı oluştur/ }).first();
          await button.click();
          await page.locator('.reset-link input').waitFor();
          await page.locator('.reset-link').scrollIntoViewIfNeeded();
        },
      });
    await shoot('client-users-units.png', 'admin', '#/users', {
      prepare: async (page) => {
        await page.locator('section.units-admin li.unit-row').first().waitFor();
        await page.locator('section.units-admin h2').first().scrollIntoViewIfNeeded();
      },
    });

    // Issue 16 on a phone: the calendar (the list of the year), the unit manager's inbox, their
    // notification settings and their landing page of tasks ("Görevlerim").
    const phone = { width: 390, height: 844 };
    await shoot('client-calendar-phone.png', 'planner', '#/calendar?view=list', {
      ...phone,
      prepare: async (page) => {
        await page.locator('.calendar-list, .calendar-results p').first().waitFor();
        await page.locator('.calendar-legend').scrollIntoViewIfNeeded();
      },
    });
    await shoot('client-inbox-phone.png', 'unit', '#/inbox', {
      ...phone,
      prepare: (page) => page.locator('#main li').first().waitFor(),
    });
    await shoot('client-notification-settings-phone.png', 'unit', '#/account', {
      ...phone,
      prepare: async (page) => {
        await page.locator('.notification-settings').waitFor();
        await page.locator('.notification-settings').scrollIntoViewIfNeeded();
      },
    });
    await shoot('client-tasks-phone.png', 'unit', '#/', {
      ...phone,
      prepare: (page) => page.getByRole('heading', { name: 'Görevlerim' }).waitFor(),
    });

    // The city council's working groups (issue 15), on a phone: the groups, a group's page with its
    // month grid and attendance chart, a recommendation's journey, and the public page.
    const council = (await api.secretariat.get('/institutions')).find(
      (institution) => institution.kind === 'kent-konseyi',
    );
    if (council) {
      const groups = await api.secretariat.get(`/institutions/${council.id}/working-groups`);
      const active = groups.filter((group) => group.state === 'active');
      const details = await Promise.all(
        active.map((group) => api.secretariat.get(`/institutions/${council.id}/working-groups/${group.id}`)),
      );
      const withJourney = details.find((group) => group.recommendations.some((entry) => entry.closed));
      await shoot('client-council-groups-phone.png', 'secretariat', `#/councils/${council.id}`, {
        ...phone,
        prepare: (page) => page.locator('.council-groups').scrollIntoViewIfNeeded(),
      });
      if (details[0])
        await shoot(
          'client-council-group-phone.png',
          'secretariat',
          `#/councils/${council.id}/groups/${details[0].id}`,
          {
            ...phone,
            prepare: async (page) => {
              await page.locator('.attendance-chart canvas').waitFor();
              await page.locator('#group-meetings-heading').scrollIntoViewIfNeeded();
              await page.evaluate(() => document.getElementById('group-meetings-heading')?.scrollIntoView());
            },
          },
        );
      if (withJourney)
        await shoot(
          'client-council-journey-phone.png',
          'secretariat',
          `#/councils/${council.id}/groups/${withJourney.id}`,
          {
            ...phone,
            prepare: (page) =>
              page.evaluate(() => document.querySelector('.journey[data-closed="true"]')?.scrollIntoView()),
          },
        );
      await shoot('client-council-public-phone.png', null, `#/public/councils/${council.id}`, phone);
    }

    // The activity report's performance part (issue 14), on a phone: the Marmara Belediyeler
    // Birliği's 2008 report (the demo): the results table, the measures and the evaluation form.
    const union = plans.find((candidate) => candidate.institution.name === 'Marmara Belediyeler Birliği');
    if (union) {
      const report = `#/plans/${union.id}/activity-report?year=2008`;
      await shoot('report-performance-phone.png', 'planner', report, {
        ...phone,
        prepare: (page) => page.locator('#report-results-heading').scrollIntoViewIfNeeded(),
      });
      await shoot('report-measures-phone.png', 'planner', report, {
        ...phone,
        prepare: (page) =>
          page.evaluate(() => document.getElementById('report-measures-heading')?.scrollIntoView()),
      });
      await shoot('report-evaluation-phone.png', 'planner', report, {
        ...phone,
        prepare: (page) => page.evaluate(() => document.querySelector('.report-indicator')?.scrollIntoView()),
      });
    }

    // The performance programme (issue 14) on a phone: the Marmara Belediyeler Birliği's 2008
    // programme from seed 001. On the throwaway server a revision is opened and the budget
    // proposal's 03 raised by 1.000 TL, so the rule panel and Tablo 4 show an identity break.
    const marmara = plans.find((candidate) => candidate.institution.name === 'Marmara Belediyeler Birliği');
    if (marmara) {
      const pp = `/plans/${marmara.id}/programmes/2008`;
      await shoot('programme-list-phone.png', 'planner', `#/plans/${marmara.id}/programmes`, phone);
      await shoot('programme-editor-phone.png', 'planner', `#${pp}`, {
        ...phone,
        prepare: (page) => page.locator('article.pp-target').first().scrollIntoViewIfNeeded(),
      });
      await shoot('programme-tables-phone.png', 'planner', `#${pp}`, {
        ...phone,
        prepare: (page) => page.locator('[data-table="3"]').scrollIntoViewIfNeeded(),
      });
      const wanted = (file) => !only || only.some((name) => file.startsWith(name));
      if (!given && wanted('programme-rules-phone.png')) {
        const programme = await api.planner.get(pp);
        if (programme.status === 'accepted')
          await api.planner.post(`${pp}/revisions`, { reason: 'Ekran görüntüsü için örnek revizyon' });
        const draft = await api.planner.get(pp);
        await api.planner.put(pp, {
          proposal: { ...draft.proposal, '03': (draft.proposal['03'] ?? 0) + 1000 },
          version: draft.version,
        });
        await shoot('programme-rules-phone.png', 'planner', `#${pp}`, {
          ...phone,
          prepare: (page) => page.locator('.pp-rules').scrollIntoViewIfNeeded(),
        });
      }
    }

    // The Swagger UI of the API.
    if (!only || only.some((name) => 'api-docs.png'.startsWith(name))) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${base}/api/docs`, { waitUntil: 'networkidle' });
      await page.waitForSelector('.opblock-tag');
      await page.screenshot({ path: join(OUT, 'api-docs.png') });
      console.log(join(OUT, 'api-docs.png'));
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
