import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { BlobStore } from '../blobs/blob-store.js';
import { createBlobStore } from '../blobs/create-blob-store.js';
import type { UsageWriter } from '../billing/usage-writer.js';
import type { Catalog } from '../catalog/catalog.js';
import { loadSigningKeys } from '../files/signing-key.js';
import type { UpstreamClient } from '../http/upstream-client.js';
import type { Metrics } from '../observability/metrics.js';
import { createMediaProviders } from '../providers/registry.js';
import type { Store } from '../store/store.js';
import type { ChannelRecord } from '../store/types.js';
import { newId } from '../util/ids.js';
import { DEFAULT_MEDIA_OPTIONS, type MediaOptions } from './media-options.js';
import { TaskService } from './task-service.js';

/** What the image and task front doors need, built once per gateway (Services.media). */
export interface MediaServices {
  tasks: TaskService;
  /** The model `/v1/images/generations` uses when the request names none (the SDKs send none by default). */
  defaultImageModel: string;
  /** How long `/v1/images/generations` waits for an asynchronous upstream before answering 504 and leaving the job to the runner. */
  imageDeadlineMs: number;
}

export interface MediaServicesDeps {
  store: Store;
  catalog: Catalog;
  usage: UsageWriter;
  metrics: Metrics;
  log: Logger;
  http: UpstreamClient;
  credentialOf: (channel: ChannelRecord) => string | undefined;
  /** Defaults to the store's companion blob store. */
  blobs?: BlobStore | undefined;
  options?: Partial<MediaOptions> | undefined;
}

/** Builds the task service (not started: `tasks.start()` once the app is ready). */
export async function createMediaServices(deps: MediaServicesDeps): Promise<MediaServices> {
  const o: MediaOptions = { ...DEFAULT_MEDIA_OPTIONS, ...dropUndefined(deps.options ?? {}) };
  const blobs = deps.blobs ?? (await createBlobStore(deps.store));
  const keys = await loadSigningKeys(o.signingKey, blobs);
  const tasks = new TaskService(
    { store: deps.store, catalog: deps.catalog, usage: deps.usage, metrics: deps.metrics, log: deps.log, http: deps.http, blobs, keys, providers: createMediaProviders(deps.http, deps.credentialOf) },
    {
      owner: `${hostname()}:${process.pid}:${newId('runner', 8)}`, leaseMs: o.taskLeaseMs, concurrency: o.taskConcurrency, idleMs: o.taskIdleMs,
      maxAgeMs: o.taskMaxAgeMs, maxSubmitAttempts: o.maxSubmitAttempts, fileUrlTtlSeconds: o.fileUrlTtlSeconds, publicBaseUrl: o.publicBaseUrl,
      allowPrivateCallbacks: o.allowPrivateCallbacks, callbackRetryDelaysMs: o.callbackRetryDelaysMs,
    },
  );
  return { tasks, defaultImageModel: o.defaultImageModel, imageDeadlineMs: o.imageDeadlineMs };
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
