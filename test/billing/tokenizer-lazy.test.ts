import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenizerLoaded } from '../../server/billing/tokenizer.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** #16: an idle gateway does not hold the tokenizer's ranks (~55 MB); the first count loads them. */
describe('tokenizer loads on first use', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('is not loaded by starting the gateway, and is after a request that needs a count', async () => {
    expect(tokenizerLoaded()).toBe(false);
    const client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    await client.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'count me' }] });
    expect(tokenizerLoaded()).toBe(true);
  });
});
