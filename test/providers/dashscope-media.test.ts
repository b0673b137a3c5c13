import { describe, expect, it } from 'vitest';
import { createBody, createPath, imageApiOf, nativeBase } from '../../server/providers/dashscope/endpoints.js';
import { parseCreate, parsePoll } from '../../server/providers/dashscope/parse-task.js';
import type { MediaJob } from '../../server/providers/media-types.js';
import type { ChannelRecord } from '../../server/store/types.js';

const channel = (baseUrl: string, options?: Record<string, unknown>): ChannelRecord => ({
  id: 'ds', name: 'ds', provider: 'dashscope', baseUrl, weight: 1, priority: 0, status: 'enabled', createdAt: 0, updatedAt: 0, ...(options ? { options } : {}),
});
const image: MediaJob = { kind: 'image', prompt: 'a cat', n: 2, size: { width: 1024, height: 1024 }, negativePrompt: 'dogs', extra: { watermark: false } };
const video: MediaJob = { kind: 'video', prompt: 'waves', n: 1, size: { width: 1280, height: 720 }, durationSeconds: 10, extra: {} };

describe('DashScope native requests (dashscope.md §3–§4)', () => {
  it('maps a channel URL to the region\'s native root and never invents a host', () => {
    expect(nativeBase(channel('https://dashscope-intl.aliyuncs.com/compatible-mode/v1'))).toBe('https://dashscope-intl.aliyuncs.com/api/v1');
    expect(nativeBase(channel('https://dashscope-us.aliyuncs.com/api/v1/'))).toBe('https://dashscope-us.aliyuncs.com/api/v1');
    expect(nativeBase(channel('https://ws1.ap-southeast-1.maas.aliyuncs.com'))).toBe('https://ws1.ap-southeast-1.maas.aliyuncs.com/api/v1');
    expect(() => nativeBase({ ...channel('x'), baseUrl: undefined } as unknown as ChannelRecord)).toThrow(/base_url/);
  });

  it('picks the endpoint and input format by model version', () => {
    const c = channel('https://h');
    expect(['wan2.6-t2i', 'wan2.7-t2i', 'wan3-t2i'].map((m) => imageApiOf(m, c))).toEqual(['messages', 'messages', 'messages']);
    expect(['wan2.5-t2i-preview', 'wan2.2-t2i-flash', 'wanx2.1-t2i-turbo', 'wanx2.0-t2i-turbo'].map((m) => imageApiOf(m, c))).toEqual(['prompt', 'prompt', 'prompt', 'prompt']);
    expect(imageApiOf('wan2.6-t2i', channel('https://h', { dashscopeImageApi: 'prompt' }))).toBe('prompt');
    expect(createPath(image, 'wan2.6-t2i', c)).toBe('/services/aigc/image-generation/generation');
    expect(createPath(image, 'wanx2.1-t2i-plus', c)).toBe('/services/aigc/text2image/image-synthesis');
    expect(createPath(video, 'wan2.6-t2v', c)).toBe('/services/aigc/video-generation/video-synthesis');
    expect(createPath(video, 'wan2.2-kf2v-flash', c)).toBe('/services/aigc/image2video/video-synthesis');
  });

  it('builds bodies: explicit n, W*H sizes, negative_prompt where each API wants it', () => {
    const c = channel('https://h');
    expect(createBody(image, 'wan2.6-t2i', c)).toEqual({
      model: 'wan2.6-t2i', input: { messages: [{ role: 'user', content: [{ text: 'a cat' }] }] },
      parameters: { watermark: false, n: 2, size: '1024*1024', negative_prompt: 'dogs' },
    });
    expect(createBody({ ...image, size: undefined as never }, 'wanx2.1-t2i-turbo', c)).toEqual({
      model: 'wanx2.1-t2i-turbo', input: { prompt: 'a cat', negative_prompt: 'dogs' }, parameters: { watermark: false, n: 2 },
    });
    expect(createBody(video, 'wan2.6-t2v', c)).toEqual({ model: 'wan2.6-t2v', input: { prompt: 'waves' }, parameters: { size: '1280*720', duration: 10 } });
    // Image-to-video takes `resolution` (extra), not `size`.
    expect(createBody({ ...video, imageUrl: 'https://x/a.png', extra: { resolution: '720P' } }, 'wan2.6-i2v', c)).toEqual({
      model: 'wan2.6-i2v', input: { prompt: 'waves', img_url: 'https://x/a.png' }, parameters: { resolution: '720P', duration: 10 },
    });
    expect(() => createBody({ ...image, n: 5 }, 'wan2.6-t2i', c)).toThrow(/at most 4/);
  });
});

describe('DashScope native task answers', () => {
  it('create: a task id is accepted; a flat error on HTTP 200 is a failure (or a retry when throttled)', () => {
    expect(parseCreate({ request_id: 'r', output: { task_id: 't1', task_status: 'PENDING' } }, image)).toEqual({ state: 'accepted', upstreamTaskId: 't1' });
    expect(parseCreate({ code: 'InvalidParameter', message: 'bad size', request_id: 'r' }, image)).toEqual({ state: 'failed', error: { code: 'invalid_request', message: 'InvalidParameter: bad size' } });
    expect(parseCreate({ code: 'DataInspectionFailed', message: 'Input data may contain inappropriate content.' }, image)).toMatchObject({ state: 'failed', error: { code: 'content_filtered' } });
    expect(parseCreate({ code: 'Throttling.RateQuota', message: 'slow down' }, image)).toMatchObject({ state: 'retry' });
  });

  it('poll: statuses, both image result shapes, video usage, failures', () => {
    const out = (o: Record<string, unknown>, usage?: Record<string, unknown>) => ({ request_id: 'r', output: { task_id: 't', ...o }, ...(usage ? { usage } : {}) });
    expect(parsePoll(out({ task_status: 'PENDING' }), image)).toEqual({ state: 'pending' });
    expect(parsePoll(out({ task_status: 'RUNNING' }), image)).toEqual({ state: 'running' });
    expect(parsePoll(out({ task_status: 'SUSPENDED' }), image)).toEqual({ state: 'running' });
    expect(parsePoll(out({ task_status: 'CANCELED' }), image)).toEqual({ state: 'canceled' });
    expect(parsePoll(out({ task_status: 'UNKNOWN' }), image)).toEqual({ state: 'expired' });
    // A failed *query* (flat body) is no verdict on the job.
    expect(parsePoll({ code: 'Throttling', message: 'x' }, image)).toMatchObject({ state: 'retry' });

    const wan26 = parsePoll(out(
      { task_status: 'SUCCEEDED', finished: true, choices: [{ message: { role: 'assistant', content: [{ image: 'https://oss/a.png', type: 'image' }] } }, { message: { content: [{ image: 'https://oss/b.png' }] } }] },
      { image_count: 2, size: '1024*1024', input_tokens: 0, output_tokens: 0, total_tokens: 0 },
    ), image);
    expect(wan26).toEqual({ state: 'succeeded', outputs: [{ kind: 'image', url: 'https://oss/a.png' }, { kind: 'image', url: 'https://oss/b.png' }], usage: { images: 2, source: 'upstream' } });

    const legacy = parsePoll(out(
      { task_status: 'SUCCEEDED', results: [{ url: 'https://oss/1.png', orig_prompt: 'a cat', actual_prompt: 'a fluffy cat' }, { code: 'DataInspectionFailed', message: 'filtered' }], task_metrics: { TOTAL: 2, SUCCEEDED: 1, FAILED: 1 } },
      { image_count: 1 },
    ), image);
    expect(legacy).toEqual({ state: 'succeeded', outputs: [{ kind: 'image', url: 'https://oss/1.png', revisedPrompt: 'a fluffy cat' }], usage: { images: 1, source: 'upstream' } });

    const noUsage = parsePoll(out({ task_status: 'SUCCEEDED', results: [{ url: 'https://oss/1.png' }] }), image);
    expect(noUsage).toMatchObject({ usage: { images: 1, source: 'estimated' } });

    const vid = parsePoll(out({ task_status: 'SUCCEEDED', video_url: 'https://oss/v.mp4', actual_prompt: 'waves, cinematic' }, { video_duration: 10, video_count: 1, SR: 720 }), video);
    expect(vid).toEqual({ state: 'succeeded', outputs: [{ kind: 'video', url: 'https://oss/v.mp4', contentType: 'video/mp4', revisedPrompt: 'waves, cinematic', width: 1280, height: 720 }], usage: { seconds: 10, source: 'upstream' } });
    expect(parsePoll(out({ task_status: 'SUCCEEDED', video_url: 'https://oss/v.mp4' }, { output_video_duration: 6 }), video)).toMatchObject({ usage: { seconds: 6 } });

    expect(parsePoll(out({ task_status: 'FAILED', code: 'InternalError.Algo', message: 'boom' }), image)).toEqual({ state: 'failed', error: { code: 'generation_failed', message: 'InternalError.Algo: boom' } });
    expect(parsePoll(out({ task_status: 'FAILED', code: 'DataInspectionFailed', message: 'Output data may contain inappropriate content.' }), image)).toMatchObject({ error: { code: 'content_filtered' } });
    expect(parsePoll(out({ task_status: 'SUCCEEDED', results: [{ code: 'DataInspectionFailed', message: 'all filtered' }] }), image)).toMatchObject({ state: 'failed', error: { code: 'generation_failed', message: 'DataInspectionFailed: all filtered' } });
  });
});
