import { describe, expect, it } from '@jest/globals';
import { inflateSync } from 'node:zlib';
import { barChartLayout, CHART_COLOURS, crc32, drawBarChart, encodePng, Raster } from './bar-chart-png.js';

/** Reads an 8-bit RGBA PNG with filter 0 back: width, height and the pixel at (x, y). */
function decode(png: Buffer): { width: number; height: number; at: (x: number, y: number) => number[] } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([body[8], body[9]]).toEqual([8, 6]);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const lines = inflateSync(Buffer.concat(data));
  const stride = width * 4 + 1;
  return {
    width,
    height,
    at: (x, y) => {
      expect(lines[y * stride]).toBe(0);
      const at = y * stride + 1 + x * 4;
      return [...lines.subarray(at, at + 4)];
    },
  };
}

describe('the PNG encoder', () => {
  it('computes the CRC-32 of the PNG specification ("IEND" → ae426082)', () => {
    expect(crc32(Buffer.from('IEND', 'latin1')).toString(16)).toBe('ae426082');
  });

  it('writes a 3 × 2 canvas that reads back pixel by pixel', () => {
    const raster = new Raster(3, 2);
    raster.fillRect(1, 0, 1, 2, [10, 20, 30]);
    const image = decode(encodePng(raster));
    expect([image.width, image.height]).toEqual([3, 2]);
    expect(image.at(0, 0)).toEqual([255, 255, 255, 255]);
    expect(image.at(1, 0)).toEqual([10, 20, 30, 255]);
    expect(image.at(1, 1)).toEqual([10, 20, 30, 255]);
    expect(image.at(2, 1)).toEqual([255, 255, 255, 255]);
  });
});

describe('the bar chart', () => {
  // 200 × 124 px: plot x 32..188, y 12..100 (88 px for 0..100); two slots of 78 px, bars 46 px wide
  // at x 48 and 126. 50 % reaches y 56, 100 % y 12; the gridline of 75 % is at y 34.
  const bars = [
    { value: 50, colour: CHART_COLOURS.good },
    { value: null, colour: CHART_COLOURS.poor },
  ];
  const layout = barChartLayout([50, null], 200, 124);

  it('lays the bars out in equal slots over 0–100', () => {
    expect(layout.max).toBe(100);
    expect(layout.plot).toEqual({ left: 32, top: 12, right: 188, bottom: 100 });
    expect(layout.bars).toEqual([
      { x: 48, width: 46 },
      { x: 126, width: 46 },
    ]);
  });

  it('draws 50 % half way up, nothing for a figure without data, and the axes and gridlines', () => {
    const image = decode(encodePng(drawBarChart(bars, 200, 124)));
    const green = [...CHART_COLOURS.good, 255];
    const white = [255, 255, 255, 255];
    expect(image.at(60, 99)).toEqual(green);
    expect(image.at(60, 56)).toEqual(green);
    expect(image.at(60, 55)).toEqual(white);
    expect(image.at(60, 34)).toEqual([...CHART_COLOURS.grid, 255]);
    // No data: no bar, white above the axis.
    expect(image.at(140, 99)).toEqual(white);
    expect(image.at(140, 60)).toEqual(white);
    // The axes.
    expect(image.at(31, 50)).toEqual([...CHART_COLOURS.axis, 255]);
    expect(image.at(100, 100)).toEqual([...CHART_COLOURS.axis, 255]);
  });

  it('raises the top to 150 for a rate of 120, and cuts a negative rate at the axis', () => {
    expect(barChartLayout([120, 30]).max).toBe(150);
    const image = decode(encodePng(drawBarChart([{ value: -40, colour: CHART_COLOURS.poor }], 200, 124)));
    // The one bar's slot is 156 px wide: the bar starts at x 63; nothing above the axis.
    expect(image.at(100, 99)).toEqual([255, 255, 255, 255]);
  });
});
