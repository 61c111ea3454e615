// Draws the add-in's ribbon icons (assets/icon-{16,32,64,80,128}.png): a blue clipboard with a
// white check mark — "a plan, ticked off". A tiny PNG encoder with zlib, no dependency.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

/** RGBA pixels → PNG bytes. */
export function encodePng(size, pixels) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const BLUE = [31, 78, 121, 255];
const CLIP = [191, 144, 0, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [46, 160, 67, 255];

/** The glyph in a 0..1 square, sampled 4×4 per pixel for smooth edges. */
function colourAt(x, y) {
  const inRect = (l, t, r, b) => x >= l && x <= r && y >= t && y <= b;
  const nearSegment = (ax, ay, bx, by, w) => {
    const dx = bx - ax,
      dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= w;
  };
  if (nearSegment(0.3, 0.55, 0.45, 0.72, 0.065) || nearSegment(0.45, 0.72, 0.74, 0.36, 0.065)) return GREEN;
  if (inRect(0.36, 0.04, 0.64, 0.18)) return CLIP;
  if (inRect(0.2, 0.2, 0.8, 0.88)) return WHITE;
  if (inRect(0.12, 0.1, 0.88, 0.96)) return BLUE;
  return null;
}

function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (colour === null) continue;
          for (let i = 0; i < 3; i++) sum[i] += colour[i];
          sum[3] += 255;
        }
      }
      const n = samples * samples;
      const covered = sum[3] / 255;
      const at = (py * size + px) * 4;
      if (covered > 0) for (let i = 0; i < 3; i++) pixels[at + i] = Math.round(sum[i] / covered);
      pixels[at + 3] = Math.round(sum[3] / n);
    }
  }
  return encodePng(size, pixels);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('assets', { recursive: true });
  for (const size of [16, 32, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, drawIcon(size));
  console.log('assets/icon-{16,32,64,80,128}.png');
}
