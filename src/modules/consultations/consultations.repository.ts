import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  CommentStatus,
  ConsultationResults,
  PublicConsultationSummary,
} from '../../contracts/consultations.js';
import { TIME_ZONE } from '../../common/clock.js';
import { consultationPhase, isPublicPhase, type PlanSubjects } from './consultation-rules.js';

/** A comment's links by code: the finding or need and the target it led to. */
export interface LinkCodes {
  finding: string | null;
  target: string | null;
}

/** A comment that led somewhere in the plan (GET …/consultation-inputs). */
export interface CommentLinkCodes extends LinkCodes {
  consultationId: string;
  consultationTitle: string;
  commentId: string;
  text: string;
  status: CommentStatus;
}

/** The aggregations and joined reads of the consultations, in SQL: plain rows, no entity hydration. */
@Injectable()
export class ConsultationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Comments per status of each consultation. */
  async statusCounts(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Record<CommentStatus, number>>> {
    const counts = new Map<string, Record<CommentStatus, number>>();
    if (ids.length === 0) return counts;
    const rows = await manager.query<Array<{ id: string; status: CommentStatus; count: number }>>(
      `SELECT consultation_id AS id, status, count(*)::int AS count
         FROM consultation_comments WHERE consultation_id = ANY($1::uuid[])
        GROUP BY consultation_id, status`,
      [ids],
    );
    for (const row of rows) {
      const entry = counts.get(row.id) ?? { pending: 0, published: 0, hidden: 0 };
      entry[row.status] = row.count;
      counts.set(row.id, entry);
    }
    return counts;
  }

  /** Counts by subject (plan order, the consultation as a whole first) and by Istanbul day. */
  async results(consultationId: string, publishedOnly: boolean): Promise<ConsultationResults> {
    const filter = publishedOnly ? `AND c.status = 'published'` : '';
    const bySubject = await this.dataSource.query<Array<{ subjectCode: string | null; count: number }>>(
      `SELECT c.subject_code AS "subjectCode", count(*)::int AS count
         FROM consultation_comments c
         LEFT JOIN aims a ON a.plan_id = c.plan_id AND a.code = c.subject_code
         LEFT JOIN targets t ON t.plan_id = c.plan_id AND t.code = c.subject_code
         LEFT JOIN aims ta ON ta.id = t.aim_id
        WHERE c.consultation_id = $1 ${filter}
        GROUP BY c.subject_code, a.position, ta.position, t.position
        ORDER BY c.subject_code IS NOT NULL, coalesce(a.position, ta.position), t.position NULLS FIRST, c.subject_code`,
      [consultationId],
    );
    const byDay = await this.dataSource.query<Array<{ day: string; count: number }>>(
      `SELECT to_char(c.created_at AT TIME ZONE '${TIME_ZONE}', 'YYYY-MM-DD') AS day, count(*)::int AS count
         FROM consultation_comments c
        WHERE c.consultation_id = $1 ${filter}
        GROUP BY 1 ORDER BY 1`,
      [consultationId],
    );
    return { total: bySubject.reduce((sum, row) => sum + row.count, 0), bySubject, byDay };
  }

  /** The codes each comment of the consultation is linked to. */
  async linkCodes(
    consultationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, LinkCodes>> {
    const rows = await manager.query<Array<LinkCodes & { id: string }>>(
      `SELECT c.id, i.code AS finding, t.code AS target
         FROM consultation_comments c
         LEFT JOIN analysis_items i ON i.id = c.linked_item_id
         LEFT JOIN targets t ON t.id = c.linked_target_id
        WHERE c.consultation_id = $1 AND (c.linked_item_id IS NOT NULL OR c.linked_target_id IS NOT NULL)`,
      [consultationId],
    );
    return new Map(rows.map(({ id, finding, target }) => [id, { finding, target }]));
  }

  /** Every comment of the plan's consultations that led to a finding, need or target. */
  linkedComments(planId: string): Promise<CommentLinkCodes[]> {
    return this.dataSource.query<CommentLinkCodes[]>(
      `SELECT k.id AS "consultationId", k.title AS "consultationTitle", c.id AS "commentId", c.text,
              c.status, i.code AS finding, t.code AS target
         FROM consultation_comments c
         JOIN consultations k ON k.id = c.consultation_id
         LEFT JOIN analysis_items i ON i.id = c.linked_item_id
         LEFT JOIN targets t ON t.id = c.linked_target_id
        WHERE c.plan_id = $1 AND (c.linked_item_id IS NOT NULL OR c.linked_target_id IS NOT NULL)
        ORDER BY k.opens_on, c.created_at, c.id`,
      [planId],
    );
  }

  /** Open and closed consultations (on `today`) of an institution, or the one with `id` if it is. */
  async publicSummaries(
    where: { institutionId: string } | { id: string },
    today: string,
  ): Promise<PublicConsultationSummary[]> {
    const [column, value] = 'id' in where ? ['k.id', where.id] : ['k.institution_id', where.institutionId];
    const rows = await this.dataSource.query<
      Array<Omit<PublicConsultationSummary, 'phase'> & { openedAt: Date | null; closedAt: Date | null }>
    >(
      `SELECT k.id, k.institution_id AS "institutionId", k.plan_id AS "planId", p.title AS "planTitle", i.name AS "institutionName", k.title,
              k.description, k.scope, k.aim_code AS "aimCode", to_char(k.opens_on, 'YYYY-MM-DD') AS "opensOn",
              to_char(k.closes_on, 'YYYY-MM-DD') AS "closesOn", k.opened_at AS "openedAt",
              k.closed_at AS "closedAt",
              (SELECT count(*)::int FROM consultation_comments c
                WHERE c.consultation_id = k.id AND c.status = 'published') AS "publishedComments"
         FROM consultations k
         JOIN plans p ON p.id = k.plan_id
         JOIN institutions i ON i.id = k.institution_id
        WHERE ${column} = $1 AND k.opened_at IS NOT NULL AND k.opens_on <= $2::date
        ORDER BY k.closes_on DESC, k.title, k.id`,
      [value, today],
    );
    return rows.flatMap(({ openedAt, closedAt, ...row }) => {
      const phase = consultationPhase({ ...row, openedAt, closedAt }, today);
      return isPublicPhase(phase) ? [{ ...row, phase }] : [];
    });
  }

  async aimExists(planId: string, code: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query<unknown[]>('SELECT 1 FROM aims WHERE plan_id = $1 AND code = $2', [
      planId,
      code,
    ]);
    return rows.length > 0;
  }

  async planSubjects(planId: string, manager: EntityManager): Promise<PlanSubjects> {
    const rows = await this.subjectTitles(planId, manager);
    return {
      aims: rows.filter((row) => row.kind === 'aim'),
      targets: rows.flatMap((row) =>
        row.kind === 'target' && row.aimCode !== null ? [{ code: row.code, aimCode: row.aimCode }] : [],
      ),
    };
  }

  /** The plan's aims, each followed by its targets, with their titles. */
  subjectTitles(
    planId: string,
    manager: EntityManager,
  ): Promise<Array<{ code: string; title: string; kind: 'aim' | 'target'; aimCode: string | null }>> {
    return manager.query(
      `SELECT code, title, kind, "aimCode" FROM (
         SELECT a.code, a.title, 'aim' AS kind, NULL::text AS "aimCode", a.position AS aim_position, 0 AS position
           FROM aims a WHERE a.plan_id = $1
         UNION ALL
         SELECT t.code, t.title, 'target', a.code, a.position, t.position
           FROM targets t JOIN aims a ON a.id = t.aim_id WHERE t.plan_id = $1
       ) subjects ORDER BY aim_position, position`,
      [planId],
    );
  }

  /** When the address's comments of the window came (any consultation). */
  async recentComments(key: string, since: Date, manager: EntityManager): Promise<Date[]> {
    const rows = await manager.query<Array<{ at: Date }>>(
      `SELECT created_at AS at FROM consultation_comments WHERE address_key = $1 AND created_at > $2`,
      [key, since],
    );
    return rows.map((row) => row.at);
  }
}
