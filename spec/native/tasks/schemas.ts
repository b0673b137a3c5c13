/**
 * Schemas of the native tasks API (issue #7), shared by the spec (tasks.spec.ts) and the server.
 * Times are RFC 3339 strings in UTC and money is integer micro-credits, as in the admin API.
 */
import { z } from '../common.js';

export const Timestamp = z.iso.datetime({ offset: true });
export const Micro = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const TASK_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'canceled', 'expired'] as const;
export const TaskStatus = z.enum(TASK_STATUSES).openapi('TaskStatus', {
  description: 'queued (not yet sent upstream) → running → succeeded | failed | canceled | expired. The last four are terminal.',
});
export const TaskKind = z.enum(['image', 'video']).openapi('TaskKind');

/** Sizes as `WxH` (OpenAI) or `W*H` (DashScope); both mean the same. */
export const SIZE_PATTERN = /^[1-9][0-9]{1,4}[x*][1-9][0-9]{1,4}$/;

export const TaskInput = z.object({
  prompt: z.string().min(1).max(10_000),
  negative_prompt: z.string().min(1).max(2000).optional(),
  image_url: z.string().min(1).optional().openapi({ description: 'Image-to-video: the first frame, an https URL or a `data:image/…;base64,` URI.' }),
}).openapi('TaskInput');

export const TaskParameters = z.object({
  n: z.number().int().min(1).max(10).optional().openapi({ description: 'Images to generate (image tasks; DashScope takes at most 4). Default 1.' }),
  size: z.string().regex(SIZE_PATTERN).optional().openapi({ description: '`1024x1024`, `1280x720`, … Absent: the model\'s default.' }),
  duration: z.number().int().min(1).max(60).optional().openapi({ description: 'Video length in seconds (video tasks). Default 5.' }),
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
  quality: z.string().min(1).optional(),
  style: z.string().min(1).optional(),
}).catchall(z.unknown()).openapi('TaskParameters', {
  description: 'Generation parameters. Fields not listed here (e.g. DashScope `prompt_extend`, `watermark`, `resolution`) are passed to the upstream as given.',
});

export const CreateTaskRequest = z.object({
  model: z.string().min(1).max(128),
  kind: TaskKind,
  input: TaskInput,
  parameters: TaskParameters.optional(),
  callback_url: z.url().max(2048).optional().openapi({
    description: 'Receives one signed POST of the task when it reaches a terminal status (see getCallbackSecret). Private and loopback addresses are refused.',
  }),
}).openapi('CreateTaskRequest');

export const TaskFile = z.object({
  kind: TaskKind,
  url: z.string().openapi({ description: 'A signed gateway URL, valid until `expires_at`; fetch the task again for a fresh one.' }),
  expires_at: Timestamp,
  content_type: z.string(),
  bytes: z.number().int().min(0),
  width: z.number().int().min(1).optional(),
  height: z.number().int().min(1).optional(),
  duration_seconds: z.number().min(0).optional(),
  revised_prompt: z.string().optional(),
  placeholder: z.string().optional().openapi({ description: 'Present when the file only stands in for the real output (the simulator\'s video), saying what it is.' }),
}).openapi('TaskFile');

export const TaskError = z.object({
  code: z.string().openapi({
    description: 'invalid_request, content_filtered, insufficient_quota, generation_failed, upstream_error, upstream_rate_limited, model_not_found, no_channel_available, task_expired.',
  }),
  message: z.string(),
});

export const TaskUsage = z.object({
  images: z.number().int().min(0).nullable(),
  seconds: z.number().min(0).nullable(),
  cost: Micro.openapi({ description: 'Micro-credits charged; 0 unless the task succeeded.' }),
});

export const Task = z.object({
  object: z.literal('task'),
  id: z.string(),
  model: z.string(),
  kind: TaskKind,
  status: TaskStatus,
  input: z.record(z.string(), z.unknown()),
  parameters: z.record(z.string(), z.unknown()),
  callback_url: z.string().nullable(),
  created_at: Timestamp,
  updated_at: Timestamp,
  files: z.array(TaskFile).openapi({ description: 'The results (succeeded tasks), kept by the gateway past the vendor\'s 24 h retention.' }),
  error: TaskError.nullable(),
  usage: TaskUsage.nullable().openapi({ description: 'What was produced and charged; set once the task is terminal.' }),
}).openapi('Task');

export const TaskPath = z.object({ task_id: z.string().min(1).max(128) });

export const CallbackSecret = z.object({
  object: z.literal('callback_secret'),
  secret: z.string(),
  algorithm: z.literal('HMAC-SHA256'),
  signature_header: z.literal('x-nexusflow-signature'),
  timestamp_header: z.literal('x-nexusflow-timestamp'),
  signed_payload: z.literal('{timestamp}.{body}'),
}).openapi('CallbackSecret', {
  description: 'Verify a callback: hex HMAC-SHA256 with this secret over `<x-nexusflow-timestamp>.<raw body>`, compared with `x-nexusflow-signature` (`v1=<hex>`).',
});
