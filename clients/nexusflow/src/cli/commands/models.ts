import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { NexusFlowError, NotFoundError, type admin, type NexusFlowClient } from '../../index.js';
import { allPages, requireArg, stringFlag, UsageError, type Command } from '../context.js';
import { details, table } from '../format.js';

const price = (p: admin.Pricing): string => {
  const parts: string[] = [];
  if (p.input_per_million !== undefined) parts.push(`in ${p.input_per_million / 1_000_000}`);
  if (p.output_per_million !== undefined) parts.push(`out ${p.output_per_million / 1_000_000}`);
  if (p.embedding_per_million !== undefined) parts.push(`embed ${p.embedding_per_million / 1_000_000}`);
  if (p.per_image !== undefined) parts.push('per image');
  return parts.join(', ') || '-';
};

const capabilities = (m: admin.AdminModel): string[] => Object.entries(m.capabilities).filter(([, on]) => on).map(([name]) => name);

interface CatalogEntries {
  channels: Record<string, unknown>[];
  models: Record<string, unknown>[];
}

/** The catalog file (YAML or JSON, the NEXUSFLOW_CONFIG format); entries are checked by the gateway. */
async function readCatalog(path: string): Promise<CatalogEntries> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new UsageError(`${path} is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}`);
  }
  const doc = (typeof data === 'object' && data !== null ? data : {}) as { channels?: unknown; models?: unknown };
  const list = (v: unknown, what: string): Record<string, unknown>[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((e) => typeof e !== 'object' || e === null || typeof (e as { id?: unknown }).id !== 'string')) {
      throw new UsageError(`${path}: ${what} must be a list of entries, each with an id`);
    }
    return v as Record<string, unknown>[];
  };
  return { channels: list(doc.channels, 'channels'), models: list(doc.models, 'models') };
}

/** Creates an entry, or updates it when it exists (fields not in the file are left as they are). */
async function upsert(exists: () => Promise<unknown>, create: () => Promise<unknown>, update: () => Promise<unknown>): Promise<'created' | 'updated'> {
  try {
    await exists();
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
    await create();
    return 'created';
  }
  await update();
  return 'updated';
}

async function apply(nf: NexusFlowClient, catalog: CatalogEntries): Promise<{ kind: string; id: string; result: string }[]> {
  const results: { kind: string; id: string; result: string }[] = [];
  const step = async (kind: string, index: number, id: string, run: () => Promise<string>): Promise<void> => {
    try {
      results.push({ kind, id, result: await run() });
    } catch (err) {
      // Name the entry, so the gateway's `param` points into the file.
      if (err instanceof NexusFlowError) err.message = `${kind}s[${index}] (${id}): ${err.message}`;
      throw err;
    }
  };
  for (const [i, entry] of catalog.channels.entries()) {
    const { id, ...rest } = entry as { id: string } & Record<string, unknown>;
    await step('channel', i, id, () => upsert(
      () => nf.admin.getChannel({ path: { channel_id: id } }),
      () => nf.admin.createChannel({ body: entry as unknown as admin.CreateChannelRequest }),
      () => nf.admin.updateChannel({ path: { channel_id: id }, body: rest as admin.UpdateChannelRequest }),
    ));
  }
  for (const [i, entry] of catalog.models.entries()) {
    const { id, ...rest } = entry as { id: string } & Record<string, unknown>;
    await step('model', i, id, () => upsert(
      () => nf.admin.getModel({ path: { model_id: id } }),
      () => nf.admin.createModel({ body: entry as unknown as admin.CreateModelRequest }),
      () => nf.admin.updateModel({ path: { model_id: id }, body: rest as admin.UpdateModelRequest }),
    ));
  }
  return results;
}

export const modelCommands: Record<string, Command> = {
  list: {
    usage: 'models list',
    summary: 'list models with protocols, channels and prices',
    flags: {},
    async run(ctx) {
      const models = await allPages((cursor) => ctx.nf.admin.listModels({ query: { limit: 200, ...(cursor ? { cursor } : {}) } }));
      ctx.out(ctx.json ? JSON.stringify(models, null, 2) : table(
        ['ID', 'KIND', 'PROTOCOLS', 'CONTEXT', 'PRICE (credits/M)', 'CHANNELS'],
        models.map((m) => [m.id, m.kind, m.supported_protocols, m.context_window, price(m.pricing), m.channels.map((c) => c.channel)]),
      ));
    },
  },
  show: {
    usage: 'models show <model-id>',
    summary: 'one model in full',
    flags: {},
    async run(ctx, args) {
      const m = await ctx.nf.admin.getModel({ path: { model_id: requireArg(args, 0, 'model id') } });
      ctx.out(ctx.json ? JSON.stringify(m, null, 2) : details([
        ['id', m.id], ['name', m.display_name], ['kind', m.kind], ['owned by', m.owned_by], ['protocols', m.supported_protocols],
        ['capabilities', capabilities(m)], ['context window', m.context_window], ['max output', m.max_output_tokens],
        ['pricing', price(m.pricing)], ['channels', m.channels.map((c) => (c.upstream_model ? `${c.channel} (${c.upstream_model})` : c.channel))],
        ['fallbacks', m.fallbacks],
      ]));
    },
  },
  apply: {
    usage: 'models apply -f <catalog.yaml>',
    summary: 'create or update the channels and models of a catalog file',
    flags: { file: 'string' },
    short: { f: 'file' },
    async run(ctx, _args, flags) {
      const file = stringFlag(flags, 'file');
      if (!file) throw new UsageError('-f <catalog file> is required');
      const results = await apply(ctx.nf, await readCatalog(file));
      ctx.out(ctx.json ? JSON.stringify(results, null, 2) : table(['KIND', 'ID', 'RESULT'], results.map((r) => [r.kind, r.id, r.result])));
    },
  },
};
