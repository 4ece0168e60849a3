/**
 * The keyboard grid's rules with no DOM (the yearly-targets grid of the card editor): where an
 * arrow key or Enter moves the focus, and how a block pasted from a spreadsheet fills the cells.
 */

export interface Cell {
  row: number;
  col: number;
}

export interface CaretState {
  /** The caret (or selection) starts at the text's beginning / ends at its end. */
  atStart: boolean;
  atEnd: boolean;
}

/**
 * The cell a key moves to, or null when the key stays in the cell (the caret moves inside the
 * text, or the edge of the grid is reached). Left/right move across columns only when the caret
 * is at the text's edge, so a typed number can still be corrected; up/down and Enter move across
 * rows.
 */
export function moveInGrid(
  key: string,
  from: Cell,
  size: { rows: number; cols: number },
  caret: CaretState = { atStart: true, atEnd: true },
): Cell | null {
  let { row, col } = from;
  switch (key) {
    case 'ArrowLeft':
      if (!caret.atStart) return null;
      col -= 1;
      break;
    case 'ArrowRight':
      if (!caret.atEnd) return null;
      col += 1;
      break;
    case 'ArrowUp':
      row -= 1;
      break;
    case 'ArrowDown':
    case 'Enter':
      row += 1;
      break;
    default:
      return null;
  }
  if (row < 0 || col < 0 || row >= size.rows || col >= size.cols) return null;
  return { row, col };
}

/**
 * A pasted text as rows of cells: tab-separated columns, newline-separated rows (as a spreadsheet
 * copies them; a trailing newline is not a row). Null when the text is a single value, which the
 * cell takes as typed.
 */
export function parsePasteBlock(text: string): string[][] | null {
  const rows = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const cells = rows.map((line) => line.split('\t').map((cell) => cell.trim()));
  if (cells.length === 1 && cells[0].length === 1) return null;
  return cells;
}

/** The cells a pasted block fills from `from`; what falls outside the grid is left out. */
export function pasteTargets(
  block: string[][],
  from: Cell,
  size: { rows: number; cols: number },
): Array<Cell & { text: string }> {
  const filled: Array<Cell & { text: string }> = [];
  block.forEach((line, rowOffset) => {
    line.forEach((text, colOffset) => {
      const row = from.row + rowOffset;
      const col = from.col + colOffset;
      if (row < size.rows && col < size.cols) filled.push({ row, col, text });
    });
  });
  return filled;
}
