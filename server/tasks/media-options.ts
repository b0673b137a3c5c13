/** Settings of images, videos and tasks (AppOptions.media; environment names in config/env.ts). */
export interface MediaOptions {
  /** NEXUSFLOW_SIGNING_KEY; when unset a random key is generated once and kept in the blob store. */
  signingKey: string | undefined;
  /** NEXUSFLOW_PUBLIC_BASE_URL: the origin in file URLs; else the Host the caller used. */
  publicBaseUrl: string | undefined;
  /** NEXUSFLOW_ALLOW_PRIVATE_CALLBACKS: let callbacks reach private and loopback addresses (tests, private networks). */
  allowPrivateCallbacks: boolean;
  /** NEXUSFLOW_DEFAULT_IMAGE_MODEL: the model of `/v1/images/generations` requests that name none. */
  defaultImageModel: string;
  /** NEXUSFLOW_IMAGE_DEADLINE_MS: how long `/v1/images/generations` waits on an asynchronous upstream. */
  imageDeadlineMs: number;
  /** NEXUSFLOW_FILE_URL_TTL_S: lifetime of signed file URLs. */
  fileUrlTtlSeconds: number;
  /** NEXUSFLOW_TASK_LEASE_MS: how long a claimed task is exclusive to one process. */
  taskLeaseMs: number;
  /** NEXUSFLOW_TASK_CONCURRENCY: task steps in flight per process. */
  taskConcurrency: number;
  /** NEXUSFLOW_TASK_IDLE_MS: how often an idle runner looks for due tasks. */
  taskIdleMs: number;
  /** NEXUSFLOW_TASK_MAX_AGE_MS: a task not finished by then expires (the vendors keep jobs 24 h). */
  taskMaxAgeMs: number;
  /** Upstream create attempts before a retryable error fails the task. */
  maxSubmitAttempts: number;
  /** Waits between callback retries. */
  callbackRetryDelaysMs: number[] | undefined;
}

export const DEFAULT_MEDIA_OPTIONS: MediaOptions = {
  signingKey: undefined,
  publicBaseUrl: undefined,
  allowPrivateCallbacks: false,
  defaultImageModel: 'wan2.6-t2i',
  imageDeadlineMs: 120_000,
  fileUrlTtlSeconds: 7 * 24 * 3600,
  taskLeaseMs: 60_000,
  taskConcurrency: 16,
  taskIdleMs: 1_000,
  taskMaxAgeMs: 25 * 3600 * 1000,
  maxSubmitAttempts: 3,
  callbackRetryDelaysMs: undefined,
};
