import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * The id of an institution's first plan (the earliest start year), found by the institution's
 * name: the demo seeds that write through the services find the plan the demo loaded this way;
 * undefined when it is not there.
 */
export async function firstPlanId(
  app: INestApplicationContext,
  institution: string,
): Promise<string | undefined> {
  const [plan] = await app.get(DataSource).query<Array<{ id: string }>>(
    `SELECT p.id FROM plans p JOIN institutions i ON i.id = p.institution_id
      WHERE i.name = $1 ORDER BY p.start_year LIMIT 1`,
    [institution],
  );
  return plan?.id;
}
