/** Inbound and upstream wire protocols. */
export type Protocol = 'openai' | 'anthropic' | 'gemini' | 'nexusflow';

/** What a model may be called through; the values of `supported_protocols`. */
export const SUPPORTED_PROTOCOLS = [
  'openai:chat-completions',
  'openai:responses',
  'openai:embeddings',
  'openai:image-generations',
  'anthropic:messages',
  'gemini:generate-content',
  'gemini:embed-content',
  'nexusflow:tasks',
] as const;
export type SupportedProtocol = (typeof SUPPORTED_PROTOCOLS)[number];
