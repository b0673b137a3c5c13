import type { FilesHandlers } from '../../../generated/files/routes.gen.js';
import { GatewayError } from '../../errors/gateway-error.js';
import type { HandlerResult, RequestContext } from '../../http/handler-types.js';
import type { Services } from '../../pipeline/services.js';

/**
 * GET /v1/files/{id}/content: the files the gateway keeps, for whoever holds a signed URL (no
 * API key). A forged or expired signature is 403 and says which; an unknown file is 404.
 */
export function filesHandlers(svc: Services): FilesHandlers<RequestContext, HandlerResult> {
  return {
    getFileContent: async (input) => {
      const { file_id: id } = input.params;
      const { expires, sig } = input.query;
      const check = svc.media.tasks.signer.verify(id, expires, sig);
      if (check === 'invalid') throw new GatewayError('permission_denied', 'The signature of this file URL is not valid.', { param: 'sig' });
      if (check === 'expired') throw new GatewayError('permission_denied', 'This file URL has expired; fetch the task (or generate the image) again for a fresh one.', { param: 'expires' });
      // Only task files are served here; other blobs (the signing key) never are, signed or not.
      const blob = /^file_[A-Za-z0-9_]+$/.test(id) ? await svc.media.tasks.blobs.get(id) : null;
      if (!blob) throw new GatewayError('not_found', 'No such file.');
      const remaining = Math.max(0, expires - Math.floor(Date.now() / 1000));
      return {
        kind: 'binary',
        contentType: blob.meta.contentType,
        // The bytes never change for an id; caching may last as long as the URL does.
        headers: { 'cache-control': `private, max-age=${remaining}, immutable`, 'content-length': String(blob.data.length) },
        body: blob.data,
      };
    },
  };
}
