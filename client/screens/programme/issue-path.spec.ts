import { describe, expect, it } from '@jest/globals';
import { parentPath, pathsUp } from './issue-path.js';

describe('the paths of programme findings', () => {
  it('walks a finding up to the parts of the editor that hold it', () => {
    expect(pathsUp('targets[0].activities[12].unit')).toEqual([
      'targets[0].activities[12].unit',
      'targets[0].activities[12]',
      'targets[0].activities',
      'targets[0]',
      'targets',
    ]);
    expect(pathsUp('proposal.03')).toEqual(['proposal.03', 'proposal']);
    expect(pathsUp('proposal')).toEqual(['proposal']);
    expect(pathsUp('')).toEqual([]);
  });

  it('cuts at the last dot or bracket only', () => {
    expect(parentPath('transfers.offBudget.diger-yurt-ici')).toBe('transfers.offBudget');
    expect(parentPath('targets[1].indicators[0].figures')).toBe('targets[1].indicators[0]');
    expect(parentPath('targets[1]')).toBe('targets');
  });
});
