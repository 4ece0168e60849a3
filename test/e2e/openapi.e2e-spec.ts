import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../support/create-test-app.js';

/**
 * Issue 9, point 12: OpenAPI names a request schema after its DTO class, so two DTO classes of
 * one name are one schema and one route documents the other's body (POST …/updates showed the
 * PATCH of an indicator as its added indicators). Every DTO class name is unique, and the update's
 * schema is the update's.
 */

interface Schema {
  $ref?: string;
  type?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

let t: TestApp;
let doc: OpenApiDocument;

beforeAll(async () => {
  t = await createTestApp();
  const response = await t.api.get<OpenApiDocument>('/api/docs/openapi.json');
  expect(response.status).toBe(200);
  doc = response.body;
});
afterAll(async () => {
  await t.close();
});

function bodyRef(path: string, method: string): string | undefined {
  return doc.paths[path]?.[method]?.requestBody?.content['application/json']?.schema.$ref;
}

function schema(ref: string | undefined): Schema {
  const name = (ref ?? '').replace('#/components/schemas/', '');
  const found = doc.components.schemas[name];
  if (!found) throw new Error(`no schema ${ref}`);
  return found;
}

describe('the OpenAPI document', () => {
  it("gives POST …/updates the plan update's schema, its added indicators a whole target card row", () => {
    const update = schema(bodyRef('/api/plans/{planId}/updates', 'post'));
    expect(bodyRef('/api/plans/{planId}/updates', 'post')).toBe('#/components/schemas/PlanUpdateDto');
    expect(update.properties?.indicators?.items?.$ref).toBe('#/components/schemas/AddedIndicatorDto');
    const added = schema(update.properties?.indicators?.items?.$ref);
    expect(added.required).toEqual(
      expect.arrayContaining([
        'target',
        'code',
        'name',
        'weight',
        'direction',
        'valueType',
        'baseline',
        'targets',
      ]),
    );
    expect(added.properties).not.toHaveProperty('version');
  });

  it('gives PATCH of an indicator its own schema: optional fields and a version, no target', () => {
    const ref = bodyRef('/api/plans/{planId}/indicators/{code}', 'patch');
    expect(ref).toBe('#/components/schemas/UpdateIndicatorDto');
    const patch = schema(ref);
    expect(patch.properties).toHaveProperty('version');
    expect(patch.properties).not.toHaveProperty('target');
    expect(patch.required ?? []).toEqual([]);
  });

  it('names every DTO class once across the modules, so no schema stands for two bodies', async () => {
    const modules = join(process.cwd(), 'src', 'modules');
    const names: string[] = [];
    for (const feature of readdirSync(modules)) {
      let files: string[];
      try {
        files = readdirSync(join(modules, feature, 'dto')).filter((file) => file.endsWith('.ts'));
      } catch {
        continue;
      }
      for (const file of files) {
        const exported = (await import(pathToFileURL(join(modules, feature, 'dto', file)).href)) as Record<
          string,
          unknown
        >;
        for (const value of Object.values(exported)) if (typeof value === 'function') names.push(value.name);
      }
    }
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
});
