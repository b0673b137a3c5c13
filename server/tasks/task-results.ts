import type { BlobStore } from '../blobs/blob-store.js';
import { GatewayError } from '../errors/gateway-error.js';
import { readBytes, type UpstreamClient } from '../http/upstream-client.js';
import type { MediaKind, MediaOutput } from '../providers/media-types.js';
import { pngSize } from '../providers/simulator/png.js';

/** A generated file as the task keeps it: the bytes are in the blob store under `id`. */
export interface StoredFile {
  id: string;
  kind: MediaKind;
  contentType: string;
  bytes: number;
  width?: number;
  height?: number;
  durationSeconds?: number;
  revisedPrompt?: string;
  placeholder?: string;
}

/** The largest file we copy from an upstream URL (a 15 s 1080p clip is well under this). */
const MAX_DOWNLOAD_BYTES = 512 * 1024 * 1024;

/** Deterministic per task and position, so a finalisation retried after a crash writes nothing twice. */
export function fileIdOf(taskId: string, index: number): string {
  return `file_${taskId.replace(/^task_/, '')}_${index}`;
}

/**
 * Copies a job's outputs into the blob store: bytes in hand are written as they are; URLs (the
 * vendor's 24-hour links, dashscope.md §3.4) are downloaded first. A file already stored under its
 * id is kept — after a crash the vendor's URL may have expired, but our copy has not.
 */
export class TaskResults {
  constructor(private readonly blobs: BlobStore, private readonly http: UpstreamClient, private readonly downloadTimeoutMs = 120_000) {}

  async keep(taskId: string, outputs: MediaOutput[], signal: AbortSignal): Promise<StoredFile[]> {
    const files: StoredFile[] = [];
    for (const [i, out] of outputs.entries()) {
      const id = fileIdOf(taskId, i);
      const existing = await this.blobs.head(id);
      let contentType: string;
      let bytes: number;
      let size: { width: number; height: number } | undefined;
      if (existing) {
        contentType = existing.contentType;
        bytes = existing.bytes;
      } else {
        const data = out.data ?? (await this.#download(out.url, signal));
        contentType = out.contentType ?? sniffContentType(data);
        bytes = data.length;
        size = pngSize(data);
        await this.blobs.putIfAbsent(id, data, contentType);
      }
      const file: StoredFile = { id, kind: out.kind, contentType, bytes };
      const width = size?.width ?? out.width;
      const height = size?.height ?? out.height;
      if (width !== undefined) file.width = width;
      if (height !== undefined) file.height = height;
      if (out.durationSeconds !== undefined) file.durationSeconds = out.durationSeconds;
      if (out.revisedPrompt !== undefined) file.revisedPrompt = out.revisedPrompt;
      if (out.placeholder !== undefined) file.placeholder = out.placeholder;
      files.push(file);
    }
    return files;
  }

  async #download(url: string | undefined, signal: AbortSignal): Promise<Buffer> {
    if (!url) throw new GatewayError('upstream_error', 'The upstream returned a result without a file.');
    const timeout = AbortSignal.timeout(this.downloadTimeoutMs);
    const both = AbortSignal.any([signal, timeout]);
    let res;
    try {
      res = await this.http.request({ url, method: 'GET', headers: {}, signal: both, timeouts: { firstByteMs: this.downloadTimeoutMs, idleMs: 30_000 } });
    } catch (err) {
      if (timeout.aborted) throw new GatewayError('upstream_timeout', 'Downloading the generated file timed out.');
      throw err;
    }
    if (res.status >= 300) {
      res.body.destroy();
      throw new GatewayError('upstream_error', `Downloading the generated file failed with status ${res.status}.`, { detail: url.split('?')[0] });
    }
    try {
      return await readBytes(res, MAX_DOWNLOAD_BYTES, both, 'The generated file is larger than the gateway keeps.');
    } catch (err) {
      if (timeout.aborted) throw new GatewayError('upstream_timeout', 'Downloading the generated file timed out.');
      throw err;
    }
  }
}

/** Content type from the first bytes, for upstreams that do not say. */
export function sniffContentType(data: Buffer): string {
  if (data.length >= 8 && data.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length >= 12 && data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (data.length >= 6 && data.toString('latin1', 0, 4) === 'GIF8') return 'image/gif';
  if (data.length >= 12 && data.toString('latin1', 4, 8) === 'ftyp') return 'video/mp4';
  return 'application/octet-stream';
}
