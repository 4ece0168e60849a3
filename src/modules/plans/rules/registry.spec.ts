import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { RULE_CODES } from '../../../contracts/validation.js';
import { FIXTURE_TODAY, validPlanDocument } from '../test-fixtures.js';
import { RULE_CHECKERS } from './index.js';
import { comparePositions, ruleContext, type Position } from './rule-context.js';

/** The codes of the table in domain.md's section "Validation rules", in its order. */
function documentedRuleCodes(): string[] {
  const domain = readFileSync(new URL('../../../../docs/domain.md', import.meta.url), 'utf8');
  const section = domain.split('## Validation rules')[1].split('\n## ')[0];
  return [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]);
}

describe('RULE_CHECKERS', () => {
  it('has one checker per rule code of the contracts, in their order, but UPDATE_RULES', () => {
    expect(RULE_CHECKERS.map((checker) => checker.code)).toEqual(
      RULE_CODES.filter((code) => code !== 'UPDATE_RULES'),
    );
  });

  it('lists exactly the rules documented in domain.md, in its order', () => {
    expect(RULE_CHECKERS.map((checker) => checker.code)).toEqual(documentedRuleCodes());
  });

  it('gives each checker the severity domain.md documents for its code', () => {
    const domain = readFileSync(new URL('../../../../docs/domain.md', import.meta.url), 'utf8');
    for (const checker of RULE_CHECKERS) {
      expect(domain).toContain(`| \`${checker.code}\` | ${checker.severity} |`);
    }
  });

  it('has no two checkers reporting at one position of a broken plan', () => {
    const doc = validPlanDocument();
    const target = doc.plan.aims[0].targets[0];
    doc.plan.endYear = 2031;
    doc.units.push({ ...doc.units[0] });
    target.code = 'H9.9';
    target.responsibleUnit = 'NOPE';
    target.indicators[0].weight = 1;
    target.indicators[0].baseline = null;
    target.indicators[0].direction = 'koruma';
    doc.plan.aims[0].targets.push({ ...target, indicators: [] });
    const owners = new Map<string, string>();
    const context = ruleContext(doc, FIXTURE_TODAY, 'tr');
    let reported = 0;
    for (const checker of RULE_CHECKERS) {
      checker.check(context, {
        add(position: Position) {
          reported++;
          const key = position.join('.');
          expect(owners.get(key) ?? checker.code).toBe(checker.code);
          owners.set(key, checker.code);
        },
      });
    }
    expect(reported).toBeGreaterThan(5);
  });
});

describe('comparePositions', () => {
  it('orders element by element, a prefix before what it starts', () => {
    const positions: Position[] = [[4, 0, 1, 0, 6, 0, 0], [2, 1], [4, 0, 0], [4, 0, 1, 0, 2], [0], [4, 0, 1]];
    expect([...positions].sort(comparePositions)).toEqual([
      [0],
      [2, 1],
      [4, 0, 0],
      [4, 0, 1],
      [4, 0, 1, 0, 2],
      [4, 0, 1, 0, 6, 0, 0],
    ]);
  });
});
