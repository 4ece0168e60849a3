/**
 * Charts of the activity report drawn on the server as PNG images (the .docx embeds them): a
 * small rasteriser of filled rectangles on an RGBA canvas and the PNG encoder (zlib from Node, the
 * CRC of the PNG specification). Plain JavaScript, no native or platform-specific package.
 */
import { deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

export const CHART_COLOURS = {
  background: [255, 255, 255],
  axis: [64, 64, 64],
  grid: [217, 217, 217],
  good: [84, 160, 84],
  warning: [230, 160, 40],
  poor: [200, 70, 60],
  neutral: [79, 129, 189],
} as const satisfies Record<string, Rgb>;

/** An RGBA canvas, top-left origin, white to begin with. */
export class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb = CHART_COLOURS.background,
  ) {
    this.pixels = new Uint8Array(width * height * 4);
    this.fillRect(0, 0, width, height, background);
  }

  /** Fills the rectangle [x, x + w) × [y, y + h), cut to the canvas. */
  fillRect(x: number, y: number, w: number, h: number, colour: Rgb): void {
    const left = Math.max(0, Math.round(x));
    const top = Math.max(0, Math.round(y));
    const right = Math.min(this.width, Math.round(x + w));
    const bottom = Math.min(this.height, Math.round(y + h));
    for (let row = top; row < bottom; row += 1) {
      for (let column = left; column < right; column += 1) {
        const at = (row * this.width + column) * 4;
        this.pixels[at] = colour[0];
        this.pixels[at + 1] = colour[1];
        this.pixels[at + 2] = colour[2];
        this.pixels[at + 3] = 255;
      }
    }
  }

  pixel(x: number, y: number): [number, number, number, number] {
    const at = (y * this.width + x) * 4;
    return [this.pixels[at], this.pixels[at + 1], this.pixels[at + 2], this.pixels[at + 3]];
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of the PNG specification (ISO 3309). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The canvas as a PNG file: 8-bit RGBA, each scan line with filter 0. */
export function encodePng(raster: Raster): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(raster.width, 0);
  header.writeUInt32BE(raster.height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const stride = raster.width * 4;
  const lines = Buffer.alloc((stride + 1) * raster.height);
  for (let row = 0; row < raster.height; row += 1) {
    lines[row * (stride + 1)] = 0;
    lines.set(raster.pixels.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(lines)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export interface Bar {
  /** The figure in percent; null draws no bar (no data is not 0). */
  value: number | null;
  colour: Rgb;
}

export interface BarChartLayout {
  width: number;
  height: number;
  /** The plot area inside the margins. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** The value at the top of the plot (100, or more when a bar goes beyond it, in steps of 50). */
  max: number;
  /** Each bar's left edge and width. */
  bars: Array<{ x: number; width: number }>;
}

/** Where a bar chart of `count` bars puts its plot and bars. */
export function barChartLayout(values: Array<number | null>, width = 640, height = 320): BarChartLayout {
  const plot = { left: 32, top: 12, right: width - 12, bottom: height - 24 };
  const highest = Math.max(100, ...values.map((value) => value ?? 0));
  const max = Math.min(200, Math.ceil(highest / 50) * 50);
  const slot = (plot.right - plot.left) / Math.max(1, values.length);
  const barWidth = Math.max(2, Math.floor(slot * 0.6));
  return {
    width,
    height,
    plot,
    max,
    bars: values.map((_, index) => ({
      x: Math.round(plot.left + slot * index + (slot - barWidth) / 2),
      width: barWidth,
    })),
  };
}

/** The y of `value` (clamped to 0..max) in the plot. */
function yOf(layout: BarChartLayout, value: number): number {
  const clamped = Math.min(layout.max, Math.max(0, value));
  const { top, bottom } = layout.plot;
  return Math.round(bottom - ((bottom - top) * clamped) / layout.max);
}

/**
 * A vertical bar chart of rates in percent: gridlines every 25, the axes, one bar per figure
 * (negative rates stay on the axis, rates beyond the top are cut at it). Answers the canvas.
 */
export function drawBarChart(bars: Bar[], width = 640, height = 320): Raster {
  const layout = barChartLayout(
    bars.map((bar) => bar.value),
    width,
    height,
  );
  const raster = new Raster(width, height);
  const { left, right, top, bottom } = layout.plot;
  for (let tick = 25; tick <= layout.max; tick += 25)
    raster.fillRect(left, yOf(layout, tick), right - left, 1, CHART_COLOURS.grid);
  bars.forEach((bar, index) => {
    if (bar.value === null) return;
    const y = yOf(layout, bar.value);
    const { x, width: barWidth } = layout.bars[index];
    raster.fillRect(x, y, barWidth, bottom - y, bar.colour);
  });
  raster.fillRect(left - 1, top, 1, bottom - top + 1, CHART_COLOURS.axis);
  raster.fillRect(left - 1, bottom, right - left + 1, 1, CHART_COLOURS.axis);
  return raster;
}

/** The colour of a rate by the plan's bands (the same thresholds as the workbooks). */
export function bandColour(rate: number | null, thresholds: { good: number; warning: number }): Rgb {
  if (rate === null) return CHART_COLOURS.neutral;
  return rate >= thresholds.good
    ? CHART_COLOURS.good
    : rate >= thresholds.warning
      ? CHART_COLOURS.warning
      : CHART_COLOURS.poor;
}
