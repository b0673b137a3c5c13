import { deflateSync } from 'node:zlib';

/**
 * A minimal PNG encoder (RFC 2083 / PNG spec 3rd ed.): 8-bit RGB, no interlace, filter type 0
 * on every row, one zlib stream. Enough for the simulator to hand out real images without an
 * image library. `encodeApng` adds the APNG animation chunks (acTL/fcTL/fdAT).
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, the one PNG chunks and zlib's crc32 use). */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

function ihdr(width: number, height: number): Buffer {
  const b = Buffer.alloc(13);
  b.writeUInt32BE(width, 0);
  b.writeUInt32BE(height, 4);
  b[8] = 8; // bit depth
  b[9] = 2; // colour type: truecolour (RGB)
  b[10] = 0; // compression: deflate
  b[11] = 0; // filter method 0
  b[12] = 0; // no interlace
  return b;
}

/** Prefixes each row of packed RGB with filter byte 0 and deflates the result. */
function imageData(width: number, height: number, rgb: Uint8Array): Buffer {
  const stride = width * 3;
  if (rgb.length !== stride * height) throw new Error(`expected ${stride * height} bytes of RGB, got ${rgb.length}`);
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    raw.set(rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return deflateSync(raw);
}

export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  checkSize(width, height);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr(width, height)), chunk('IDAT', imageData(width, height, rgb)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * An animated PNG that loops forever at `fps`. The first frame is also the default image, so
 * viewers without APNG support still show a valid still.
 */
export function encodeApng(width: number, height: number, frames: Uint8Array[], fps: number): Buffer {
  checkSize(width, height);
  if (frames.length === 0) throw new Error('an animation needs at least one frame');
  const actl = Buffer.alloc(8);
  actl.writeUInt32BE(frames.length, 0);
  actl.writeUInt32BE(0, 4); // loop forever
  const parts = [SIGNATURE, chunk('IHDR', ihdr(width, height)), chunk('acTL', actl)];
  let seq = 0;
  frames.forEach((rgb, i) => {
    const fctl = Buffer.alloc(26);
    fctl.writeUInt32BE(seq++, 0);
    fctl.writeUInt32BE(width, 4);
    fctl.writeUInt32BE(height, 8);
    fctl.writeUInt32BE(0, 12); // x offset
    fctl.writeUInt32BE(0, 16); // y offset
    fctl.writeUInt16BE(1, 20); // delay numerator
    fctl.writeUInt16BE(Math.max(1, Math.round(fps)), 22); // delay denominator: 1/fps s
    fctl[24] = 0; // dispose: none
    fctl[25] = 0; // blend: source
    parts.push(chunk('fcTL', fctl));
    const data = imageData(width, height, rgb);
    if (i === 0) {
      parts.push(chunk('IDAT', data));
    } else {
      const seqBytes = Buffer.alloc(4);
      seqBytes.writeUInt32BE(seq++);
      parts.push(chunk('fdAT', Buffer.concat([seqBytes, data])));
    }
  });
  parts.push(chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

function checkSize(width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new Error(`bad image size ${width}x${height}`);
}

/** Width and height from a PNG's IHDR, or undefined when the bytes are not a PNG. */
export function pngSize(data: Buffer): { width: number; height: number } | undefined {
  if (data.length < 24 || !data.subarray(0, 8).equals(SIGNATURE) || data.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
