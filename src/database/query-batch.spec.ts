import { describe, expect, it } from '@jest/globals';
import { inlined } from './query-batch.js';

describe('inlined', () => {
  it('writes scalars, arrays and NULL as quoted literals in place of $n', () => {
    const text = inlined({
      text: 'UPDATE t SET a = u.a FROM unnest($1::uuid[], $2::numeric[], $3::text[]) AS u(id, a, b) WHERE $4 AND $5 IS NULL',
      parameters: [['0b9d…'], [1.5, null, -0.25], ['Çarşı', 'NULL'], true, null],
    });
    expect(text).toBe(
      `UPDATE t SET a = u.a FROM unnest('{"0b9d…"}'::uuid[], '{"1.5",NULL,"-0.25"}'::numeric[], '{"Çarşı","NULL"}'::text[]) AS u(id, a, b) WHERE 'true' AND NULL IS NULL`,
    );
  });

  it.each([
    ['a quote', "O'Brien", `'{"O''Brien"}'`],
    ['a double quote', 'say "yes"', ` E'{"say \\\\"yes\\\\""}'`],
    ['a backslash', 'a\\b', ` E'{"a\\\\\\\\b"}'`],
    ['braces and commas', '{x},y', `'{"{x},y"}'`],
  ])('escapes %s inside an array element', (_, value, literal) => {
    expect(inlined({ text: 'SELECT $1::text[]', parameters: [[value]] })).toBe(`SELECT ${literal}::text[]`);
  });

  it('replaces $10 as the tenth parameter, not $1 followed by 0', () => {
    const parameters = Array.from({ length: 10 }, (_, index) => index + 1);
    expect(inlined({ text: 'SELECT $10, $1', parameters })).toBe("SELECT '10', '1'");
  });

  it.each([
    ['a statement holding a quoted literal', { text: "SELECT $1 || 'x'", parameters: [1] }],
    ['a placeholder without a parameter', { text: 'SELECT $2', parameters: [1] }],
    ['a number PostgreSQL does not store', { text: 'SELECT $1', parameters: [Number.NaN] }],
    ['an object', { text: 'SELECT $1', parameters: [{ a: 1 }] }],
  ])('refuses %s', (_, statement) => {
    expect(() => inlined(statement)).toThrow(/inlined/);
  });
});
