import type { OperationInput } from '../../../generated/runtime.gen.js';
import { formatCredits } from '../../billing/pricing.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { decodeImageRequest, encodeImagesResponse, type ImageDatum, type WireImageRequest } from '../../formats/openai/images.js';
import { principalOf, type HandlerResult, type RequestContext } from '../../http/handler-types.js';
import { resolveModel } from '../../pipeline/resolve-model.js';
import type { Services } from '../../pipeline/services.js';
import { gatewayErrorOf } from '../../tasks/task-errors.js';
import { readMeta } from '../../tasks/task-meta.js';
import { readResult } from '../../tasks/task-view.js';

/**
 * POST /v1/images/generations. Rides on a task: the request creates one (hold by size × n),
 * drives it here until it finishes or the deadline passes, and answers in OpenAI's shape. `url`
 * results are the gateway's own signed URLs (the files outlive the vendor's 24 h); `b64_json`
 * carries the bytes. On the deadline the job is left to the task runner: the caller gets 504
 * naming the task, and is charged only if the job then succeeds.
 */
export function createImageHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const principal = principalOf(ctx);
    const req = decodeImageRequest(input.body as WireImageRequest);
    const model = resolveModel(svc, principal, req.model ?? svc.media.defaultImageModel, 'openai:image-generations');
    ctx.observed.model = model.id;
    (await svc.rateLimits.admit(principal.key, 0)).settle(0);
    const tasks = svc.media.tasks;
    const baseUrl = tasks.baseUrlOf(ctx.headers);
    const deadline = svc.media.imageDeadlineMs;
    const { task } = await tasks.create(principal, {
      model, kind: 'image', input: req.input, parameters: req.parameters, origin: 'images', baseUrl, leasedForMs: deadline + 60_000,
    });
    const { task: done, handedOff } = await tasks.runInline(task, deadline, ctx.signal);
    if (done.channelId) ctx.observed.channel = done.channelId;
    const headers: Record<string, string> = { 'x-nexusflow-task-id': done.id };
    if (done.channelId) {
      headers['x-nexusflow-channel'] = done.channelId;
      const provider = svc.catalog.getChannel(done.channelId)?.provider;
      if (provider) headers['x-nexusflow-provider'] = provider;
    }
    if (handedOff) {
      throw new GatewayError(
        'upstream_timeout',
        `The image is still being generated upstream. It is kept as task ${done.id} (GET /v1/tasks/${done.id}) and charged only if it succeeds.`,
      );
    }
    if (done.status !== 'succeeded') throw gatewayErrorOf(done.error ?? { code: 'upstream_error', message: `The image task ended ${done.status}.` }, done.id);

    const data: ImageDatum[] = [];
    for (const file of readResult(done).files) {
      const item: ImageDatum = {};
      if (req.responseFormat === 'b64_json') {
        const blob = await tasks.blobs.get(file.id);
        if (!blob) throw new GatewayError('internal_error', `The generated file ${file.id} is missing.`);
        item.b64_json = blob.data.toString('base64');
      } else {
        item.url = tasks.signer.sign(file.id, baseUrl).url;
      }
      if (file.revisedPrompt !== undefined) item.revised_prompt = file.revisedPrompt;
      data.push(item);
    }
    headers['x-nexusflow-cost'] = formatCredits(readMeta(done).cost ?? 0);
    return { kind: 'json', headers, body: encodeImagesResponse(Math.floor(done.createdAt / 1000), data) };
  };
}
