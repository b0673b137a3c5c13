import { createHash } from 'node:crypto';

/**
 * A deterministic picture of a prompt: its SHA-256 picks an 8×8 grid of colours and the
 * direction of a soft diagonal shade. The same prompt, size and index always give the same
 * pixels, so tests and demos are repeatable; different prompts look different.
 */
export function promptPattern(key: string, width: number, height: number, frame = 0): Uint8Array {
  const hash = createHash('sha256').update(key).digest();
  const grid = 8;
  const palette: Array<[number, number, number]> = [];
  for (let i = 0; i < grid * grid; i++) {
    const h = hash[i % hash.length]! ^ (i * 37);
    palette.push([(h * 7 + hash[(i + 1) % 32]!) & 0xff, (h * 13 + hash[(i + 5) % 32]!) & 0xff, (h * 29 + hash[(i + 11) % 32]!) & 0xff]);
  }
  const shift = (frame * 3) % grid;
  const rgb = new Uint8Array(width * height * 3);
  const cellW = width / grid;
  const cellH = height / grid;
  for (let y = 0; y < height; y++) {
    const row = Math.min(grid - 1, Math.floor(y / cellH));
    for (let x = 0; x < width; x++) {
      const col = (Math.min(grid - 1, Math.floor(x / cellW)) + shift) % grid;
      const [r, g, b] = palette[row * grid + col]!;
      // A shade of at most ±32 along the diagonal: smooth enough to compress well.
      const shade = Math.round((((x + y) % 64) - 32) * (hash[31]! & 1 ? 1 : -1));
      const o = (y * width + x) * 3;
      rgb[o] = clamp(r + shade);
      rgb[o + 1] = clamp(g + shade);
      rgb[o + 2] = clamp(b + shade);
    }
  }
  return rgb;
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : v;
}
