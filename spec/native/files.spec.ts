/**
 * Files the gateway hosts (generated images and videos), served at signed, expiring URLs. The
 * signature is the credential, so there is no API key: the URLs work in browsers and `<img>`.
 */
import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { emitDocument, errorResponses, z } from './common.js';

export function buildOpenApiDocument(): unknown {
  const registry = new OpenAPIRegistry();
  // Declared for the document's default security; this spec's one operation overrides it with none.
  registry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });
  const binary = { schema: z.string().openapi({ format: 'binary' }) };
  registry.registerPath({
    operationId: 'getFileContent', method: 'get', path: '/v1/files/{file_id}/content', tags: ['files'],
    summary: 'Download a file by its signed URL',
    description: 'URLs come from image responses and tasks. 403 when the signature is wrong or has expired (ask for the task again for a fresh URL), 404 when the file is gone.',
    security: [],
    request: {
      params: z.object({ file_id: z.string().min(1).max(200) }),
      query: z.object({
        expires: z.number().int().min(0).openapi({ description: 'Unix time (seconds) after which the URL stops working.' }),
        sig: z.string().min(1).max(200),
      }),
    },
    responses: {
      '200': {
        description: 'The file',
        content: { 'image/png': binary, 'image/apng': binary, 'image/jpeg': binary, 'image/webp': binary, 'video/mp4': binary, 'application/octet-stream': binary },
      },
      ...errorResponses(registry, [400, 403, 404]),
    },
    'x-nexusflow-conformance-params': { file_id: 'file_conformance_unknown' },
    'x-nexusflow-conformance-query': { expires: '4102444800', sig: 'not-a-signature' },
    'x-nexusflow-conformance-expect-status': 403,
  });
  return emitDocument(registry, {
    title: 'NexusFlow files',
    version: '1.0.0',
    description: 'Generated images and videos kept by the gateway, behind signed, expiring URLs.',
  });
}
