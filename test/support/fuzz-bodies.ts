import type { Rng } from '../../src/bench/plan-generator.js';

/** A JSON Schema of the app's OpenAPI document, as far as the fuzz test reads it. */
export interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
}

/** One malformed request body: its bytes as text and the content type it is sent with. */
export interface FuzzBody {
  kind: string;
  contentType: string | null;
  text: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Bodies that are wrong whatever the route: no JSON, no object, the wrong content type. */
export function wholeBodyCases(rng: Rng): FuzzBody[] {
  const json = (kind: string, text: string): FuzzBody => ({ kind, contentType: 'application/json', text });
  return [
    json('empty body', ''),
    json('invalid JSON', rng.pick(['{', '{"a":}', "{'a':1}", '{"a":1,}', '[1,2', 'nul', '{"a":"\\x"}'])),
    json('a JSON array', '[{"a":1},2,"3"]'),
    json('JSON null', 'null'),
    json('a JSON string', '"text"'),
    json('a JSON number', '1e999'),
    json('nesting past the limit', `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`),
    json('nesting of 2,000 levels in 4 KB', `{"a":${'['.repeat(2000)}${']'.repeat(2000)}}`),
    json('prototype poisoning', '{"__proto__":{"isSuperadmin":true},"a":1}'),
    { kind: 'text/plain', contentType: 'text/plain', text: '{"a":1}' },
    { kind: 'a form', contentType: 'application/x-www-form-urlencoded', text: 'a=1&b=%00' },
    {
      kind: 'multipart',
      contentType: 'multipart/form-data; boundary=b',
      text: '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--\r\n',
    },
    { kind: 'an .xlsx content type', contentType: XLSX, text: 'PK\u0003\u0004junk' },
    { kind: 'no content type', contentType: null, text: '{"a":1}' },
    { kind: 'XML', contentType: 'application/xml', text: '<a>1</a>' },
  ];
}

/** Bodies for a workbook upload route: anything but a workbook. */
export function uploadCases(): FuzzBody[] {
  return [
    { kind: 'empty workbook', contentType: XLSX, text: '' },
    { kind: 'not a zip', contentType: XLSX, text: 'PK\u0003\u0004 not really a zip' },
    { kind: 'JSON to an upload route', contentType: 'application/json', text: '{"a":1}' },
    { kind: 'text to an upload route', contentType: 'text/plain', text: 'a' },
  ];
}

/** Values that break a field of the given schema type, as JSON text (some only expressible as text). */
function malformedValues(schema: Schema, rng: Rng): Array<{ kind: string; text: string }> {
  const wrongType: Record<string, string[]> = {
    string: ['12345', 'true', '{}', '[]', '["x"]'],
    number: ['"12"', '"abc"', 'true', '{}', '[1]', '1.5e3000'],
    integer: ['"12"', '1.5', 'true', '{}', '[1]'],
    boolean: ['"true"', '1', '[]', '{}'],
    array: ['{}', '"x"', '1', '[null]', '[[[[[]]]]]', '[{"a":{"b":{}}}]'],
    object: ['[]', '"x"', '1', 'true', '{"":null}'],
  };
  const type = schema.enum ? 'string' : (schema.type ?? 'object');
  const candidates = [
    { kind: `wrong type for ${type}`, text: rng.pick(wrongType[type] ?? wrongType.object) },
    { kind: 'null', text: 'null' },
    {
      kind: 'huge number',
      text: rng.pick(['1e308', '-1e308', '9223372036854775807', '1e999', '-0', '2147483648', '-2147483649']),
    },
    {
      kind: 'NaN-like string',
      text: JSON.stringify(rng.pick(['NaN', 'Infinity', '-Infinity', '1e999', '0x1F', ' 12 ', '١٢', '12,5'])),
    },
    { kind: 'long string', text: JSON.stringify('ş'.repeat(rng.int(10_000, 40_000))) },
    {
      kind: 'unicode and NUL',
      text: JSON.stringify(
        rng.pick([
          'a\u0000b',
          '\ud800',
          '\udfff x',
          '𝓟𝓾𝓼𝓾𝓵𝓪 🧭',
          '\u202eevil',
          "'; DROP TABLE plans; --",
          '<script>alert(1)</script>',
          '../../etc/passwd',
        ]),
      ),
    },
    { kind: 'deep nesting within the limit', text: `${'['.repeat(25)}1${']'.repeat(25)}` },
    { kind: 'array for an object', text: '[{"a":1}]' },
    {
      kind: 'odd date',
      text: JSON.stringify(
        rng.pick(['2025-02-30', '0000-01-01', '99999-01-01', '2025-13-01', '2025-01-01T25:00:00Z']),
      ),
    },
    { kind: 'negative or fractional', text: rng.pick(['-1', '0', '0.5', '-999999999999', '3.14159']) },
  ];
  return candidates;
}

/** A plausible value for a schema: the base a single malformed field is put into. */
export function plausible(schema: Schema, resolve: (ref: string) => Schema, depth = 0): unknown {
  if (schema.$ref) return plausible(resolve(schema.$ref), resolve, depth);
  if (schema.allOf?.length) return plausible(schema.allOf[0], resolve, depth);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      return schema.format === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'Fuzz';
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return depth > 3 || !schema.items ? [] : [plausible(schema.items, resolve, depth + 1)];
    default: {
      if (depth > 3) return {};
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, property]) => [
          name,
          plausible(property, resolve, depth + 1),
        ]),
      );
    }
  }
}

/**
 * Bodies of a route's schema with one thing wrong: each field in turn gets malformed values
 * (wrong type, null, huge numbers, NaN-like strings, long strings, NUL and odd unicode, deep
 * nesting, arrays for objects, odd dates), plus an extra field and every field null.
 */
export function schemaCases(
  schema: Schema,
  resolve: (ref: string) => Schema,
  rng: Rng,
  perField: number,
): FuzzBody[] {
  const resolved = schema.$ref ? resolve(schema.$ref) : schema;
  const base = plausible(resolved, resolve) as Record<string, unknown>;
  const cases: FuzzBody[] = [];
  const withField = (name: string, raw: string): string => {
    const marker = `__FUZZ_${rng.int(0, 1e9)}__`;
    return JSON.stringify({ ...base, [name]: marker }).replace(JSON.stringify(marker), raw);
  };
  for (const [name, property] of Object.entries(resolved.properties ?? {})) {
    const target = property.$ref ? resolve(property.$ref) : property;
    for (const value of rng.shuffle(malformedValues(target, rng)).slice(0, perField)) {
      cases.push({
        kind: `${name}: ${value.kind}`,
        contentType: 'application/json',
        text: withField(name, value.text),
      });
    }
  }
  cases.push({
    kind: 'an extra field',
    contentType: 'application/json',
    text: JSON.stringify({ ...base, isSuperadmin: true, institutionId: 'x', __fuzz: [1] }),
  });
  cases.push({
    kind: 'every field null',
    contentType: 'application/json',
    text: JSON.stringify(Object.fromEntries(Object.keys(base).map((name) => [name, null]))),
  });
  return cases;
}

/** Mutations at random places of a whole document (the plan import): one leaf or branch replaced. */
export function documentCases(document: unknown, rng: Rng, count: number): FuzzBody[] {
  const cases: FuzzBody[] = [];
  for (let index = 0; index < count; index += 1) {
    const copy = JSON.parse(JSON.stringify(document)) as unknown;
    let node: unknown = copy;
    let parent: Record<string | number, unknown> | null = null;
    let key: string | number | null = null;
    let path = '';
    // Walk down at random, stopping anywhere below the root.
    for (let depth = 0; depth < 12; depth += 1) {
      if (typeof node !== 'object' || node === null) break;
      const keys: Array<string | number> = Array.isArray(node) ? node.map((_, at) => at) : Object.keys(node);
      if (keys.length === 0 || (depth > 0 && rng.chance(0.2))) break;
      parent = node as Record<string | number, unknown>;
      key = rng.pick(keys);
      path += `.${key}`;
      node = parent[key];
    }
    if (parent === null || key === null) continue;
    const marker = `__FUZZ_${index}__`;
    parent[key] = marker;
    const value = rng.pick(malformedValues({ type: 'string' }, rng));
    cases.push({
      kind: `document${path}: ${value.kind}`,
      contentType: 'application/json',
      text: JSON.stringify(copy).replace(JSON.stringify(marker), value.text),
    });
  }
  return cases;
}
