import { crc32 as zlibCrc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodeApng, encodePng, pngSize } from '../../server/providers/simulator/png.js';
import { promptPattern } from '../../server/providers/simulator/pattern.js';

interface Chunk { type: string; data: Buffer; crcOk: boolean }

function chunks(png: Buffer): Chunk[] {
  const out: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    out.push({ type, data, crcOk: png.readUInt32BE(at + 8 + len) === zlibCrc32(png.subarray(at + 4, at + 8 + len)) });
    at += 12 + len;
  }
  return out;
}

describe('the simulator PNG encoder', () => {
  it('computes CRC-32 as zlib does', () => {
    for (const s of ['', 'IEND', 'hello world', 'x'.repeat(1000)]) expect(crc32(Buffer.from(s))).toBe(zlibCrc32(Buffer.from(s)));
  });

  it('writes a valid RGB PNG whose pixels decode back', () => {
    const rgb = promptPattern('a cat', 33, 17);
    const png = encodePng(33, 17, rgb);
    expect(pngSize(png)).toEqual({ width: 33, height: 17 });
    const cs = chunks(png);
    expect(cs.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(cs.every((c) => c.crcOk)).toBe(true);
    expect([...cs[0]!.data.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
    const raw = inflateSync(cs[1]!.data);
    expect(raw.length).toBe((33 * 3 + 1) * 17);
    for (let y = 0; y < 17; y++) {
      expect(raw[y * 100]).toBe(0);
      expect(raw.subarray(y * 100 + 1, (y + 1) * 100).equals(Buffer.from(rgb.subarray(y * 99, (y + 1) * 99)))).toBe(true);
    }
  });

  it('is deterministic per prompt and differs between prompts', () => {
    expect(encodePng(64, 64, promptPattern('a', 64, 64)).equals(encodePng(64, 64, promptPattern('a', 64, 64)))).toBe(true);
    expect(encodePng(64, 64, promptPattern('a', 64, 64)).equals(encodePng(64, 64, promptPattern('b', 64, 64)))).toBe(false);
  });

  it('writes an APNG: acTL, one fcTL per frame, IDAT then fdAT with increasing sequence numbers', () => {
    const frames = [0, 1, 2].map((f) => promptPattern('v', 8, 4, f));
    const cs = chunks(encodeApng(8, 4, frames, 4));
    expect(cs.map((c) => c.type)).toEqual(['IHDR', 'acTL', 'fcTL', 'IDAT', 'fcTL', 'fdAT', 'fcTL', 'fdAT', 'IEND']);
    expect(cs.every((c) => c.crcOk)).toBe(true);
    expect(cs[1]!.data.readUInt32BE(0)).toBe(3);
    const seqs = cs.filter((c) => c.type === 'fcTL' || c.type === 'fdAT').map((c) => c.data.readUInt32BE(0));
    expect(seqs).toEqual([0, 1, 2, 3, 4]);
  });
});
