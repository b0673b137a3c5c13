import type { z } from 'zod';
import type { ChannelTestResult } from '../../../spec/native/admin/channels.js';
import type { CanonicalChatRequest } from '../../canonical/request.js';
import { toGatewayError } from '../../errors/gateway-error.js';
import type { ChatProvider } from '../../providers/types.js';
import type { ChannelRecord, ModelRecord, ProviderType } from '../../store/types.js';

export type ChannelTestWire = z.infer<typeof ChannelTestResult>;

/** What a channel test needs from the gateway: its chat adapters. */
export interface ChannelTester {
  providers: ReadonlyMap<ProviderType, ChatProvider>;
  /** Deadline for the one request. */
  timeoutMs: number;
}

const PROMPT = 'Reply with the single word: pong';

/**
 * One short, non-streamed chat request straight to a channel's adapter: no routing, retries,
 * circuit or billing, so an operator can check a channel (a new credential, a base URL) without
 * spending an account's credits or opening its circuit. Every outcome is a result, not a throw.
 */
export async function testChannel(tester: ChannelTester, channel: ChannelRecord, models: ModelRecord[], requested: string | undefined): Promise<ChannelTestWire> {
  const routed = models.filter((m) => m.kind === 'chat' && m.channels.some((b) => b.channelId === channel.id));
  const model = requested !== undefined ? models.find((m) => m.id === requested) : routed[0];
  const base = { object: 'channel_test' as const, channel_id: channel.id, model: model?.id ?? null, upstream_model: null, latency_ms: 0, output: null };
  if (!model) {
    const message = requested !== undefined ? `No model '${requested}'.` : 'No chat model is routed to this channel; bind one, or name one to test with.';
    return { ...base, ok: false, error: { code: 'no_model', message } };
  }
  const binding = model.channels.find((b) => b.channelId === channel.id);
  if (!binding) return { ...base, ok: false, error: { code: 'no_model', message: `Model '${model.id}' is not routed to channel '${channel.id}'.` } };
  const upstreamModel = binding.upstreamModel ?? model.id;
  const provider = tester.providers.get(channel.provider);
  if (!provider) return { ...base, upstream_model: upstreamModel, ok: false, error: { code: 'unsupported_provider', message: `Provider '${channel.provider}' does not serve chat.` } };

  const request: CanonicalChatRequest = {
    model: model.id, inbound: 'openai', system: [], messages: [{ role: 'user', parts: [{ kind: 'text', text: PROMPT }] }],
    tools: [], sampling: { maxOutputTokens: 16 }, stream: false,
  };
  const started = performance.now();
  const signal = AbortSignal.timeout(tester.timeoutMs);
  try {
    const result = await provider.chat(request, { channel, upstreamModel, signal, maxOutputTokens: 16 });
    if (result.kind !== 'response') throw new Error('the adapter streamed a non-streamed request');
    const text = result.response.choices[0]?.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('') ?? '';
    return { ...base, upstream_model: upstreamModel, ok: true, latency_ms: elapsed(started), output: text.slice(0, 200), error: null };
  } catch (err) {
    const e = toGatewayError(err);
    return { ...base, upstream_model: upstreamModel, ok: false, latency_ms: elapsed(started), error: { code: e.code, message: e.message } };
  }
}

const elapsed = (start: number): number => Math.round((performance.now() - start) * 10) / 10;
