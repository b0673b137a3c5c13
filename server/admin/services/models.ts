import type { z } from 'zod';
import type { AdminModel, Capabilities, CreateModelRequest, DeletedModel, Pricing, UpdateModelRequest } from '../../../spec/native/admin/models.js';
import { GatewayError } from '../../errors/gateway-error.js';
import type { Capabilities as CapabilitiesRecord, ChannelBinding, ModelRecord, Pricing as PricingRecord } from '../../store/types.js';
import type { AdminActor } from '../admin-actor.js';
import { audit, conflict, defined, iso, listPage, notFound, pageById, type ListPage } from './common.js';
import type { AdminDeps } from './deps.js';

export type AdminModelWire = z.infer<typeof AdminModel>;
type PricingWire = z.infer<typeof Pricing>;

function toPricing(p: PricingWire): PricingRecord {
  return defined<PricingRecord>({
    inputPerMillion: p.input_per_million, cachedInputPerMillion: p.cached_input_per_million, cacheWritePerMillion: p.cache_write_per_million,
    outputPerMillion: p.output_per_million, reasoningPerMillion: p.reasoning_per_million, perImage: p.per_image,
    perVideoSecond: p.per_video_second, embeddingPerMillion: p.embedding_per_million,
  });
}

function fromPricing(p: PricingRecord): PricingWire {
  return defined<PricingWire>({
    input_per_million: p.inputPerMillion, cached_input_per_million: p.cachedInputPerMillion, cache_write_per_million: p.cacheWritePerMillion,
    output_per_million: p.outputPerMillion, reasoning_per_million: p.reasoningPerMillion, per_image: p.perImage,
    per_video_second: p.perVideoSecond, embedding_per_million: p.embeddingPerMillion,
  });
}

function toCapabilities(c: z.infer<typeof Capabilities>): CapabilitiesRecord {
  return defined<CapabilitiesRecord>({ tools: c.tools, vision: c.vision, thinking: c.thinking, jsonOutput: c.json_output });
}

function toBindings(list: { channel: string; upstream_model?: string | undefined }[]): ChannelBinding[] {
  return list.map((b) => (b.upstream_model !== undefined ? { channelId: b.channel, upstreamModel: b.upstream_model } : { channelId: b.channel }));
}

export function encodeAdminModel(m: ModelRecord): AdminModelWire {
  return {
    object: 'model', id: m.id, display_name: m.displayName, kind: m.kind, owned_by: m.ownedBy, supported_protocols: m.supportedProtocols,
    capabilities: { tools: m.capabilities.tools ?? false, vision: m.capabilities.vision ?? false, thinking: m.capabilities.thinking ?? false, json_output: m.capabilities.jsonOutput ?? false },
    context_window: m.contextWindow ?? null, max_output_tokens: m.maxOutputTokens ?? null, dimensions: m.dimensions ?? null,
    pricing: fromPricing(m.pricing),
    channels: m.channels.map((b) => (b.upstreamModel !== undefined ? { channel: b.channelId, upstream_model: b.upstreamModel } : { channel: b.channelId })),
    fallbacks: m.fallbacks ?? [],
    aliases: m.aliases ?? [],
    created_at: iso(m.createdAt), updated_at: iso(m.updatedAt),
  };
}

/**
 * Models and their channel bindings. Changes reach every gateway process through the change
 * counter; `/v1/models` shows the public part of the same records.
 */
export class ModelsService {
  constructor(private readonly deps: AdminDeps) {}

  async list(page: { cursor?: string | undefined; limit?: number | undefined }): Promise<ListPage<AdminModelWire>> {
    const r = pageById(await this.deps.store.listModels(), page);
    return listPage(r.items.map(encodeAdminModel), r.nextCursor);
  }

  async get(id: string): Promise<AdminModelWire> {
    return encodeAdminModel(await this.#require(id));
  }

  /** Ids are checked, then written: two concurrent creates of one id may both succeed (last wins). */
  async create(actor: AdminActor, input: z.infer<typeof CreateModelRequest>): Promise<AdminModelWire> {
    if (await this.deps.store.getModel(input.id)) throw conflict(`A model with id '${input.id}' already exists.`, 'id');
    await this.#checkChannels(input.channels);
    const now = this.deps.now();
    const record = defined<ModelRecord>({
      id: input.id, displayName: input.display_name ?? input.id, kind: input.kind ?? 'chat', ownedBy: input.owned_by ?? 'nexusflow',
      supportedProtocols: input.supported_protocols, capabilities: toCapabilities(input.capabilities ?? {}),
      contextWindow: input.context_window, maxOutputTokens: input.max_output_tokens, dimensions: input.dimensions,
      pricing: toPricing(input.pricing ?? {}), channels: toBindings(input.channels), fallbacks: input.fallbacks, aliases: input.aliases,
      createdAt: now, updatedAt: now,
    });
    await this.deps.store.upsertModel(record);
    await this.deps.changed();
    await audit(this.deps, actor, 'model.create', { type: 'model', id: input.id }, { ...input });
    return encodeAdminModel(record);
  }

  async update(actor: AdminActor, id: string, input: z.infer<typeof UpdateModelRequest>): Promise<AdminModelWire> {
    const current = await this.#require(id);
    if (input.channels !== undefined) await this.#checkChannels(input.channels);
    const next: ModelRecord = { ...current, updatedAt: this.deps.now() };
    if (input.display_name !== undefined) next.displayName = input.display_name;
    if (input.kind !== undefined) next.kind = input.kind;
    if (input.owned_by !== undefined) next.ownedBy = input.owned_by;
    if (input.supported_protocols !== undefined) next.supportedProtocols = input.supported_protocols;
    if (input.capabilities !== undefined) next.capabilities = toCapabilities(input.capabilities);
    if (input.context_window !== undefined) next.contextWindow = input.context_window ?? undefined;
    if (input.max_output_tokens !== undefined) next.maxOutputTokens = input.max_output_tokens ?? undefined;
    if (input.dimensions !== undefined) next.dimensions = input.dimensions ?? undefined;
    if (input.pricing !== undefined) next.pricing = toPricing(input.pricing);
    if (input.channels !== undefined) next.channels = toBindings(input.channels);
    if (input.fallbacks !== undefined) next.fallbacks = input.fallbacks ?? undefined;
    if (input.aliases !== undefined) next.aliases = input.aliases ?? undefined;
    await this.deps.store.upsertModel(defined(next));
    await this.deps.changed();
    await audit(this.deps, actor, 'model.update', { type: 'model', id }, { ...input });
    return encodeAdminModel(next);
  }

  async delete(actor: AdminActor, id: string): Promise<z.infer<typeof DeletedModel>> {
    if (!(await this.deps.store.deleteModel(id))) throw notFound('model', id);
    await this.deps.changed();
    await audit(this.deps, actor, 'model.delete', { type: 'model', id });
    return { object: 'model', id, deleted: true };
  }

  /** A binding must name an existing channel: a typo would otherwise leave the model unroutable. */
  async #checkChannels(bindings: { channel: string }[]): Promise<void> {
    const known = new Set((await this.deps.store.listChannels()).map((c) => c.id));
    bindings.forEach((b, i) => {
      if (!known.has(b.channel)) throw new GatewayError('invalid_request', `No channel with id '${b.channel}'; create it first.`, { param: `channels[${i}].channel` });
    });
  }

  async #require(id: string): Promise<ModelRecord> {
    const m = await this.deps.store.getModel(id);
    if (!m) throw notFound('model', id);
    return m;
  }
}
