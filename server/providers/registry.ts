import type { UpstreamClient } from '../http/upstream-client.js';
import type { ChannelRecord, ProviderType } from '../store/types.js';
import { AnthropicProvider } from './anthropic/anthropic.js';
import { GeminiProvider } from './gemini/gemini.js';
import { OpenAICompatibleProvider } from './openai-compatible/openai-compatible.js';
import { OpenAICompatibleEmbeddings } from './openai-compatible/embeddings.js';
import { OpenAIResponsesProvider } from './openai-responses/openai-responses.js';
import { SimulatorEmbeddings } from './simulator/embeddings.js';
import { SimulatorProvider } from './simulator/simulator.js';
import type { EmbeddingProvider } from './embedding-types.js';
import { DashScopeMedia } from './dashscope/dashscope-media.js';
import type { MediaProvider } from './media-types.js';
import { OpenAICompatibleImages } from './openai-compatible/images.js';
import { SimulatorMedia } from './simulator/media.js';
import type { ChatProvider } from './types.js';

/** Provider type → adapter. Adding a provider is one folder and one line here. */
export function createChatProviders(http: UpstreamClient, credentialOf: (channel: ChannelRecord) => string | undefined): Map<ProviderType, ChatProvider> {
  const openaiCompatible = new OpenAICompatibleProvider(http, credentialOf);
  return new Map<ProviderType, ChatProvider>([
    ['simulator', new SimulatorProvider()],
    ['openai-compatible', openaiCompatible],
    // DashScope's chat models are served through its OpenAI-compatible mode.
    ['dashscope', openaiCompatible],
    // The Responses API (OpenAI, Azure OpenAI v1, other gateways).
    ['openai-responses', new OpenAIResponsesProvider(http, credentialOf)],
    // Anthropic's API, or DashScope's Anthropic-compatible mode.
    ['anthropic', new AnthropicProvider(http, credentialOf)],
    // Google's Gemini API wire format.
    ['gemini', new GeminiProvider(http, credentialOf)],
  ]);
}

/** Provider type → embeddings adapter (only types that can embed). */
export function createEmbeddingProviders(http: UpstreamClient, credentialOf: (channel: ChannelRecord) => string | undefined): Map<ProviderType, EmbeddingProvider> {
  const openaiCompatible = new OpenAICompatibleEmbeddings(http, credentialOf);
  return new Map<ProviderType, EmbeddingProvider>([
    ['simulator', new SimulatorEmbeddings()],
    ['openai-compatible', openaiCompatible],
    ['dashscope', openaiCompatible],
  ]);
}

/**
 * Provider type → image/video adapter. `dashscope` channels use DashScope's native asynchronous
 * task API (wan); `openai-compatible` channels the synchronous `/images/generations`.
 */
export function createMediaProviders(http: UpstreamClient, credentialOf: (channel: ChannelRecord) => string | undefined): Map<ProviderType, MediaProvider> {
  return new Map<ProviderType, MediaProvider>([
    ['simulator', new SimulatorMedia()],
    ['openai-compatible', new OpenAICompatibleImages(http, credentialOf)],
    ['dashscope', new DashScopeMedia(http, credentialOf)],
  ]);
}
