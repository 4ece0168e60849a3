import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  NotificationListResponse,
  NotificationResponse,
  NotificationSettingsResponse,
  ReminderRunResponse,
} from '../../src/contracts/notifications.js';
import { resetClock, setClock } from '../../src/common/clock.js';
import { NotificationDeliveryService } from '../../src/modules/notifications/notification-delivery.service.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { expectError } from '../support/expect-error.js';
import { addMember, importPlan, ok, type ImportedPlan, type Member } from '../support/requests.js';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox.js';

/**
 * Notifications over HTTP with the jobs running (pg-boss) and a real SMTP server receiving the
 * mails (issue 16 points 3–5): the inbox and its settings, the mails' text and links, the
 * unsubscribe link without signing in, the reminder scan on Istanbul days, a second scan sending
 * nothing, SMTP refusing and the retry, two instances on one database, a restart in a digest.
 *
 * The worked example: H1.1 (unit PARK) holds PG1.1.1–PG1.1.3, H1.2 (unit ZABITA) PG1.2.1; the
 * 2026-H1 period ends 30 June, its entries are due 15 July 2026 (the default 15 days).
 */

const PUBLIC_URL = 'https://pusula.example.gov.tr';
const START_TIMEOUT = 60_000;

let smtp: SmtpInbox;
let t: TestApp;
let serial = 0;

function env(): Record<string, string> {
  return {
    PUSULA_JOBS: 'true',
    PUSULA_SMTP_URL: smtp.url,
    PUSULA_SMTP_FROM: 'Pusula <pusula@example.gov.tr>',
    PUSULA_PUBLIC_URL: PUBLIC_URL,
  };
}

beforeAll(async () => {
  smtp = await startSmtpInbox();
  t = await createTestApp(env());
}, START_TIMEOUT);

afterAll(async () => {
  resetClock();
  await t.close();
  await smtp.close();
});

interface Institution extends ImportedPlan {
  unitManager: Member;
  planner: Member;
  admin: Member;
}

/** A plan of its own institution with a PARK unit manager, a planner and an admin. */
async function institution(): Promise<Institution> {
  serial += 1;
  const imported = await importPlan(
    t.api,
    workedExampleDocument({ institutionName: `Bildirim Belediyesi ${serial}` }),
  );
  const member = (role: string, units?: string[]): Promise<Member> =>
    addMember(t, {
      email: `${role}${serial}@bildirim.test`,
      name: `${role} ${serial}`,
      institutionId: imported.institutionId,
      role,
      units,
    });
  return {
    ...imported,
    unitManager: await member('unit_manager', ['PARK']),
    planner: await member('planner'),
    admin: await member('admin'),
  };
}

function inbox(client: Member['client'], query = ''): Promise<NotificationListResponse> {
  return ok(client.get<NotificationListResponse>(`/api/account/notifications${query}`));
}

function runScan(): Promise<ReminderRunResponse> {
  return ok(t.api.post<ReminderRunResponse>('/api/admin/jobs/reminders/run', {}));
}

/** Mails to `email` received so far. */
function mailsTo(email: string): SmtpInbox['mails'] {
  return smtp.mails.filter((mail) => mail.to === email);
}

async function waitForMails(email: string, count: number, timeout = 20_000): Promise<SmtpInbox['mails']> {
  const until = Date.now() + timeout;
  while (mailsTo(email).length < count) {
    if (Date.now() > until)
      throw new Error(`waited for ${count} mails to ${email}, got ${mailsTo(email).length}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return mailsTo(email);
}

/** The unit manager enters and submits PG1.1.2 2026-H1; the planner returns it with `comment`. */
async function returnedValue(home: Institution, comment: string): Promise<void> {
  const route = `${home.plan}/indicators/PG1.1.2/values/2026-H1`;
  // 201 the first time, 200 when a returned value is entered again.
  const entered = await home.unitManager.client.put(route, { value: 8 });
  expect([200, 201]).toContain(entered.status);
  await ok(home.unitManager.client.post(`${route}/submit`, {}));
  await ok(home.planner.client.post(`${route}/return`, { comment }));
}

describe('a returned value', () => {
  it('is in the submitter’s inbox and mailed to them in Turkish with a link and an unsubscribe link that works without signing in', async () => {
    const home = await institution();
    await ok(t.api.post(`${home.plan}/periods`, { period: '2026-H1' }), 201);
    await returnedValue(home, 'Kaynak belgeyi ekleyin');

    const list = await inbox(home.unitManager.client);
    expect(list).toMatchObject({ total: 1, unread: 1, page: 1 });
    const [item] = list.items;
    expect(item).toMatchObject({
      kind: 'value-returned',
      title: 'PG1.1.2 değeri size geri gönderildi',
      link: `#/plans/${home.planId}/entry`,
      readAt: null,
    });
    expect(item.body).toContain('Açıklama: Kaynak belgeyi ekleyin');
    expect(item.body).toContain('2026 ara dönem');
    // The planner who returned it is not told of their own act.
    expect((await inbox(home.planner.client)).total).toBe(0);

    const [mail] = await waitForMails(home.unitManager.email, 1);
    expect(mail.subject).toBe('PG1.1.2 değeri size geri gönderildi');
    expect(mail.text).toContain('Açıklama: Kaynak belgeyi ekleyin');
    expect(mail.text).toContain(`${PUBLIC_URL}/#/plans/${home.planId}/entry`);
    expect(mail.html).toContain(`href="${PUBLIC_URL}/#/plans/${home.planId}/entry"`);
    // No password, no session token, nobody else's address.
    expect(mail.text).not.toContain('a-long-password');
    expect(mail.text).not.toContain(home.planner.email);
    const unsubscribe = /(https:\/\/\S+\/api\/notifications\/unsubscribe\?token=\S+)/.exec(mail.text)?.[1];
    expect({ text: mail.text, unsubscribe }).toEqual({ text: mail.text, unsubscribe: expect.any(String) });

    // The link, without signing in: a confirmation page, and the kind is in-app from now on.
    const path = (unsubscribe ?? '').slice(PUBLIC_URL.length);
    const page = await fetch(`${t.baseUrl}${path}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain(
      '“Değerim geri gönderildi” bildirimleri artık size e-posta ile gönderilmeyecek',
    );
    const settings = await ok(
      home.unitManager.client.get<NotificationSettingsResponse>('/api/account/notification-settings'),
    );
    expect(settings.channels['value-returned']).toBe('in-app');
    expect(settings.channels['entry-deadline-7']).toBe('email');

    // An altered token is refused and changes nothing.
    const forged = await t.anonymous.get(`${path.replace(/value-returned/, 'entry-deadline-7')}`);
    expectError(forged, 400, 'UNSUBSCRIBE_TOKEN_INVALID');
    // A browser following the altered link is shown the refusal as a page in Turkish, not JSON.
    const forgedPage = await fetch(`${t.baseUrl}${path.replace(/value-returned/, 'entry-deadline-7')}`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'accept-language': 'tr-TR,tr' },
    });
    expect(forgedPage.status).toBe(400);
    expect(forgedPage.headers.get('content-type')).toContain('text/html');
    const forgedText = await forgedPage.text();
    expect(forgedText).toContain('<h1>Bağlantı geçersiz</h1>');
    expect(forgedText).toContain('Bu e-posta aboneliğinden çıkma bağlantısı geçersiz');

    // The next return of a value reaches the inbox, and no mail.
    await returnedValue(home, 'İkinci kez');
    expect((await inbox(home.unitManager.client)).unread).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(mailsTo(home.unitManager.email)).toHaveLength(1);
  });
});

describe('the inbox', () => {
  it('pages, marks one or all read, and keeps each user to their own notifications', async () => {
    const home = await institution();
    await ok(t.api.post(`${home.plan}/periods`, { period: '2026-H1' }), 201);
    await returnedValue(home, 'Birinci');
    await returnedValue(home, 'İkinci');
    const first = await inbox(home.unitManager.client, '?pageSize=1');
    expect(first).toMatchObject({ total: 2, unread: 2, pageSize: 1 });
    expect(first.items[0].body).toContain('İkinci');
    const second = await inbox(home.unitManager.client, '?pageSize=1&page=2');
    expect(second.items[0].body).toContain('Birinci');

    const english = await inbox(home.unitManager.client, '?lang=en');
    expect(english.items[0].title).toBe('Your value of PG1.1.2 was returned');

    // Another user's notification is not found, and stays unread.
    const id = first.items[0].id;
    expectError(
      await home.planner.client.post(`/api/account/notifications/${id}/read`, {}),
      404,
      'NOTIFICATION_NOT_FOUND',
    );
    expectError(
      await home.planner.client.post('/api/account/notifications/not-an-id/read', {}),
      404,
      'NOTIFICATION_NOT_FOUND',
    );
    const read = await ok(
      home.unitManager.client.post<NotificationResponse>(`/api/account/notifications/${id}/read`, {}),
    );
    expect(read.readAt).not.toBeNull();
    expect((await inbox(home.unitManager.client)).unread).toBe(1);
    await ok(home.unitManager.client.post('/api/account/notifications/read-all', {}));
    expect((await inbox(home.unitManager.client)).unread).toBe(0);

    expectError(await t.anonymous.get('/api/account/notifications'), 401, 'UNAUTHORIZED');
    expectError(await inboxRaw(home, '?pageSize=1000'), 400, 'VALIDATION_FAILED');
  });

  it('refuses unknown kinds and channels in the settings with 400 and saves nothing', async () => {
    const home = await institution();
    const client = home.unitManager.client;
    const before = await t.countRows();
    const unknown = expectError(
      await client.put('/api/account/notification-settings', {
        channels: { 'value-returned': 'digest', 'no-such-kind': 'email' },
      }),
      400,
      'NOTIFICATION_KIND_UNKNOWN',
    );
    expect(unknown.details).toEqual([
      { path: 'channels.no-such-kind', code: 'NOTIFICATION_KIND_UNKNOWN', message: expect.any(String) },
    ]);
    expectError(
      await client.put('/api/account/notification-settings', { channels: { 'value-returned': 'pigeon' } }),
      400,
      'NOTIFICATION_CHANNEL_UNKNOWN',
    );
    expectError(
      await client.put('/api/account/notification-settings', { lang: 'de' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(await t.countRows()).toEqual(before);
    const saved = await ok(
      client.put<NotificationSettingsResponse>('/api/account/notification-settings', {
        lang: 'en',
        channels: { 'approval-waiting': 'digest' },
      }),
    );
    expect(saved).toMatchObject({ lang: 'en', emailAvailable: true });
    expect(saved.channels['approval-waiting']).toBe('digest');
    expect(saved.channels['value-returned']).toBe('email');
  });
});

function inboxRaw(home: Institution, query: string): ReturnType<Member['client']['get']> {
  return home.unitManager.client.get(`/api/account/notifications${query}`);
}

describe('the reminder scan', () => {
  it('reminds the unit manager 7 days before the entry deadline from Istanbul midnight, once, and the mails in English when chosen', async () => {
    const home = await institution();
    await ok(t.api.post(`${home.plan}/periods`, { period: '2026-H1' }), 201);
    await ok(home.unitManager.client.put('/api/account/notification-settings', { lang: 'en' }));
    // 7 July 23:30 in Istanbul is 8 July in no way yet: nothing for the 15 July deadline.
    setClock('2026-07-07T20:30:00Z');
    expect((await runScan()).byKind['entry-deadline-7']).toBeUndefined();
    // 8 July 00:30 in Istanbul (still 7 July in UTC): the 7-day reminder.
    setClock('2026-07-07T21:30:00Z');
    const run = await runScan();
    expect(run.day).toBe('2026-07-08');
    const mine = (await inbox(home.unitManager.client, '?lang=en')).items.filter(
      (item) => item.kind === 'entry-deadline-7',
    );
    expect(mine).toHaveLength(1);
    expect(mine[0].body).toContain('due by 2026-07-15');
    const [mail] = await waitForMails(home.unitManager.email, 1);
    expect(mail.subject).toBe('7 days left to enter values (2026 mid-year)');
    expect(mail.text).toContain(`${PUBLIC_URL}/#/plans/${home.planId}/entry`);
    // A second scan on the same day (or another instance's) makes and sends nothing new.
    setClock('2026-07-08T09:00:00Z');
    const again = await runScan();
    expect(again.byKind['entry-deadline-7']).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(mailsTo(home.unitManager.email)).toHaveLength(1);
  });

  it('escalates entries still missing to the planner 7 days after the deadline and to the admin after 14', async () => {
    const home = await institution();
    await ok(t.api.post(`${home.plan}/periods`, { period: '2026-H1' }), 201);
    setClock('2026-07-22T09:00:00Z');
    await runScan();
    const planner = await inbox(home.planner.client);
    expect(planner.items.map((item) => item.kind)).toEqual(['entry-escalation']);
    expect(planner.items[0].title).toBe('Gecikmiş değer girişi (2026 ara dönem, 7 gün)');
    expect((await inbox(home.admin.client)).total).toBe(0);
    setClock('2026-07-29T09:00:00Z');
    await runScan();
    expect((await inbox(home.admin.client)).items.map((item) => item.kind)).toEqual(['entry-escalation']);
    expect((await inbox(home.planner.client)).total).toBe(1);
  });

  it('is for the superadmin only', async () => {
    const home = await institution();
    expectError(await home.admin.client.post('/api/admin/jobs/reminders/run', {}), 403, 'FORBIDDEN');
  });
});

describe('when SMTP refuses', () => {
  it('keeps the notification in the inbox, retries with backoff and mails it once when SMTP accepts again', async () => {
    const home = await institution();
    await ok(t.api.post(`${home.plan}/periods`, { period: '2026-H1' }), 201);
    const state = async (): Promise<{ mailed: boolean; attempts: number }> => {
      const [row] = await t.ownerQuery<{ mailed: boolean; attempts: number }>(
        `SELECT mailed_at IS NOT NULL AS mailed, mail_attempts AS attempts FROM notifications WHERE user_id = $1`,
        [home.unitManager.id],
      );
      return row;
    };
    smtp.refuseAll = true;
    try {
      await returnedValue(home, 'SMTP kapalıyken');
      const until = Date.now() + 15_000;
      while ((await state()).attempts === 0 && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await state()).toEqual({ mailed: false, attempts: 1 });
      expect((await inbox(home.unitManager.client)).unread).toBe(1);
    } finally {
      smtp.refuseAll = false;
    }
    const [mail] = await waitForMails(home.unitManager.email, 1, 30_000);
    expect(mail.text).toContain('SMTP kapalıyken');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(mailsTo(home.unitManager.email)).toHaveLength(1);
    const row = await state();
    expect(row.mailed).toBe(true);
    expect(row.attempts).toBeGreaterThanOrEqual(2);
  }, 60_000);
});

describe('several instances and restarts', () => {
  it('sends each reminder once with two instances scanning at once', async () => {
    const second = await createTestApp(env(), { database: t.database });
    try {
      const homes = [await institution(), await institution()];
      for (const home of homes) await ok(t.api.post(`${home.plan}/periods`, { period: '2026-H1' }), 201);
      setClock('2026-07-14T09:00:00Z');
      const [a, b] = await Promise.all([
        runScan(),
        ok(second.api.post<ReminderRunResponse>('/api/admin/jobs/reminders/run', {})),
      ]);
      // Both scans judged the same reminders; the unique key let one of them make each.
      expect(
        (a.byKind['entry-deadline-1'] ?? 0) + (b.byKind['entry-deadline-1'] ?? 0),
      ).toBeGreaterThanOrEqual(2);
      for (const home of homes) {
        await waitForMails(home.unitManager.email, 1);
        expect(
          (await inbox(home.unitManager.client)).items.filter((item) => item.kind === 'entry-deadline-1'),
        ).toHaveLength(1);
      }
      await new Promise((resolve) => setTimeout(resolve, 3000));
      for (const home of homes) expect(mailsTo(home.unitManager.email)).toHaveLength(1);
    } finally {
      await second.close();
    }
  }, 60_000);

  it('finishes a digest after a restart in its middle: nobody gets it twice, nobody is left out', async () => {
    const homes = [await institution(), await institution(), await institution()];
    for (const home of homes) {
      await ok(
        home.unitManager.client.put('/api/account/notification-settings', {
          channels: { 'value-returned': 'digest' },
        }),
      );
      await ok(t.api.post(`${home.plan}/periods`, { period: '2026-H1' }), 201);
      await returnedValue(home, `Özet ${home.planId}`);
    }
    // A first instance sends one digest, then the server refuses: the run stops half done.
    const first = await createTestApp(env(), { database: t.database });
    smtp.acceptOnly = 1;
    try {
      await expect(first.app.get(NotificationDeliveryService).sendDigests()).rejects.toThrow();
    } finally {
      smtp.acceptOnly = null;
      await first.close();
    }
    const sent = homes.filter((home) => mailsTo(home.unitManager.email).length === 1);
    expect(sent).toHaveLength(1);
    // The restarted instance sends the others, once each.
    const restarted = await createTestApp(env(), { database: t.database });
    try {
      const result = await restarted.app.get(NotificationDeliveryService).sendDigests();
      expect(result.sent).toBe(2);
      for (const home of homes) {
        const mails = mailsTo(home.unitManager.email);
        expect(mails).toHaveLength(1);
        expect(mails[0].subject).toBe('Pusula: günün bildirimleri (1)');
        expect(mails[0].text).toContain(`Özet ${home.planId}`);
      }
      expect((await restarted.app.get(NotificationDeliveryService).sendDigests()).sent).toBe(0);
    } finally {
      await restarted.close();
    }
  }, 90_000);
});

describe('a public comment on a consultation', () => {
  it('tells the institution’s planners, by the channel each chose, linking to the moderation queue; a dropped or refused comment tells no one', async () => {
    setClock('2026-01-10T09:00:00Z');
    serial += 1;
    const draft = await importPlan(
      t.api,
      workedExampleDocument({ institutionName: `Görüş Bildirimi ${serial}`, planStatus: 'taslak' }),
    );
    const member = (name: string, role: string): Promise<Member> =>
      addMember(t, {
        email: `${name}${serial}@gorus-bildirim.test`,
        name,
        institutionId: draft.institutionId,
        role,
      });
    const mailed = await member('planlamaci', 'planner');
    const quiet = await member('sessiz', 'planner');
    const reviewer = await member('denetci', 'reviewer');
    await ok(
      quiet.client.put('/api/account/notification-settings', {
        channels: { 'consultation-comment': 'in-app' },
      }),
    );
    const created = await ok(
      mailed.client.post<{ id: string }>(`${draft.plan}/consultations`, {
        title: 'Taslak planımız görüşe açıldı',
        description: 'Görüşlerinizi bekliyoruz.',
        scope: 'plan',
        opensOn: '2026-01-05',
        closesOn: '2026-01-31',
      }),
      201,
    );
    const comments = `/api/public/consultations/${created.id}/comments`;
    // Not open yet: refused, and nobody hears of it.
    expectError(await t.anonymous.post(comments, { text: 'Erken görüş' }), 404, 'CONSULTATION_NOT_FOUND');
    await ok(mailed.client.post(`${draft.plan}/consultations/${created.id}/open`, {}));
    // The honeypot: answered as any comment, dropped, nobody told.
    expect(
      (await t.anonymous.post(comments, { text: 'Ucuz ilaç', website: 'http://spam.example' })).status,
    ).toBe(202);
    expect((await inbox(mailed.client)).total).toBe(0);

    expect((await t.anonymous.post(comments, { text: 'Parklara aydınlatma gerekli.' })).status).toBe(202);
    const link = `#/plans/${draft.planId}/consultations/${created.id}`;
    for (const planner of [mailed, quiet]) {
      const list = await inbox(planner.client);
      expect(list).toMatchObject({ total: 1, unread: 1 });
      expect(list.items[0]).toMatchObject({
        kind: 'consultation-comment',
        title: 'Denetlenecek yeni görüş',
        link,
      });
      expect(list.items[0].body).toContain('“Taslak planımız görüşe açıldı”');
    }
    expect((await inbox(reviewer.client)).total).toBe(0);
    const [mail] = await waitForMails(mailed.email, 1);
    expect(mail.subject).toBe('Denetlenecek yeni görüş');
    expect(mail.text).toContain(`${PUBLIC_URL}/${link}`);
    // The same text again is refused (409) and tells no one; another comment the same day adds no
    // second notification to the inbox.
    expectError(
      await t.anonymous.post(comments, { text: 'Parklara aydınlatma gerekli.' }),
      409,
      'COMMENT_DUPLICATE',
    );
    expect((await t.anonymous.post(comments, { text: 'Bisiklet yolu da olsun.' })).status).toBe(202);
    expect((await inbox(mailed.client)).total).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(mailsTo(mailed.email)).toHaveLength(1);
    expect(mailsTo(quiet.email)).toHaveLength(0);
  });
});
