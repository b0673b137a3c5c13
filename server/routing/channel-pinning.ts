import { GatewayError } from '../errors/gateway-error.js';
import type { ApiKeyRecord, ModelRecord } from '../store/types.js';

/** Request header that pins a request to one channel (debugging, canaries); also the response header naming the channel that answered. */
export const CHANNEL_HEADER = 'x-nexusflow-channel';

/** The channel a request asks to be pinned to, if any. */
export function pinnedChannelOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const raw = headers[CHANNEL_HEADER];
  const v = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return v ? v : undefined;
}

/**
 * A pin is honoured only for keys with `allowChannelPinning` (403 otherwise, so an ordinary key
 * cannot steer traffic around weights, priorities or an operator's intent), and only to a channel
 * that serves the model.
 */
export function checkPin(key: ApiKeyRecord, model: ModelRecord, channelId: string): void {
  if (key.allowChannelPinning !== true) {
    throw new GatewayError('permission_denied', `This API key may not pin requests to a channel (${CHANNEL_HEADER}).`);
  }
  if (!model.channels.some((b) => b.channelId === channelId)) {
    throw new GatewayError('invalid_request', `Channel '${channelId}' does not serve model '${model.id}'.`);
  }
}
