import { describe, expect, it } from '@jest/globals';
import { moveInGrid, parsePasteBlock, pasteTargets } from './grid.js';
import { parentPath, placeError } from './field-errors.js';

const size = { rows: 3, cols: 5 };

describe('keyboard grid', () => {
  it('moves with the arrow keys and Enter, and stops at the edges', () => {
    expect(moveInGrid('ArrowRight', { row: 0, col: 0 }, size)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid('ArrowLeft', { row: 0, col: 1 }, size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid('ArrowDown', { row: 0, col: 2 }, size)).toEqual({ row: 1, col: 2 });
    expect(moveInGrid('Enter', { row: 1, col: 2 }, size)).toEqual({ row: 2, col: 2 });
    expect(moveInGrid('ArrowUp', { row: 1, col: 2 }, size)).toEqual({ row: 0, col: 2 });
    expect(moveInGrid('ArrowLeft', { row: 0, col: 0 }, size)).toBeNull();
    expect(moveInGrid('ArrowRight', { row: 0, col: 4 }, size)).toBeNull();
    expect(moveInGrid('Enter', { row: 2, col: 0 }, size)).toBeNull();
    expect(moveInGrid('a', { row: 0, col: 0 }, size)).toBeNull();
  });

  it('leaves left/right to the caret while it is inside the text', () => {
    expect(moveInGrid('ArrowLeft', { row: 0, col: 2 }, size, { atStart: false, atEnd: true })).toBeNull();
    expect(moveInGrid('ArrowRight', { row: 0, col: 2 }, size, { atStart: true, atEnd: false })).toBeNull();
    expect(moveInGrid('ArrowDown', { row: 0, col: 2 }, size, { atStart: false, atEnd: false })).toEqual({
      row: 1,
      col: 2,
    });
  });

  it('reads a spreadsheet block: tabs are columns, newlines rows; one value is no block', () => {
    expect(parsePasteBlock('10\t20\t30\t40\t50')).toEqual([['10', '20', '30', '40', '50']]);
    expect(parsePasteBlock('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parsePasteBlock('1.234,5')).toBeNull();
    expect(parsePasteBlock('7\n')).toBeNull();
  });

  it('fills the cells from the focused one and drops what falls outside', () => {
    const block = [
      ['1', '2', '3'],
      ['4', '5', '6'],
    ];
    expect(pasteTargets(block, { row: 2, col: 3 }, size)).toEqual([
      { row: 2, col: 3, text: '1' },
      { row: 2, col: 4, text: '2' },
    ]);
    expect(pasteTargets([['10', '20', '30', '40', '50']], { row: 0, col: 0 }, size)).toHaveLength(5);
  });
});

describe('error paths', () => {
  it('walks a card-relative path up to its parents', () => {
    expect(parentPath('indicators[2].targets.2026')).toBe('indicators[2].targets');
    expect(parentPath('indicators[2].targets')).toBe('indicators[2]');
    expect(parentPath('indicators[2]')).toBe('indicators');
    expect(parentPath('title')).toBeNull();
  });

  it('places an error at its own field, else at the nearest field above it', () => {
    const present = new Set(['risks', 'indicators[0]', 'indicators[0].weight']);
    expect(placeError('indicators[0].weight', (path) => present.has(path))).toBe('indicators[0].weight');
    expect(placeError('risks[3]', (path) => present.has(path))).toBe('risks');
    expect(placeError('indicators[0].targets.2026', (path) => present.has(path))).toBe('indicators[0]');
    expect(placeError('needs[0]', (path) => present.has(path))).toBeNull();
  });
});
