/**
 * Draws the toolbar icon (a speech bubble with a lock bar, in the product's teal) as PNGs
 * into assets/icon/. Run once with `node --import tsx scripts/make-icons.ts`; the PNGs are
 * committed, so builds do not need this script.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [0x0b, 0x6e, 0x69];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function pixel(size: number, x: number, y: number): number[] | null {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  // Rounded bubble.
  const inBubble = u > 0.08 && u < 0.92 && v > 0.1 && v < 0.74 && !cornerCut(u, v);
  const inTail = v >= 0.74 && v < 0.92 && u > 0.2 && u < 0.42 && u - 0.2 < (0.92 - v) * 1.2;
  if (!inBubble && !inTail) return null;
  // Lock: shackle and body.
  const dx = u - 0.5;
  const shackle = v > 0.2 && v < 0.44 && Math.abs(Math.hypot(dx, (v - 0.38) * 1.1) - 0.12) < 0.035;
  const body = v >= 0.38 && v < 0.64 && Math.abs(dx) < 0.2;
  return shackle || body ? WHITE : TEAL;
}

function cornerCut(u: number, v: number): boolean {
  const r = 0.14;
  const cx = u < 0.5 ? 0.08 + r : 0.92 - r;
  const cy = v < 0.42 ? 0.1 + r : 0.74 - r;
  const inCornerBox = (u < 0.08 + r || u > 0.92 - r) && (v < 0.1 + r || v > 0.74 - r);
  return inCornerBox && Math.hypot(u - cx, v - cy) > r;
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const p = pixel(size, x, y);
      if (p) row.set([p[0]!, p[1]!, p[2]!, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`assets/icon/${size}.png`, png(size));
