/**
 * `npx tsx scripts/make-icons.ts`: draws Gloss's toolbar icon (a "G" whose
 * bar is the dotted underline of a marked term, on blue) into public/ at the
 * sizes browsers ask for. Plain PNG writing, no image library needed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [47, 111, 223];
const WHITE = [255, 255, 255];

/** Coverage of the shape at a point of the unit square (0..1), before anti-aliasing. */
function shape(x: number, y: number): 'bg' | 'fg' | 'none' {
  const r = 0.2; // corner radius of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 'none';
  // The G: a ring open on the right, with a bar into the middle.
  const dx = x - 0.5;
  const dy = y - 0.46;
  const d = Math.hypot(dx, dy);
  const angle = Math.atan2(dy, dx);
  const ring = d > 0.2 && d < 0.3 && !(angle > -0.9 && angle < 0.15);
  const bar = y > 0.44 && y < 0.53 && x > 0.5 && x < 0.8 && d < 0.31;
  // The dotted underline.
  const dots = y > 0.82 && y < 0.88 && x > 0.2 && x < 0.8 && Math.floor((x - 0.2) / 0.075) % 2 === 0;
  return ring || bar || dots ? 'fg' : 'bg';
}

function png(size: number): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let fg = 0;
      let bg = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const s = shape((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (s === 'fg') fg++;
          else if (s === 'bg') bg++;
        }
      }
      const n = samples * samples;
      const alpha = (fg + bg) / n;
      const mix = fg + bg === 0 ? 0 : fg / (fg + bg);
      for (let c = 0; c < 3; c++) row[1 + px * 4 + c] = Math.round(BLUE[c]! * (1 - mix) + WHITE[c]! * mix);
      row[1 + px * 4 + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

for (const size of [16, 32, 48, 128]) {
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size));
}
