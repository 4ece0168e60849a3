import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '../contracts/auth.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { ConflictError } from '../common/app-error.js';
import { PlanDocumentService } from '../modules/plans/plan-document.service.js';
import { PlansService } from '../modules/plans/plans.service.js';
import { PreparationService } from '../modules/preparation/preparation.service.js';
import { writeDocumentRows } from '../modules/plans/plan-storage.repository.js';
import { setActor } from './actor.js';
import { seedDemoCouncil } from './seed-demo-council.js';
import { seedDemoProgramme } from './seed-demo-programme.js';
import { seedDemoProgrammeBudget } from './seed-demo-programme-budget.js';
import { seedDemoProgress } from './seed-demo-progress.js';
import { seedDemoBudgetProgress } from './seed-demo-budget-progress.js';
import { seedDemoActivityReport } from './seed-demo-activity-report.js';
import { DEMO_DRAFTS, DEMO_PLANS } from './demo/index.js';
import { KIZILTEPE_CONSULTATION } from './demo/kiziltepe-consultation.js';
import { addressKey, duplicateKey } from '../modules/consultations/consultation-rules.js';

/** The local demo's administrator; a server with DATABASE_URL names its own (PUSULA_ADMIN_*). */
export const DEMO_ADMIN = { email: 'admin@pusula.local', password: 'pusula-admin' };

/** One demo user per role (README): password pusula-demo. */
export const DEMO_USERS: Array<{
  email: string;
  name: string;
  roles: Array<{ institution: string; role: Role; units?: string[] }>;
}> = [
  {
    email: 'planlama@pusula.local',
    name: 'Ayşe Yıldız',
    roles: [
      { institution: 'Bilecik Belediyesi', role: 'planner' },
      { institution: 'Marmara Belediyeler Birliği', role: 'planner' },
      { institution: 'Kahramanmaraş Kent Meclisi', role: 'planner' },
      { institution: 'Kızıltepe Belediyesi', role: 'planner' },
    ],
  },
  {
    email: 'park@pusula.local',
    name: 'Mehmet Demir',
    roles: [{ institution: 'Bilecik Belediyesi', role: 'unit_manager', units: ['PARK', 'CEVRE'] }],
  },
  {
    email: 'meclis@pusula.local',
    name: 'Elif Kaya',
    roles: [{ institution: 'Bilecik Belediyesi', role: 'reviewer' }],
  },
  {
    email: 'sekreterlik@pusula.local',
    name: 'Zehra Aksoy',
    roles: [{ institution: 'Kahramanmaraş Kent Meclisi', role: 'secretariat' }],
  },
  {
    email: 'yonetici@pusula.local',
    name: 'Hasan Çelik',
    roles: [{ institution: 'Bilecik Belediyesi', role: 'admin' }],
  },
];
export const DEMO_PASSWORD = 'pusula-demo';

/**
 * Loads the demo plans written from shared/seeds (each in its own transaction) and the demo users.
 * The plans come in as the system's historical load (no signed-in user): their values carry no
 * status and are read as approved, as documents written before the workflow meant them, and the
 * audit entries say `geçmiş veri aktarımı (sistem)` (import-statuses.ts). A user's import of the
 * same documents would store them as submitted.
 */
export async function seedDemo(app: INestApplicationContext, log: (line: string) => void): Promise<string[]> {
  const documents = app.get(PlanDocumentService);
  const ids: string[] = [];
  for (const document of DEMO_PLANS) {
    const { id, warnings } = await documents.importDocument(document, 'tr', 'historical-load');
    ids.push(id);
    // A plan the council has accepted is published, so the public page has something to show;
    // a draft is refused by the publishing rule (409 PLAN_STATUS) and stays internal.
    const published = await app
      .get(PlansService)
      .setPublished(id, true)
      .then(
        () => true,
        (error: unknown) => {
          if (error instanceof ConflictError) return false;
          throw error;
        },
      );
    log(
      `Demo plan loaded: ${document.institution.name} — ${document.plan.title} (${id}, ${warnings.length} warning(s)${published ? ', published' : ''})`,
    );
  }
  for (const document of DEMO_DRAFTS) {
    // A half-written draft breaks rules an import refuses (a draft edited one record at a time is
    // let off them), so it is written as it stands: demo-plans.spec.ts pins exactly what it breaks.
    const id = await app.get(DataSource).transaction(async (manager) => {
      await setActor(manager, null, 'plan import');
      return writeDocumentRows(manager, document, null);
    });
    ids.push(id);
    await seedPreparation(app, id);
    await seedConsultation(app, id);
    log(
      `Demo draft loaded: ${document.institution.name} — ${document.plan.title} (${id}, half-written, with its preparation programme and a closed public consultation)`,
    );
  }
  const dataSource = app.get(DataSource);
  const passwordHash = await app.get(AuthService).hashNewPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await dataSource.transaction(async (manager) => {
      const [{ id }] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO users (email, name, password_hash, version) VALUES ($1, $2, $3, 1)
         ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [user.email, user.name, passwordHash],
      );
      for (const grant of user.roles) {
        await manager.query(
          `INSERT INTO memberships (user_id, institution_id, role) SELECT $1, i.id, $3 FROM institutions i WHERE i.name = $2
           ON CONFLICT (user_id, institution_id) DO UPDATE SET role = EXCLUDED.role`,
          [id, grant.institution, grant.role],
        );
        await manager.query(
          `INSERT INTO membership_units (user_id, institution_id, unit_id)
           SELECT $1, u.institution_id, u.id FROM units u JOIN institutions i ON i.id = u.institution_id
            WHERE i.name = $2 AND u.code = ANY($3::text[])
           ON CONFLICT DO NOTHING`,
          [id, grant.institution, grant.units ?? []],
        );
      }
    });
  }
  // The log names no e-mail address (docs/deployment.md, "Logs"): the accounts by their local part.
  const local = DEMO_USERS.map((user) => user.email.split('@')[0]).join(', ');
  log(`Demo users (password ${DEMO_PASSWORD}, domain pusula.local, README): ${local}`);
  await seedDemoCouncil(app, log);
  await seedDemoProgramme(app, log);
  await seedDemoProgrammeBudget(app, log);
  await seedDemoBudgetProgress(app, log);
  await seedDemoProgress(app, log);
  await seedDemoActivityReport(app, log);
  return ids;
}

/**
 * The demo draft's preparation programme (planning-cycle.md 1): a planning team of three, with
 * the consultant the Kızıltepe announcement names (seed 004), and the default steps between the
 * 2019 election and its deadline; the first two are done, the third is under way.
 */
async function seedPreparation(app: INestApplicationContext, planId: string): Promise<void> {
  const preparation = app.get(PreparationService);
  const coordinator = await preparation.addMember(planId, {
    name: 'Zeynep Aslan',
    title: 'Strateji Geliştirme Müdürü',
    role: 'coordinator',
    unitCode: 'STRATEJI',
  });
  const consultant = await preparation.addMember(planId, {
    name: 'Hüseyin Güler',
    title: 'Stratejik Plan Danışmanı',
    role: 'member',
  });
  const park = await preparation.addMember(planId, {
    name: 'Ahmet Yıldırım',
    title: 'Park ve Bahçeler Müdürü',
    role: 'member',
    unitCode: 'PARK',
  });
  const steps = await preparation.addDefaultSteps(planId);
  const owners = [
    coordinator,
    consultant,
    coordinator,
    consultant,
    park,
    coordinator,
    coordinator,
    coordinator,
  ];
  for (const [index, step] of steps.entries()) {
    const done = index < 2;
    await preparation.updateStep(planId, step.id, {
      version: step.version,
      ownerId: owners[index]?.id ?? null,
      ...(done
        ? { status: 'done' as const, doneDate: step.dueDate }
        : index === 2
          ? { status: 'in-progress' as const }
          : {}),
    });
  }
}

/**
 * The demo draft's public consultation (demo/kiziltepe-consultation.ts): closed, its comments
 * moderated as a planner would have, each linked to the finding, need or target it led to.
 */
async function seedConsultation(app: INestApplicationContext, planId: string): Promise<void> {
  const demo = KIZILTEPE_CONSULTATION;
  await app.get(DataSource).transaction(async (manager) => {
    await setActor(manager, null, 'demo consultation');
    const [{ id, institution_id: institutionId }] = await manager.query<
      Array<{ id: string; institution_id: string }>
    >(
      `INSERT INTO consultations (institution_id, plan_id, title, description, scope, opens_on, closes_on, opened_at, version)
       SELECT institution_id, id, $2, $3, $4, $5, $6, $7, 1 FROM plans WHERE id = $1
       RETURNING id, institution_id`,
      [planId, demo.title, demo.description, demo.scope, demo.opensOn, demo.closesOn, demo.openedAt],
    );
    for (const [index, comment] of demo.comments.entries()) {
      await manager.query(
        `INSERT INTO consultation_comments (institution_id, plan_id, consultation_id, text, text_key, author_name,
           author_email, subject_code, status, hidden_reason, answer, answered_at, linked_item_id, linked_target_id,
           address_key, created_at, updated_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
           (SELECT id FROM analysis_items WHERE plan_id = $2 AND code = $13),
           (SELECT id FROM targets WHERE plan_id = $2 AND code = $14), $15, $16, $16, 1)`,
        [
          institutionId,
          planId,
          id,
          comment.text,
          duplicateKey(comment.text),
          comment.authorName,
          comment.authorEmail,
          comment.subjectCode,
          comment.status,
          comment.hiddenReason ?? null,
          comment.answer ?? null,
          comment.answeredAt ?? null,
          comment.finding ?? null,
          comment.target ?? null,
          addressKey(`demo-${index}`),
          comment.at,
        ],
      );
    }
  });
}
