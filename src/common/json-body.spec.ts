import { describe, expect, it } from '@jest/globals';
import { buildMetropolitanPlan } from '../bench/plan-generator.js';
import { DEMO_PLANS } from '../database/demo/index.js';
import { AppError } from './app-error.js';
import {
  jsonDepth,
  jsonTooDeep,
  keepRawJson,
  LARGE_JSON_BYTES,
  MAX_JSON_DEPTH,
  rawJsonOf,
} from './json-body.js';

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('jsonDepth', () => {
  it('counts nested objects and arrays, and nothing for a scalar', () => {
    expect(jsonDepth(bytes('1'))).toBe(0);
    expect(jsonDepth(bytes('"x"'))).toBe(0);
    expect(jsonDepth(bytes('{}'))).toBe(1);
    expect(jsonDepth(bytes('{"a":[1,{"b":[]}],"c":{}}'))).toBe(4);
    expect(jsonDepth(bytes('[[],[],[[]]]'))).toBe(3);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepth(bytes('{"a":"[[[{{{"}'))).toBe(1);
    expect(jsonDepth(bytes('{"a":"x\\"[[[\\\\","b":[1]}'))).toBe(2);
    expect(jsonDepth(bytes('["\\\\",[["]]]"]]]'))).toBe(3);
  });

  it('reads multi-byte UTF-8 text without confusing its bytes for brackets', () => {
    expect(jsonDepth(bytes('{"ad":"Göstergeler ❯ 🧭 [ışık]","x":[{"ç":"]"}]}'))).toBe(3);
  });

  it('stops as soon as the limit is passed', () => {
    const deep = bytes('['.repeat(5_000_000));
    expect(jsonDepth(deep, 32)).toBe(33);
    expect(jsonDepth(bytes('['.repeat(200) + ']'.repeat(200)))).toBe(200);
  });

  it('leaves ample margin above the deepest real document: the demo plans and the metropolitan plan', () => {
    const documents = [...DEMO_PLANS, buildMetropolitanPlan()];
    const deepest = Math.max(...documents.map((document) => jsonDepth(bytes(JSON.stringify(document)))));
    expect(deepest).toBe(10);
    expect(MAX_JSON_DEPTH).toBeGreaterThanOrEqual(3 * deepest);
  });
});

describe('jsonTooDeep', () => {
  it('is a 400 with a stable code and the limit in the message', () => {
    const error = jsonTooDeep();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ statusCode: 400, code: 'JSON_TOO_DEEP' });
    expect(error.message).toContain(String(MAX_JSON_DEPTH));
  });
});

describe('raw bytes of a large body', () => {
  it('are kept beside a large parsed object only', () => {
    const large = bytes(`{"a":"${'x'.repeat(LARGE_JSON_BYTES)}"}`);
    const small = bytes('{"a":1}');
    const largeValue = { a: 'x' };
    const smallValue = { a: 1 };
    keepRawJson(largeValue, large);
    keepRawJson(smallValue, small);
    keepRawJson('text', large);
    expect(rawJsonOf(largeValue)).toBe(large);
    expect(rawJsonOf(smallValue)).toBeUndefined();
    expect(rawJsonOf({ a: 'x' })).toBeUndefined();
    expect(rawJsonOf('text')).toBeUndefined();
    expect(rawJsonOf(null)).toBeUndefined();
  });
});
