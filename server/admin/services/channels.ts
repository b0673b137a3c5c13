import type { z } from 'zod';
import type { Channel, ChannelTestRequest, CreateChannelRequest, UpdateChannelRequest } from '../../../spec/native/admin/channels.js';
import { GatewayError } from '../../errors/gateway-error.js';
import type { ChannelRecord } from '../../store/types.js';
import type { AdminActor } from '../admin-actor.js';
import { audit, conflict, defined, iso, listPage, notFound, pageById, type ListPage } from './common.js';
import { testChannel, type ChannelTestWire } from './channel-test.js';
import type { AdminDeps } from './deps.js';

export type ChannelWire = z.infer<typeof Channel>;

/** Written in audit details in place of a credential. */
export const REDACTED = '[redacted]';

/** Providers that call an upstream and so need a credential to be healthy. */
const NEEDS_CREDENTIAL = new Set<ChannelRecord['provider']>(['openai-compatible', 'openai-responses', 'anthropic', 'gemini', 'dashscope']);

function redact<T extends { credential?: string | null | undefined }>(input: T): Record<string, unknown> {
  const out: Record<string, unknown> = { ...input };
  if (input.credential !== undefined) out.credential = input.credential === null ? null : REDACTED;
  return out;
}

/**
 * Channels. A credential given here is encrypted (AES-256-GCM, key from NEXUSFLOW_SECRET_KEY)
 * before it reaches the store and is never returned or logged; audit details show `[redacted]`.
 */
export class ChannelsService {
  constructor(private readonly deps: AdminDeps) {}

  encode(c: ChannelRecord): ChannelWire {
    const source = c.credentialEncrypted !== undefined ? 'stored' : c.credentialEnv !== undefined ? 'env' : 'none';
    return {
      object: 'channel', id: c.id, name: c.name, provider: c.provider, base_url: c.baseUrl ?? null, weight: c.weight, priority: c.priority,
      status: c.status, credential: { source, env: c.credentialEnv ?? null }, health: this.#health(c), circuit: this.#circuit(c.id),
      quirks: c.quirks ?? null, options: c.options ?? null, created_at: iso(c.createdAt), updated_at: iso(c.updatedAt),
    };
  }

  #circuit(id: string): ChannelWire['circuit'] {
    const circuits = this.deps.circuits;
    if (!circuits) return { state: 'closed', routes: [] };
    const routes = circuits.snapshot().filter((r) => r.channelId === id).map((r) => ({
      upstream_model: r.upstreamModel, state: r.state, consecutive_failures: r.consecutiveFailures,
      open_until: r.openUntil !== undefined ? iso(r.openUntil) : null, retry_after_until: r.notBefore !== undefined ? iso(r.notBefore) : null,
    }));
    return { state: circuits.channelState(id), routes };
  }

  #health(c: ChannelRecord): ChannelWire['health'] {
    if (c.status === 'disabled') return 'disabled';
    if (!NEEDS_CREDENTIAL.has(c.provider)) return 'ok';
    if (c.credentialEncrypted !== undefined) {
      try {
        this.deps.cipher?.decrypt(c.credentialEncrypted, c.id);
        return this.deps.cipher ? 'ok' : 'missing_credential';
      } catch {
        return 'missing_credential';
      }
    }
    return c.credentialEnv !== undefined && this.deps.credentials[c.credentialEnv] ? 'ok' : 'missing_credential';
  }

  #encrypt(credential: string, channelId: string): string {
    if (!this.deps.cipher) {
      throw new GatewayError('invalid_request', 'This gateway cannot store credentials: NEXUSFLOW_SECRET_KEY is not set. Set it (16+ characters) and restart, or name an environment variable with credential_env.', { param: 'credential' });
    }
    return this.deps.cipher.encrypt(credential, channelId);
  }

  async list(page: { cursor?: string | undefined; limit?: number | undefined }): Promise<ListPage<ChannelWire>> {
    const r = pageById(await this.deps.store.listChannels(), page);
    return listPage(r.items.map((c) => this.encode(c)), r.nextCursor);
  }

  async get(id: string): Promise<ChannelWire> {
    return this.encode(await this.#require(id));
  }

  /** Ids are checked, then written: two concurrent creates of one id may both succeed (last wins). */
  async create(actor: AdminActor, input: z.infer<typeof CreateChannelRequest>): Promise<ChannelWire> {
    if (input.credential !== undefined && input.credential_env !== undefined) {
      throw new GatewayError('invalid_request', 'Give either credential or credential_env, not both.', { param: 'credential' });
    }
    if (await this.deps.store.getChannel(input.id)) throw conflict(`A channel with id '${input.id}' already exists.`, 'id');
    const now = this.deps.now();
    const record = defined<ChannelRecord>({
      id: input.id, name: input.name ?? input.id, provider: input.provider, baseUrl: input.base_url,
      credentialEnv: input.credential_env,
      credentialEncrypted: input.credential !== undefined ? this.#encrypt(input.credential, input.id) : undefined,
      weight: input.weight ?? 1, priority: input.priority ?? 0, status: input.status ?? 'enabled',
      quirks: input.quirks, options: input.options, createdAt: now, updatedAt: now,
    });
    await this.deps.store.upsertChannel(record);
    await this.deps.changed();
    await audit(this.deps, actor, 'channel.create', { type: 'channel', id: input.id }, redact(input));
    return this.encode(record);
  }

  async update(actor: AdminActor, id: string, input: z.infer<typeof UpdateChannelRequest>): Promise<ChannelWire> {
    const current = await this.#require(id);
    const next: ChannelRecord = { ...current, updatedAt: this.deps.now() };
    if (input.name !== undefined) next.name = input.name;
    if (input.base_url !== undefined) next.baseUrl = input.base_url ?? undefined;
    if (input.credential !== undefined) next.credentialEncrypted = input.credential === null ? undefined : this.#encrypt(input.credential, id);
    if (input.credential_env !== undefined) next.credentialEnv = input.credential_env ?? undefined;
    if (input.weight !== undefined) next.weight = input.weight;
    if (input.priority !== undefined) next.priority = input.priority;
    if (input.status !== undefined) next.status = input.status;
    if (input.quirks !== undefined) next.quirks = input.quirks ?? undefined;
    if (input.options !== undefined) next.options = input.options ?? undefined;
    await this.deps.store.upsertChannel(defined(next));
    await this.deps.changed();
    await audit(this.deps, actor, 'channel.update', { type: 'channel', id }, redact(input));
    return this.encode(next);
  }

  async disable(actor: AdminActor, id: string): Promise<ChannelWire> {
    const current = await this.#require(id);
    if (current.status === 'disabled') return this.encode(current);
    const next: ChannelRecord = { ...current, status: 'disabled', updatedAt: this.deps.now() };
    await this.deps.store.upsertChannel(next);
    await this.deps.changed();
    await audit(this.deps, actor, 'channel.disable', { type: 'channel', id });
    return this.encode(next);
  }

  /** One request through the channel, unbilled (channel-test.ts); audited, since it calls the upstream with its credential. */
  async test(actor: AdminActor, id: string, input: z.infer<typeof ChannelTestRequest> | undefined): Promise<ChannelTestWire> {
    const channel = await this.#require(id);
    const tester = this.deps.channelTester;
    const result = tester
      ? await testChannel(tester, channel, await this.deps.store.listModels(), input?.model)
      : { object: 'channel_test' as const, channel_id: id, model: null, upstream_model: null, ok: false, latency_ms: 0, output: null, error: { code: 'unavailable', message: 'This gateway cannot test channels.' } };
    await audit(this.deps, actor, 'channel.test', { type: 'channel', id }, { model: result.model, ok: result.ok, ...(result.error ? { error: result.error.code } : {}) });
    return result;
  }

  async #require(id: string): Promise<ChannelRecord> {
    const c = await this.deps.store.getChannel(id);
    if (!c) throw notFound('channel', id);
    return c;
  }
}
