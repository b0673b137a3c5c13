import type { ProviderType } from '../store/types.js';

/**
 * `gen_ai.system` of an upstream (OpenTelemetry GenAI semantic conventions): the well-known
 * values where they exist, else the provider's own name.
 */
export function genAiSystem(provider: ProviderType): string {
  switch (provider) {
    case 'openai-compatible':
    case 'openai-responses':
      return 'openai';
    case 'anthropic':
      return 'anthropic';
    case 'gemini':
      return 'gcp.gemini';
    case 'dashscope':
      return 'dashscope';
    case 'simulator':
      return 'nexusflow.simulator';
  }
}

/** `gen_ai.operation.name` by the gateway endpoint kind. */
export function genAiOperation(endpoint: string): string | undefined {
  if (/embed/i.test(endpoint)) return 'embeddings';
  if (/chat|messages|responses|generateContent|streamGenerateContent/i.test(endpoint)) return 'chat';
  if (/images/i.test(endpoint)) return 'image_generation';
  return undefined;
}
