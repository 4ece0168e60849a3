import { istanbulDate } from '../common/clock.js';
import type { ConsultationResponse, PublicConsultation } from '../contracts/consultations.js';
import { type BenchContext, reportRatio, reportThroughput, runLoad } from './measure.js';

const READERS = 50;
const COMMENTERS = 10;
const DURATION_MS = 3000;
/** Published comments already on the page, with answers on every fifth. */
const PUBLISHED = 300;

/**
 * Issue 13: the public consultation page under 50 concurrent anonymous readers (GET
 * /api/public/consultations/:id with 300 published comments and the plan's 72 aims and targets as
 * subjects) while 10 commenters post (each comment its own text and client address, so neither
 * the duplicate check nor the per-address rate limit refuses it), beside the constant endpoint
 * of the same server under 50 clients. Printed, not judged: the issue sets no limit.
 */
export async function consultationBench(context: BenchContext): Promise<void> {
  const { base, token, dataSource } = context;
  const planPath = `/api/plans/${context.metropolitanPlanId}/consultations`;
  const send = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${(await response.text()).slice(0, 300)}`);
    return (await response.json()) as T;
  };
  const today = istanbulDate();
  const consultation = await send<ConsultationResponse>('POST', planPath, {
    title: 'Büyükşehir stratejik planı taslağı halkın görüşünde',
    scope: 'plan',
    opensOn: today,
    closesOn: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`,
  });
  await send('POST', `${planPath}/${consultation.id}/open`);
  await dataSource.query(
    `INSERT INTO consultation_comments (institution_id, plan_id, consultation_id, text, text_key, author_name,
       subject_code, status, answer, answered_at, address_key, version)
     SELECT c.institution_id, c.plan_id, c.id,
            'Mahallemizdeki park ve yeşil alanlar için öneri numarası ' || n || ': akşam aydınlatması, oturma alanları ve çocuk oyun grupları eklenmeli.',
            md5('bench-' || n), CASE WHEN n % 3 = 0 THEN NULL ELSE 'Vatandaş ' || n END,
            (SELECT code FROM targets WHERE plan_id = c.plan_id ORDER BY position OFFSET n % 10 LIMIT 1),
            'published',
            CASE WHEN n % 5 = 0 THEN 'Görüşünüz için teşekkür ederiz; ilgili hedefe eklendi.' END,
            CASE WHEN n % 5 = 0 THEN now() END,
            md5('bench-address-' || n), 1
       FROM consultations c, generate_series(1, $2::int) AS n WHERE c.id = $1`,
    [consultation.id, PUBLISHED],
  );
  const pagePath = `/api/public/consultations/${consultation.id}`;
  const page = await send<PublicConsultation>('GET', pagePath);
  const bytes = Buffer.byteLength(JSON.stringify(page));

  const read = [{ method: 'GET', path: pagePath }];
  const comment = [
    {
      method: 'POST',
      path: `${pagePath}/comments`,
      body: { text: 'Yük denemesi görüşü {n}: otobüs duraklarına gölgelik yapılmalı.', name: 'Deneme {n}' },
      headers: { 'x-forwarded-for': '{ip}' },
      numbered: true,
    },
  ];
  // Warm the routes (plans, JIT), then readers and commenters at once, then the constant endpoint alone.
  await runLoad(base, token, read, 5, 500);
  const [readers, commenters] = await Promise.all([
    runLoad(base, token, read, READERS, DURATION_MS),
    runLoad(base, token, comment, COMMENTERS, DURATION_MS),
  ]);
  const constant = await runLoad(
    base,
    token,
    [{ method: 'GET', path: '/api/health/live' }],
    READERS,
    DURATION_MS,
  );
  if (readers.failures + commenters.failures + constant.failures > 0)
    throw new Error(`requests failed under load: ${JSON.stringify({ readers, commenters, constant })}`);
  const [{ count }] = await dataSource.query<Array<{ count: number }>>(
    `SELECT count(*)::int AS count FROM consultation_comments WHERE consultation_id = $1 AND status = 'pending'`,
    [consultation.id],
  );
  console.log(
    `\nPublic consultation page: ${PUBLISHED} published comments, ${page.subjects.length} subjects, ${(bytes / 1024).toFixed(0)} KiB; ` +
      `${count} comments stored by the commenters (constant endpoint under ${READERS} clients: ${constant.rps.toFixed(0)} req/s, p99 ${constant.p99.toFixed(1)} ms)`,
  );
  reportThroughput(
    `public consultation page, ${READERS} readers beside ${COMMENTERS} commenters`,
    readers.rps,
    constant.rps,
  );
  reportRatio(`public consultation page, ${READERS} readers: p99 latency`, readers.p99, constant.p99);
  reportThroughput(
    `comments, ${COMMENTERS} anonymous commenters beside the readers`,
    commenters.rps,
    constant.rps,
  );
  reportRatio(`comments, ${COMMENTERS} commenters: p99 latency`, commenters.p99, constant.p99);
}
