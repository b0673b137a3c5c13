import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError, BadRequestError, ConflictError, ConnectionError, createNexusFlowClient, iterateSse, NexusFlowError, NotFoundError,
} from '../../clients/nexusflow/src/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

describe('@nexusflow/client against a listening gateway', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => gw?.close());

  it('binds the admin spec to the admin token and the others to the API key', async () => {
    const nf = createNexusFlowClient({ baseUrl: gw.baseUrl, apiKey: gw.apiKey, adminToken: gw.adminToken! });
    expect((await nf.admin.listAccounts()).data.map((a) => a.id)).toContain(gw.accountId);
    expect((await nf.openai.listModels()).data.length).toBeGreaterThan(0);
    const keyOnly = createNexusFlowClient({ baseUrl: gw.baseUrl, apiKey: gw.apiKey });
    await expect(keyOnly.admin.listAccounts()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('throws typed errors with status, code and param', async () => {
    const nf = createNexusFlowClient({ baseUrl: gw.baseUrl, adminToken: gw.adminToken! });
    const notFound = await nf.admin.getAccount({ path: { account_id: 'nobody' } }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound).toBeInstanceOf(NexusFlowError);
    expect(notFound).toMatchObject({ status: 404, code: 'not_found' });
    await nf.admin.createAccount({ body: { id: 'typed', name: 'T' } });
    await expect(nf.admin.createAccount({ body: { id: 'typed', name: 'T' } })).rejects.toBeInstanceOf(ConflictError);
    const bad = await nf.admin.createAccount({ body: { name: 'x', credit_limit: -1 } }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(BadRequestError);
    expect(bad).toMatchObject({ status: 400, code: 'invalid_request', param: 'credit_limit' });
    const down = createNexusFlowClient({ baseUrl: 'http://127.0.0.1:9', adminToken: 'x' });
    await expect(down.admin.listAccounts()).rejects.toBeInstanceOf(ConnectionError);
  });

  it('streams chat completions as typed chunks (SSE over fetch), and maps errors before the stream', async () => {
    const nf = createNexusFlowClient({ baseUrl: gw.baseUrl, apiKey: gw.apiKey });
    let text = '';
    let chunks = 0;
    let finish: string | null = null;
    for await (const chunk of nf.streamChatCompletion({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'Stream me' }] })) {
      chunks++;
      text += chunk.choices[0]?.delta.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(chunks).toBeGreaterThan(2);
    expect(text).toContain('Stream me');
    expect(finish).toBe('stop');

    // Leaving the loop early closes the stream.
    for await (const chunk of nf.streamChatCompletion({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'a long one' }] })) {
      expect(chunk.object).toBe('chat.completion.chunk');
      break;
    }
    const missing = nf.streamChatCompletion({ model: 'no-such-model', messages: [{ role: 'user', content: 'x' }] });
    await expect(missing.next()).rejects.toMatchObject({ status: 404, code: 'model_not_found' });
  });

  it('iterateSse parses frames split anywhere, comments, multi-line data and CRLF', async () => {
    const text = ': comment\r\nevent: ping\r\ndata: {"a":1}\r\n\r\ndata: line one\ndata: line two\n\ndata: [DONE]\n\n';
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3));
        controller.close();
      },
    });
    const events = [];
    for await (const ev of iterateSse(body)) events.push(ev);
    expect(events).toEqual([{ event: 'ping', data: '{"a":1}' }, { event: undefined, data: 'line one\nline two' }, { event: undefined, data: '[DONE]' }]);
  });
});
