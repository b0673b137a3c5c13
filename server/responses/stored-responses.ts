import type { Logger } from 'pino';
import { GatewayError } from '../errors/gateway-error.js';
import { responseIdOf } from '../formats/openai-responses/item-ids.js';
import type { WireInputItem, WireResponse, WireResponsesRequest } from '../formats/openai-responses/wire.js';
import type { Store } from '../store/store.js';
import type { StoredResponse } from '../store/types.js';

/** How far `previous_response_id` chains are followed (each hop is one store read). */
const MAX_CHAIN = 1000;
const PURGE_INTERVAL_MS = 10 * 60 * 1000;
const PURGE_BATCH = 500;

/**
 * Responses kept for `GET /v1/responses/{id}` and `previous_response_id` (store: true): in the
 * store, so any gateway process can continue any conversation; per account; for `retentionMs`
 * (NEXUSFLOW_RESPONSES_RETENTION_HOURS, 30 days by default, as OpenAI keeps them).
 */
export class StoredResponses {
  #timer: NodeJS.Timeout | undefined;

  constructor(private readonly store: Store, readonly retentionMs: number, private readonly log: Logger) {}

  async save(input: { accountId: string; keyId: string; response: WireResponse; items: WireInputItem[] }): Promise<void> {
    const now = Date.now();
    const record: StoredResponse = {
      id: input.response.id,
      accountId: input.accountId,
      keyId: input.keyId,
      input: input.items as Record<string, unknown>[],
      response: input.response as unknown as Record<string, unknown>,
      createdAt: now,
      expiresAt: now + this.retentionMs,
    };
    if (typeof input.response.previous_response_id === 'string') record.previousResponseId = input.response.previous_response_id;
    await this.store.insertResponse(record);
  }

  async get(accountId: string, id: string): Promise<StoredResponse | null> {
    return this.store.getResponse(accountId, id);
  }

  async delete(accountId: string, id: string): Promise<boolean> {
    return this.store.deleteResponse(accountId, id);
  }

  /**
   * The conversation `previous_response_id` stands for, oldest first: each earlier response's
   * input items then its output items (reasoning with its encrypted_content, so thinking is restored).
   */
  async history(accountId: string, previousId: string): Promise<WireInputItem[]> {
    const turns: WireInputItem[][] = [];
    let id: string | undefined = previousId;
    for (let hops = 0; id !== undefined; hops++) {
      if (hops >= MAX_CHAIN) throw new GatewayError('invalid_request', `The previous_response_id chain is longer than ${MAX_CHAIN} responses.`, { param: 'previous_response_id' });
      const stored: StoredResponse | null = await this.store.getResponse(accountId, id);
      if (!stored) {
        throw new GatewayError('previous_response_not_found', `Previous response with id '${id}' not found.`, { param: 'previous_response_id' });
      }
      const output = (stored.response as unknown as WireResponse).output as WireInputItem[];
      turns.push([...(stored.input as WireInputItem[]), ...output]);
      id = stored.previousResponseId;
    }
    return turns.reverse().flat();
  }

  /**
   * The input with every `item_reference` replaced by the item it names (an input or output item
   * of an earlier stored response of this account; the response is named in the item id).
   */
  async resolveReferences(accountId: string, input: WireResponsesRequest['input']): Promise<WireResponsesRequest['input']> {
    if (typeof input === 'string' || input === undefined || !input.some((i) => 'type' in i && i.type === 'item_reference')) return input;
    const responses = new Map<string, StoredResponse | null>();
    const out: WireInputItem[] = [];
    for (const [i, item] of input.entries()) {
      if (!('type' in item) || item.type !== 'item_reference') {
        out.push(item);
        continue;
      }
      const responseId = responseIdOf(item.id);
      let stored = responseId === undefined ? null : responses.get(responseId);
      if (stored === undefined && responseId !== undefined) {
        stored = await this.store.getResponse(accountId, responseId);
        responses.set(responseId, stored);
      }
      const items = stored ? [...(stored.input as WireInputItem[]), ...((stored.response as unknown as WireResponse).output as WireInputItem[])] : [];
      const found = items.find((x) => (x as { id?: unknown }).id === item.id);
      if (!found) throw new GatewayError('invalid_request', `Item with id '${item.id}' not found.`, { param: `input[${i}].id` });
      out.push(found);
    }
    return out;
  }

  /** Deletes expired responses now and then (reads already ignore them). */
  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.purge(), PURGE_INTERVAL_MS);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  async purge(now = Date.now()): Promise<number> {
    let total = 0;
    try {
      for (;;) {
        const n = await this.store.purgeExpiredResponses(now, PURGE_BATCH);
        total += n;
        if (n < PURGE_BATCH) return total;
      }
    } catch (err) {
      this.log.warn({ err }, 'stored responses: purge failed, will retry');
      return total;
    }
  }
}
