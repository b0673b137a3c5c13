import type { SupportedProtocol } from '../canonical/protocol.js';
import type { Catalog } from '../catalog/catalog.js';
import type { ApiKeyRecord, ModelRecord } from '../store/types.js';
import { checkPin } from './channel-pinning.js';

/**
 * The requested model followed by its declared `fallbacks` that can stand in for it: known, of the
 * same kind, serving the caller's protocol, and allowed for the caller's key (a fallback must not
 * become a way around the key's allow-list). Only the requested model's own list is used — no
 * fallbacks of fallbacks — so the chain is short, predictable and cannot loop.
 */
export function modelChain(model: ModelRecord, catalog: Catalog, key: ApiKeyRecord, protocol: SupportedProtocol): ModelRecord[] {
  const chain = [model];
  for (const id of model.fallbacks ?? []) {
    const m = catalog.getModel(id);
    if (!m || chain.some((c) => c.id === m.id)) continue;
    if (m.kind !== model.kind || !m.supportedProtocols.includes(protocol)) continue;
    if (key.allowedModels !== undefined && !key.allowedModels.includes(m.id)) continue;
    chain.push(m);
  }
  return chain;
}

/**
 * The models a request may be routed to: only the requested one when the caller pinned a channel
 * (checked against the key: channel-pinning.ts), else the requested model and its fallbacks.
 */
export function routeChain(model: ModelRecord, catalog: Catalog, key: ApiKeyRecord, protocol: SupportedProtocol, pinnedChannel: string | undefined): ModelRecord[] {
  if (pinnedChannel !== undefined) {
    checkPin(key, model, pinnedChannel);
    return [model];
  }
  return modelChain(model, catalog, key, protocol);
}
