import type { SupportedProtocol } from '../canonical/protocol.js';
import { GatewayError } from '../errors/gateway-error.js';
import type { ModelRecord } from '../store/types.js';
import type { Principal } from './principal.js';
import type { Services } from './services.js';

/** Model lookup (catalog cache) → key allow-list → `supported_protocols` check. */
export function resolveModel(svc: Services, principal: Principal, modelId: string, protocol: SupportedProtocol): ModelRecord {
  // Catalog ids first, then aliases and name patterns (catalog/model-names.ts); a key's
  // allow-list names catalog ids.
  const model = svc.catalog.findModel(modelId, protocol);
  const allowed = principal.key.allowedModels;
  if (!model || (allowed !== undefined && !allowed.includes(model.id))) {
    // Models a key may not use are reported as missing: no hint of what exists.
    throw new GatewayError('model_not_found', `The model '${modelId}' does not exist or you do not have access to it.`, { param: 'model' });
  }
  if (!model.supportedProtocols.includes(protocol)) {
    throw new GatewayError(
      'protocol_not_supported',
      `The model '${modelId}' does not support ${protocol}. Its supported_protocols are: ${model.supportedProtocols.join(', ')}.`,
      { param: 'model' },
    );
  }
  return model;
}
