import type { SupportedProtocol } from '../canonical/protocol.js';
import type { ModelRecord } from '../store/types.js';

export interface Snippet {
  protocol: SupportedProtocol;
  /** What the snippet is written with (the tab label). */
  label: string;
  language: 'python' | 'shell';
  code: string;
}

/**
 * Ready-to-copy code per protocol a model supports, with this gateway's own base URL. Each one is
 * what the README shows for that SDK; only the key (`sk-air-your-key`) is the reader's to fill in.
 */
export function snippetsFor(m: ModelRecord, baseUrl: string): Snippet[] {
  const out: Snippet[] = [];
  const id = m.id;
  const json = (v: unknown): string => JSON.stringify(v);
  for (const p of m.supportedProtocols) {
    switch (p) {
      case 'openai:chat-completions':
        out.push({
          protocol: p, label: 'OpenAI SDK (Python)', language: 'python', code: `from openai import OpenAI

client = OpenAI(api_key="sk-air-your-key", base_url="${baseUrl}/v1")
response = client.chat.completions.create(
    model=${json(id)},
    messages=[{"role": "user", "content": "Hello!"}],
)
print(response.choices[0].message.content)
` });
        out.push({
          protocol: p, label: 'curl', language: 'shell', code: `curl ${baseUrl}/v1/chat/completions \\
  -H "Authorization: Bearer sk-air-your-key" \\
  -H "Content-Type: application/json" \\
  -d '${JSON.stringify({ model: id, messages: [{ role: 'user', content: 'Hello!' }] })}'
` });
        break;
      case 'openai:responses':
        out.push({
          protocol: p, label: 'OpenAI SDK, Responses API (Python)', language: 'python', code: `from openai import OpenAI

client = OpenAI(api_key="sk-air-your-key", base_url="${baseUrl}/v1")
response = client.responses.create(
    model=${json(id)},
    input="Hello!",
)
print(response.output_text)
` });
        out.push({
          protocol: p, label: 'curl (Responses API)', language: 'shell', code: `curl ${baseUrl}/v1/responses \\
  -H "Authorization: Bearer sk-air-your-key" \\
  -H "Content-Type: application/json" \\
  -d '${JSON.stringify({ model: id, input: 'Hello!' })}'
` });
        break;
      case 'anthropic:messages':
        out.push({
          protocol: p, label: 'Anthropic SDK (Python)', language: 'python', code: `import anthropic

client = anthropic.Anthropic(api_key="sk-air-your-key", base_url="${baseUrl}")
message = client.messages.create(
    model=${json(id)},
    max_tokens=1024,
    messages=[{"role": "user", "content": "Hello!"}],
)
print(message.content[0].text)
` });
        break;
      case 'gemini:generate-content':
        out.push({
          protocol: p, label: 'Google GenAI SDK (Python)', language: 'python', code: `from google import genai
from google.genai import types

client = genai.Client(
    api_key="sk-air-your-key",
    http_options=types.HttpOptions(api_version="v1beta", base_url="${baseUrl}"),
)
print(client.models.generate_content(model=${json(id)}, contents="Hello!").text)
` });
        break;
      case 'openai:embeddings':
        out.push({
          protocol: p, label: 'OpenAI SDK (Python)', language: 'python', code: `from openai import OpenAI

client = OpenAI(api_key="sk-air-your-key", base_url="${baseUrl}/v1")
result = client.embeddings.create(model=${json(id)}, input=["Hello!"])
print(len(result.data[0].embedding))
` });
        break;
      case 'gemini:embed-content':
        out.push({
          protocol: p, label: 'Google GenAI SDK (Python)', language: 'python', code: `from google import genai
from google.genai import types

client = genai.Client(
    api_key="sk-air-your-key",
    http_options=types.HttpOptions(api_version="v1beta", base_url="${baseUrl}"),
)
result = client.models.embed_content(model=${json(id)}, contents=["Hello!"])
print(len(result.embeddings[0].values))
` });
        break;
      case 'openai:image-generations':
        out.push({
          protocol: p, label: 'OpenAI SDK (Python)', language: 'python', code: `from openai import OpenAI

client = OpenAI(api_key="sk-air-your-key", base_url="${baseUrl}/v1")
image = client.images.generate(model=${json(id)}, prompt="A lighthouse at dawn", size="1024x1024")
print(image.data[0].url)
` });
        break;
      case 'nexusflow:tasks':
        out.push({
          protocol: p, label: 'curl', language: 'shell', code: `curl ${baseUrl}/v1/tasks \\
  -H "Authorization: Bearer sk-air-your-key" \\
  -H "Content-Type: application/json" \\
  -d '${JSON.stringify({ model: id, input: { prompt: 'A lighthouse at dawn' } })}'
` });
        break;
    }
  }
  return out;
}
