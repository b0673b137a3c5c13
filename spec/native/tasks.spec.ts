/**
 * The native tasks API (issue #7): asynchronous image and video generation, polled upstream by
 * the gateway, with idempotent creation, cancel, signed callbacks and results kept by the gateway.
 * Authored in zod; `npm run generate` emits it as generated/tasks/ and generated/client/tasks/.
 */
import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { emitDocument, errorResponses, pageOf, PageQuery, z } from './common.js';
import { CallbackSecret, CreateTaskRequest, Task, TaskPath, TaskStatus } from './tasks/schemas.js';

const TaskList = pageOf(Task, 'TaskList');

export function buildOpenApiDocument(): unknown {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A NexusFlow API key: `Authorization: Bearer <key>`. Tasks belong to the key\'s account.',
  });
  const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });

  registry.registerPath({
    operationId: 'createTask', method: 'post', path: '/v1/tasks', tags: ['tasks'],
    summary: 'Create an image or video task',
    description: 'Holds the worst-case cost, answers at once with the queued task, and lets the gateway run it upstream. A repeated `Idempotency-Key` answers the task it created (409 if the request differs).',
    request: {
      headers: z.object({ 'Idempotency-Key': z.string().min(1).max(255).optional().openapi({ description: 'Same key, same account → the same task.' }) }),
      body: {
        required: true,
        content: {
          'application/json': {
            schema: CreateTaskRequest,
            examples: {
              image: { summary: 'One image', value: { model: 'wan2.6-t2i', kind: 'image', input: { prompt: 'A futuristic city at sunset, cyberpunk style' }, parameters: { size: '1024x1024', n: 1 } } },
              video: { summary: 'A five-second video', value: { model: 'wan2.6-t2v', kind: 'video', input: { prompt: 'Waves on a beach at dawn' }, parameters: { size: '1280x720', duration: 5 } } },
              'bad-kind': { summary: 'Unknown kind', value: { model: 'wan2.6-t2i', kind: 'audio', input: { prompt: 'x' } }, 'x-nexusflow-expect-status': 400, 'x-nexusflow-expect-issue-path': 'kind' },
              'no-prompt': { summary: 'Missing prompt', value: { model: 'wan2.6-t2i', kind: 'image', input: {} }, 'x-nexusflow-expect-status': 400, 'x-nexusflow-expect-issue-path': 'input.prompt' },
            },
          },
        },
      },
    },
    responses: { '200': json(Task, 'The task (new, or the one this Idempotency-Key created)'), ...errorResponses(registry, [400, 401, 404, 409, 429, 503]) },
  });

  registry.registerPath({
    operationId: 'listTasks', method: 'get', path: '/v1/tasks', tags: ['tasks'],
    summary: 'List the account\'s tasks, oldest first',
    request: { query: PageQuery.extend({ status: TaskStatus.optional() }) },
    responses: { '200': json(TaskList, 'A page of tasks'), ...errorResponses(registry, [400, 401, 429]) },
  });

  registry.registerPath({
    operationId: 'getCallbackSecret', method: 'get', path: '/v1/tasks/callback-secret', tags: ['tasks'],
    summary: 'The secret that signs this account\'s task callbacks',
    responses: { '200': json(CallbackSecret, 'The account\'s callback secret'), ...errorResponses(registry, [401, 429]) },
  });

  registry.registerPath({
    operationId: 'getTask', method: 'get', path: '/v1/tasks/{task_id}', tags: ['tasks'],
    summary: 'Get a task',
    request: { params: TaskPath },
    responses: { '200': json(Task, 'The task'), ...errorResponses(registry, [400, 401, 404, 429]) },
    'x-nexusflow-conformance-params': { task_id: 'task_conformance_unknown' },
    // Task ids are made by the server, so an empty gateway can only answer "not found".
    'x-nexusflow-conformance-expect-status': 404,
  });

  registry.registerPath({
    operationId: 'cancelTask', method: 'post', path: '/v1/tasks/{task_id}/cancel', tags: ['tasks'],
    summary: 'Cancel a task',
    description: 'A queued task is canceled at once. A running one only while the upstream has not started it (DashScope cancels PENDING jobs only); otherwise 409, and the task runs to its end and is charged if it succeeds. Canceling a canceled task answers it again.',
    request: { params: TaskPath },
    responses: { '200': json(Task, 'The canceled task'), ...errorResponses(registry, [400, 401, 404, 409, 429]) },
    'x-nexusflow-conformance-params': { task_id: 'task_conformance_unknown' },
    'x-nexusflow-conformance-expect-status': 404,
  });

  return emitDocument(registry, {
    title: 'NexusFlow tasks API',
    version: '1.0.0',
    description: 'Asynchronous image and video generation: create, poll, list, cancel; results hosted by the gateway; signed callbacks.',
  });
}
