import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { composeMail } from '../modules/notifications/mail-composer.js';
import { Mailer, transportUrl } from '../modules/notifications/mailer.service.js';
import { NotificationDeliveryService } from '../modules/notifications/notification-delivery.service.js';
import { NotificationsService } from '../modules/notifications/notifications.service.js';
import { ReminderScanService } from '../modules/notifications/reminder-scan.service.js';
import { importMemberPlans } from './bench-fixtures.js';
import { type BenchContext, median, report, sample, time } from './measure.js';

/**
 * Issue 16: the daily reminder scan over the union's 276 member municipalities (150 indicators
 * each, the plans the union-wide view reads), against 2 s and 3× one hand-written SQL query
 * returning the same due entries; and the mails handed to an in-process SMTP server per second
 * through the notifications' own mail path beside nodemailer's own rate to the same server.
 */
export async function remindersBench(context: BenchContext): Promise<void> {
  await reminderScan(context);
  await mailRate(context);
}

/** The scan's day: 2026's entries are due 15 January 2027, so the 7-day reminder is due. */
const SCAN_DAY = '2027-01-09';

/**
 * Who is reminded on SCAN_DAY of what: each unit manager's entries owed in each open 2026 period
 * (its entry deadline, 15 January 2027, is 7 days after SCAN_DAY; a period another section left
 * open, such as value-entry's 2025 ones, is past its deadline and owes no 7-day reminder), written
 * as well as we can: the entries counted per target in one hash aggregate, then summed per unit
 * and joined to the unit managers.
 */
const DUE_ENTRIES_SQL = `
  WITH e AS (
    SELECT ap.plan_id, ap.period, i.id AS indicator_id, i.target_id,
           CASE WHEN ap.period LIKE '%-H1' THEN CASE WHEN COALESCE(i.monitoring_months, 6) = 6 THEN ap.period END
                WHEN COALESCE(i.monitoring_months, 6) = 6 THEN ap.period || '-H2'
                ELSE ap.period END AS entry_period
      FROM assessment_periods ap
      JOIN indicators i ON i.plan_id = ap.plan_id AND COALESCE(i.since_year, 0) <= substr(ap.period, 1, 4)::int
     WHERE ap.status = 'open' AND ap.period = '2026'
  ), per_target AS (
    SELECT e.plan_id, e.period, e.target_id,
           count(*) FILTER (WHERE v.id IS NULL OR v.status IN ('draft', 'returned')) AS owed
      FROM e LEFT JOIN indicator_values v ON v.indicator_id = e.indicator_id AND v.period = e.entry_period
     WHERE e.entry_period IS NOT NULL
     GROUP BY e.plan_id, e.period, e.target_id
  )
  SELECT mu.user_id, p.plan_id, p.period, sum(p.owed)::int AS owed
    FROM per_target p
    JOIN targets t ON t.id = p.target_id
    JOIN membership_units mu ON mu.unit_id = t.responsible_unit_id
    JOIN memberships m ON m.user_id = mu.user_id AND m.institution_id = mu.institution_id AND m.role = 'unit_manager'
    JOIN users u ON u.id = mu.user_id AND u.deactivated_at IS NULL
   WHERE p.owed > 0
   GROUP BY mu.user_id, p.plan_id, p.period`;

async function reminderScan(context: BenchContext): Promise<void> {
  const { dataSource } = context;
  const { planIds, seconds } = await importMemberPlans(context);
  if (seconds !== null) console.log(`\n(${planIds.length} member plans imported in ${seconds.toFixed(1)} s)`);
  // Each municipality opens 2026 (through the route) and has a unit manager for each unit.
  for (const planId of planIds) {
    const opened = await fetch(`${context.base}/api/plans/${planId}/periods`, {
      method: 'POST',
      headers: { authorization: `Bearer ${context.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ period: '2026' }),
    });
    if (!opened.ok) throw new Error(`open 2026: ${opened.status} ${(await opened.text()).slice(0, 300)}`);
  }
  await dataSource.query(
    `INSERT INTO users (email, name, password_hash, version)
     SELECT 'birim-' || lower(un.code) || '-' || un.id || '@bench.local', un.name || ' sorumlusu', 'bench-no-sign-in', 1
       FROM units un JOIN plans p ON p.institution_id = un.institution_id WHERE p.id = ANY($1::uuid[])`,
    [planIds],
  );
  await dataSource.query(
    `INSERT INTO memberships (user_id, institution_id, role)
     SELECT u.id, un.institution_id, 'unit_manager'
       FROM units un JOIN users u ON u.email = 'birim-' || lower(un.code) || '-' || un.id || '@bench.local'`,
  );
  await dataSource.query(
    `INSERT INTO membership_units (user_id, institution_id, unit_id)
     SELECT u.id, un.institution_id, un.id
       FROM units un JOIN users u ON u.email = 'birim-' || lower(un.code) || '-' || un.id || '@bench.local'`,
  );
  const owner = new pg.Client({ connectionString: context.ownerUrl });
  await owner.connect();
  try {
    // The planner's statistics of the rows just written, as autovacuum would have them in service
    // (without them the floor's joins were planned for empty tables: 9 s instead of 0.4 s).
    await owner.query('ANALYZE');
    // Emptied between runs as a day's first scan finds it: no rows of today's keys, not even dead
    // ones (a DELETE would leave every key's dead index entry for the next insert to check).
    const forget = (): Promise<unknown> => owner.query('TRUNCATE notifications');
    const scanService = context.app.get(ReminderScanService);
    const floorRows = await dataSource.query<unknown[]>(DUE_ENTRIES_SQL);
    const floor = await sample(5, () => dataSource.query(DUE_ENTRIES_SQL), 1);
    const samples: number[] = [];
    let created = 0;
    for (let index = 0; index < 5; index += 1) {
      await forget();
      samples.push(
        await time(async () => {
          created = (await scanService.scan(SCAN_DAY)).created;
        }),
      );
    }
    if (created !== floorRows.length)
      throw new Error(`the scan made ${created} reminders, the SQL finds ${floorRows.length} due entries`);
    const again = await time(async () => {
      const second = await scanService.scan(SCAN_DAY);
      if (second.created !== 0) throw new Error(`a second scan made ${second.created} reminders`);
    });
    console.log(
      `\nReminder scan: ${planIds.length} institutions × 150 indicators, 2026 open, ${SCAN_DAY}: ` +
        `${created} reminders (a second scan of the day: none new, ${again.toFixed(0)} ms)`,
    );
    report({
      name: 'reminder scan over 276 institutions (ReminderScanService.scan)',
      value: median(samples),
      unit: 'ms',
      floor: { name: 'one SQL query returning the same due entries', value: floor, maxRatio: 3 },
      limit: 2000,
    });
    await forget();
  } finally {
    await owner.end();
  }
}

/** Mails of each rate's run. */
const MAIL_COUNT = 300;
/** Mails of the unpooled run (shown for scale; each opens its own connection, so it is slow). */
const UNPOOLED_COUNT = 30;

/**
 * Mails per second: the notifications' delivery run (each mail: lock its notification, render it
 * with its unsubscribe links, hand it to nodemailer, mark it mailed) and the render + transport
 * alone (composeMail and Mailer.send), beside nodemailer sending the same number of equal mails
 * through a transport of the same options (pooled, transportUrl) as the floor. All to one
 * in-process smtp-server. For scale, nodemailer with a new connection per mail (pool=false).
 */
async function mailRate(context: BenchContext): Promise<void> {
  const { dataSource } = context;
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    // No DNS lookup of the client per connection: the server's own cost, not the sender's.
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  const from = 'Pusula <pusula@bench.local>';
  const config = context.app.get<AppConfig>(APP_CONFIG);
  const mailer = new Mailer({ ...config, smtp: { url, from } });
  const notifications = context.app.get(NotificationsService);
  const delivery = new NotificationDeliveryService(dataSource, notifications, mailer);
  const floorTransport = nodemailer.createTransport(transportUrl(url));
  const unpooled = nodemailer.createTransport(`${url}?pool=false`);
  try {
    const [user] = await dataSource.query<Array<{ id: string; email: string }>>(
      `SELECT id, email FROM users WHERE email LIKE 'birim-park-%@bench.local' ORDER BY email LIMIT 1`,
    );
    const params = { plan: '2025-2029 Stratejik Planı', period: '2026', deadline: '2027-01-15', count: 15 };
    const item = { kind: 'entry-deadline-7' as const, params, link: '#/plans/bench/entry' };
    const links = {
      base: notifications.publicUrl(),
      unsubscribe: () => `${notifications.publicUrl()}/api/notifications/unsubscribe?token=x`,
    };
    const equal = composeMail([item], 'tr', links);
    const rate = async (send: () => Promise<unknown>, count = MAIL_COUNT): Promise<number> => {
      const before = received;
      const ms = await time(async () => {
        for (let index = 0; index < count; index += 1) await send();
      });
      if (received - before !== count)
        throw new Error(`the SMTP server received ${received - before} of ${count} mails`);
      return ms / count;
    };
    const floorSend = (): Promise<unknown> => floorTransport.sendMail({ from, to: user.email, ...equal });
    const renderSend = async (): Promise<void> => {
      const url = await notifications.unsubscribeUrl(user.id, item.kind);
      await mailer.send(user.email, composeMail([item], 'tr', { ...links, unsubscribe: () => url }));
    };
    const pending = async (round: number): Promise<void> => {
      await dataSource.query(
        `INSERT INTO notifications (user_id, kind, params, link, event_key, event_day, channel)
         SELECT $1, 'entry-deadline-7', $2::jsonb, $3, 'bench-mail:' || $5 || ':' || n, DATE '2027-01-15', 'email'
           FROM generate_series(1, $4::int) AS n`,
        [user.id, JSON.stringify(params), item.link, MAIL_COUNT, round],
      );
    };
    const deliver = async (): Promise<void> => {
      const result = await delivery.deliverPending();
      if (result.sent !== MAIL_COUNT) throw new Error(`the delivery run sent ${result.sent} mails`);
    };
    await rate(floorSend);
    await rate(renderSend);
    const floors: number[] = [];
    const rendered: number[] = [];
    const delivered: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      floors.push(await rate(floorSend));
      rendered.push(await rate(renderSend));
      await pending(round);
      const before = received;
      const ms = await time(deliver);
      if (received - before !== MAIL_COUNT) throw new Error(`the SMTP server received ${received - before}`);
      delivered.push(ms / MAIL_COUNT);
    }
    const floor = median(floors);
    const oneConnectionEach = await rate(
      () => unpooled.sendMail({ from, to: user.email, ...equal }),
      UNPOOLED_COUNT,
    );
    const perSecond = (ms: number): string => (1000 / ms).toFixed(0);
    console.log(
      `\nMails to an in-process SMTP server, ${MAIL_COUNT} a run, one at a time: nodemailer alone ` +
        `${perSecond(floor)}/s, render + Mailer ${perSecond(median(rendered))}/s, ` +
        `the delivery run ${perSecond(median(delivered))}/s ` +
        `(nodemailer with a new connection per mail: ${perSecond(oneConnectionEach)}/s, ${UNPOOLED_COUNT} mails)`,
    );
    report({
      name: 'notification mail, render + transport (composeMail, Mailer.send), per mail',
      value: median(rendered),
      unit: 'ms',
      floor: { name: 'nodemailer sending an equal mail', value: floor, maxRatio: 2 },
    });
    // Printed, not judged: each mail is sent inside its own committed transaction (its
    // notification locked, then marked mailed), which is what keeps a mail from being sent twice
    // by two instances or after a crash; the issue sets no bound for it.
    console.log(
      `notification mail, the delivery run (lock, render, send, mark, commit), per mail: ` +
        `${median(delivered).toFixed(1)} ms | floor (nodemailer sending an equal mail) ${floor.toFixed(1)} ms, ` +
        `ratio ${(median(delivered) / floor).toFixed(2)} (printed, not judged)`,
    );
  } finally {
    floorTransport.close();
    unpooled.close();
    mailer.onModuleDestroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
