import { describe, expect, it } from '@jest/globals';
import type { StrategyTreeResponse } from '../../src/contracts/drafting.js';
import type { ValidationIssue } from '../../src/contracts/validation.js';
import { cardPath, groupIssues, locateIssue } from './validation-panel.js';

const tree: StrategyTreeResponse = {
  planId: 'p',
  aims: [
    {
      code: 'A1',
      title: 'Yeşil kent',
      position: 1,
      version: 1,
      targets: [
        { code: 'H1.1', title: 'Park', position: 1, version: 1, responsibleUnit: 'PARK', indicators: [] },
        { code: 'H1.2', title: 'Ağaç', position: 2, version: 1, responsibleUnit: 'PARK', indicators: [] },
      ],
    },
    { code: 'A2', title: 'Ulaşım', position: 2, version: 1, targets: [] },
  ],
};

const issue = (path: string, severity: 'error' | 'warning' = 'error'): ValidationIssue => ({
  code: 'WEIGHTS_SUM',
  severity,
  path,
  message: path,
});

describe('the validation panel maps issue paths to the tree', () => {
  it('names the target by its code and gives the card-relative field', () => {
    const located = locateIssue('plan.aims[0].targets[1].indicators[2].targets["2026"]', tree);
    expect(located.level).toBe('target');
    expect(located.aim?.code).toBe('A1');
    expect(located.target?.code).toBe('H1.2');
    expect(located.field).toBe('indicators[2].targets.2026');
    expect(locateIssue('plan.aims[0].targets[0].indicators', tree).field).toBe('indicators');
    expect(locateIssue('plan.aims[0].targets[0]', tree).field).toBe('');
  });

  it('keeps aim and plan fields in the workspace', () => {
    expect(locateIssue('plan.aims[1].code', tree)).toMatchObject({ level: 'aim', field: 'code' });
    expect(locateIssue('plan.aims[1].code', tree).aim?.code).toBe('A2');
    expect(locateIssue('plan.mission', tree)).toMatchObject({ level: 'plan', field: 'plan.mission' });
    // An index the tree does not have (read at another moment) falls back to the plan.
    expect(locateIssue('plan.aims[5].title', tree).level).toBe('plan');
    expect(locateIssue('plan.aims[0].targets[9].title', tree)).toMatchObject({ level: 'aim', field: '' });
  });

  it('rewrites quoted keys only', () => {
    expect(cardPath('activities[0].cost["2025"]')).toBe('activities[0].cost.2025');
    expect(cardPath('.title')).toBe('title');
  });

  it('groups the plan first, then aims and targets in tree order, errors before warnings', () => {
    const groups = groupIssues(
      [
        issue('plan.aims[1].title', 'warning'),
        issue('plan.aims[0].targets[1].indicators', 'warning'),
        issue('plan.aims[0].targets[0].title'),
        issue('plan.aims[0].targets[1].indicators[0].weight'),
        issue('institution.population', 'warning'),
      ],
      tree,
    );
    expect(groups.map((group) => group.aim?.code ?? 'plan')).toEqual(['plan', 'A1', 'A2']);
    const a1 = groups[1];
    expect(a1.targets.map((entry) => entry.target.code)).toEqual(['H1.1', 'H1.2']);
    expect(a1.targets[1].issues.map((entry) => entry.issue.severity)).toEqual(['error', 'warning']);
    expect(groups[2].issues).toHaveLength(1);
  });
});
