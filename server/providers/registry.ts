import type { UpstreamClient } from '../http/upstream-client.js';
import type { ChannelRecord, ProviderType } from '../store/types.js';
import { OpenAICompatibleProvider } from './openai-compatible/openai-compatible.js';
import { SimulatorProvider } from './simulator/simulator.js';
import type { ChatProvider } from './types.js';

/** Provider type → adapter. Adding a provider is one folder and one line here. */
export function createChatProviders(http: UpstreamClient, credentialOf: (channel: ChannelRecord) => string | undefined): Map<ProviderType, ChatProvider> {
  const openaiCompatible = new OpenAICompatibleProvider(http, credentialOf);
  return new Map<ProviderType, ChatProvider>([
    ['simulator', new SimulatorProvider()],
    ['openai-compatible', openaiCompatible],
    // DashScope's chat models are served through its OpenAI-compatible mode.
    ['dashscope', openaiCompatible],
  ]);
}
