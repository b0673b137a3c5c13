import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SUPPORTED_PROTOCOLS } from '../canonical/protocol.js';
import type { ChannelRecord, ModelRecord, Pricing } from '../store/types.js';
import { ConfigError } from './env.js';

/**
 * The declarative catalog file (`NEXUSFLOW_CONFIG`, YAML or JSON): channels and models, applied
 * at start. Its JSON Schema is spec/config/catalog.schema.json (emitted from this zod schema).
 */
const micro = z.number().int().min(0);

const pricingSchema = z.object({
  input_per_million: micro.optional(),
  cached_input_per_million: micro.optional(),
  cache_write_per_million: micro.optional(),
  output_per_million: micro.optional(),
  reasoning_per_million: micro.optional(),
  per_image: z.record(z.string(), micro).optional(),
  per_video_second: micro.optional(),
  embedding_per_million: micro.optional(),
}).strict().describe('Prices in integer micro-credits (1 credit = 1,000,000); token prices per million tokens.');

const channelSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
  name: z.string().optional(),
  provider: z.enum(['simulator', 'openai-compatible', 'openai-responses', 'anthropic', 'gemini', 'dashscope']),
  base_url: z.string().url().optional(),
  credential_env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/).optional().describe('Name of the environment variable that holds the credential.'),
  weight: z.number().int().min(0).default(1),
  priority: z.number().int().default(0),
  status: z.enum(['enabled', 'disabled']).default('enabled'),
  quirks: z.record(z.string(), z.unknown()).optional(),
  options: z.record(z.string(), z.unknown()).optional(),
}).strict();

const modelSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9._:/-]{1,128}$/),
  display_name: z.string().optional(),
  kind: z.enum(['chat', 'embedding', 'image', 'video']).default('chat'),
  owned_by: z.string().default('nexusflow'),
  supported_protocols: z.array(z.enum(SUPPORTED_PROTOCOLS)).min(1),
  capabilities: z.object({ tools: z.boolean().optional(), vision: z.boolean().optional(), thinking: z.boolean().optional(), json_output: z.boolean().optional() }).strict().default({}),
  context_window: z.number().int().min(1).optional(),
  max_output_tokens: z.number().int().min(1).optional(),
  dimensions: z.number().int().min(1).optional(),
  pricing: pricingSchema.default({}),
  channels: z.array(z.object({ channel: z.string(), upstream_model: z.string().optional() }).strict()).min(1),
  fallbacks: z.array(z.string()).optional(),
  aliases: z.array(z.string().min(1).max(200)).max(100).optional(),
}).strict();

export const catalogFileSchema = z.object({
  channels: z.array(channelSchema).default([]),
  models: z.array(modelSchema).default([]),
}).strict();

export type CatalogFile = z.infer<typeof catalogFileSchema>;

export function loadCatalogFile(path: string): CatalogFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`Cannot read NEXUSFLOW_CONFIG file ${path}: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new ConfigError(`NEXUSFLOW_CONFIG file ${path} is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}`);
  }
  return parseCatalog(data, path);
}

export function parseCatalog(data: unknown, source: string): CatalogFile {
  const parsed = catalogFileSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid catalog in ${source}:\n${lines.join('\n')}`);
  }
  const channelIds = new Set(parsed.data.channels.map((c) => c.id));
  const modelIds = new Set(parsed.data.models.map((m) => m.id));
  for (const [i, m] of parsed.data.models.entries()) {
    for (const [j, b] of m.channels.entries()) {
      if (!channelIds.has(b.channel)) throw new ConfigError(`Invalid catalog in ${source}:\n  models.${i}.channels.${j}.channel: unknown channel '${b.channel}'`);
    }
    for (const [j, f] of (m.fallbacks ?? []).entries()) {
      if (!modelIds.has(f) || f === m.id) throw new ConfigError(`Invalid catalog in ${source}:\n  models.${i}.fallbacks.${j}: '${f}' is not another model of this catalog`);
    }
  }
  return parsed.data;
}

function toPricing(p: CatalogFile['models'][number]['pricing']): Pricing {
  const out: Pricing = {};
  if (p.input_per_million !== undefined) out.inputPerMillion = p.input_per_million;
  if (p.cached_input_per_million !== undefined) out.cachedInputPerMillion = p.cached_input_per_million;
  if (p.cache_write_per_million !== undefined) out.cacheWritePerMillion = p.cache_write_per_million;
  if (p.output_per_million !== undefined) out.outputPerMillion = p.output_per_million;
  if (p.reasoning_per_million !== undefined) out.reasoningPerMillion = p.reasoning_per_million;
  if (p.per_image !== undefined) out.perImage = p.per_image;
  if (p.per_video_second !== undefined) out.perVideoSecond = p.per_video_second;
  if (p.embedding_per_million !== undefined) out.embeddingPerMillion = p.embedding_per_million;
  return out;
}

/** Catalog file entries → store records (timestamps set by the caller). */
export function catalogRecords(file: CatalogFile, now: number): { channels: ChannelRecord[]; models: ModelRecord[] } {
  const channels = file.channels.map((c): ChannelRecord => {
    const r: ChannelRecord = { id: c.id, name: c.name ?? c.id, provider: c.provider, weight: c.weight, priority: c.priority, status: c.status, createdAt: now, updatedAt: now };
    if (c.base_url !== undefined) r.baseUrl = c.base_url;
    if (c.credential_env !== undefined) r.credentialEnv = c.credential_env;
    if (c.quirks !== undefined) r.quirks = c.quirks;
    if (c.options !== undefined) r.options = c.options;
    return r;
  });
  const models = file.models.map((m): ModelRecord => {
    const r: ModelRecord = {
      id: m.id,
      displayName: m.display_name ?? m.id,
      kind: m.kind,
      ownedBy: m.owned_by,
      supportedProtocols: m.supported_protocols,
      capabilities: {
        ...(m.capabilities.tools !== undefined ? { tools: m.capabilities.tools } : {}),
        ...(m.capabilities.vision !== undefined ? { vision: m.capabilities.vision } : {}),
        ...(m.capabilities.thinking !== undefined ? { thinking: m.capabilities.thinking } : {}),
        ...(m.capabilities.json_output !== undefined ? { jsonOutput: m.capabilities.json_output } : {}),
      },
      pricing: toPricing(m.pricing),
      channels: m.channels.map((b) => (b.upstream_model !== undefined ? { channelId: b.channel, upstreamModel: b.upstream_model } : { channelId: b.channel })),
      createdAt: now,
      updatedAt: now,
    };
    if (m.context_window !== undefined) r.contextWindow = m.context_window;
    if (m.max_output_tokens !== undefined) r.maxOutputTokens = m.max_output_tokens;
    if (m.dimensions !== undefined) r.dimensions = m.dimensions;
    if (m.fallbacks !== undefined) r.fallbacks = m.fallbacks;
    if (m.aliases !== undefined) r.aliases = m.aliases;
    return r;
  });
  return { channels, models };
}
