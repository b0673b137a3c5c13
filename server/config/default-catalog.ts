import type { CatalogFile } from './catalog-file.js';

/**
 * The catalog used when no NEXUSFLOW_CONFIG is given: the models from our docs, served by the
 * built-in simulator, or by DashScope's OpenAI-compatible endpoint when DASHSCOPE_API_KEY is set.
 * Prices are list prices in micro-credits per million tokens (1 credit ≈ 1 USD).
 */
export function defaultCatalog(opts: { dashscope: { baseUrl: string } | undefined }): CatalogFile {
  const channel = opts.dashscope
    ? {
        id: 'dashscope', name: 'Alibaba DashScope (OpenAI-compatible mode)', provider: 'openai-compatible' as const,
        base_url: opts.dashscope.baseUrl, credential_env: 'DASHSCOPE_API_KEY', weight: 1, priority: 0, status: 'enabled' as const,
        quirks: { enableThinkingFalseWhenNotStreaming: true, maxTokensField: 'max_completion_tokens', dashscopeThinking: true },
      }
    : {
        id: 'simulator', name: 'Built-in simulator (offline, no upstream)', provider: 'simulator' as const,
        weight: 1, priority: 0, status: 'enabled' as const, options: { chunkSize: 8 },
      };
  const chat = ['openai:chat-completions', 'openai:responses', 'anthropic:messages', 'gemini:generate-content'] as const;
  // Wan images and videos are not in compatible mode: they use DashScope's native task API, same region and key.
  const media = opts.dashscope
    ? {
        id: 'dashscope-native', name: 'Alibaba DashScope (native task API: wan images and videos)', provider: 'dashscope' as const,
        base_url: opts.dashscope.baseUrl, credential_env: 'DASHSCOPE_API_KEY', weight: 1, priority: 0, status: 'enabled' as const,
      }
    : channel;
  return {
    channels: media === channel ? [channel] : [channel, media],
    models: [
      {
        id: 'qwen3-max', display_name: 'Qwen3 Max', kind: 'chat', owned_by: 'alibaba', supported_protocols: [...chat],
        capabilities: { tools: true, vision: false, thinking: true, json_output: true }, context_window: 262_144, max_output_tokens: 65_536,
        pricing: { input_per_million: 1_200_000, cached_input_per_million: 240_000, output_per_million: 6_000_000 },
        channels: [{ channel: channel.id }],
        // The names agents ask for by default (Claude Code's main model, Gemini CLI's pro model, Codex).
        aliases: ['claude-*', 'gemini-*-pro*', 'gpt-*'],
      },
      {
        id: 'qwen-turbo', display_name: 'Qwen Turbo', kind: 'chat', owned_by: 'alibaba', supported_protocols: [...chat],
        capabilities: { tools: true, vision: false, thinking: true, json_output: true }, context_window: 131_072, max_output_tokens: 16_384,
        pricing: { input_per_million: 50_000, cached_input_per_million: 10_000, output_per_million: 200_000, reasoning_per_million: 500_000 },
        channels: [{ channel: channel.id }],
        // Their small/background models: Claude Code's haiku, Gemini CLI's flash and flash-lite router.
        aliases: ['claude-*-haiku-*', 'claude-haiku-*', 'gemini-*-flash*'],
      },
      {
        id: 'text-embedding-v4', display_name: 'Text Embedding v4', kind: 'embedding', owned_by: 'alibaba', supported_protocols: ['openai:embeddings', 'gemini:embed-content'],
        capabilities: {}, context_window: 8_192, dimensions: 1024, pricing: { embedding_per_million: 70_000 },
        channels: [{ channel: channel.id }],
      },
      {
        id: 'wan2.6-t2i', display_name: 'Wan 2.6 Text-to-Image', kind: 'image', owned_by: 'alibaba', supported_protocols: ['openai:image-generations', 'nexusflow:tasks'],
        capabilities: {}, pricing: { per_image: { default: 30_000 } },
        channels: [{ channel: media.id }],
      },
      {
        id: 'wan2.6-t2v', display_name: 'Wan 2.6 Text-to-Video', kind: 'video', owned_by: 'alibaba', supported_protocols: ['nexusflow:tasks'],
        capabilities: {}, pricing: { per_video_second: 100_000 },
        channels: [{ channel: media.id }],
      },
    ],
  };
}
