import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../server/catalog/catalog.js';
import { parseCatalog } from '../../server/config/catalog-file.js';
import { modelChain, routeChain } from '../../server/routing/model-chain.js';
import type { ApiKeyRecord, ModelRecord } from '../../server/store/types.js';

const model = (id: string, extra: Partial<ModelRecord> = {}): ModelRecord =>
  ({ id, kind: 'chat', supportedProtocols: ['openai:chat-completions'], channels: [{ channelId: 'c' }], ...extra }) as unknown as ModelRecord;
const key = (extra: Partial<ApiKeyRecord> = {}): ApiKeyRecord => ({ id: 'k', allowChannelPinning: false, ...extra }) as unknown as ApiKeyRecord;

describe('model fallback chain', () => {
  const models = new Map([
    ['a', model('a', { fallbacks: ['missing', 'a', 'anthropic-only', 'embedder', 'b', 'c', 'b'] })],
    ['anthropic-only', model('anthropic-only', { supportedProtocols: ['anthropic:messages'] })],
    ['embedder', model('embedder', { kind: 'embedding' })],
    ['b', model('b', { fallbacks: ['d'] })],
    ['c', model('c')],
    ['d', model('d')],
  ]);
  const catalog = { getModel: (id: string) => models.get(id) } as unknown as Catalog;

  it('keeps known fallbacks of the same kind and protocol, once each, without following fallbacks of fallbacks', () => {
    expect(modelChain(models.get('a')!, catalog, key(), 'openai:chat-completions').map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('respects the key\'s allow-list', () => {
    expect(modelChain(models.get('a')!, catalog, key({ allowedModels: ['a', 'c'] }), 'openai:chat-completions').map((m) => m.id)).toEqual(['a', 'c']);
  });

  it('a pinned request stays on the requested model, and needs a key that may pin', () => {
    expect(() => routeChain(models.get('a')!, catalog, key(), 'openai:chat-completions', 'c')).toThrow(expect.objectContaining({ code: 'permission_denied', status: 403 }));
    expect(routeChain(models.get('a')!, catalog, key({ allowChannelPinning: true }), 'openai:chat-completions', 'c').map((m) => m.id)).toEqual(['a']);
    expect(() => routeChain(models.get('a')!, catalog, key({ allowChannelPinning: true }), 'openai:chat-completions', 'x')).toThrow(expect.objectContaining({ code: 'invalid_request' }));
  });

  it('the catalog file rejects a fallback that names no other model of the file', () => {
    const file = (fallbacks: string[]) => ({ channels: [{ id: 'c', provider: 'simulator' }], models: [{ id: 'a', supported_protocols: ['openai:chat-completions'], channels: [{ channel: 'c' }], fallbacks }, { id: 'b', supported_protocols: ['openai:chat-completions'], channels: [{ channel: 'c' }] }] });
    expect(() => parseCatalog(file(['b']), 't')).not.toThrow();
    expect(() => parseCatalog(file(['nope']), 't')).toThrow(/models\.0\.fallbacks\.0/);
    expect(() => parseCatalog(file(['a']), 't')).toThrow(/not another model/);
  });
});
