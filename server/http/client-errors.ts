import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { GatewayError } from '../errors/gateway-error.js';
import { renderError } from '../errors/render.js';
import { shouldRetry } from '../errors/retry-hint.js';
import { wireProtocolOf } from './wire-protocol-of.js';

/** node's clientError: `rawPacket` is a Buffer at run time, whatever fastify's types say. */
interface ClientError extends Error {
  code?: string;
  rawPacket?: unknown;
}

/**
 * Requests node refuses before fastify sees them (bad header bytes, headers over the limit,
 * too slow): answered in the shape of the protocol the path belongs to, as far as the bytes
 * received tell (request line and `anthropic-version`), instead of fastify's own body.
 */
export function clientErrorHandler(log: FastifyBaseLogger, newRequestId: () => string) {
  return (err: ClientError, socket: Socket): void => {
    // A reset connection: nobody is left to answer.
    if (err.code === 'ECONNRESET' || socket.destroyed) return;
    const error = gatewayErrorOf(err);
    const raw = Buffer.isBuffer(err.rawPacket) ? err.rawPacket.toString('latin1') : '';
    const path = /^[A-Z]+ (\S+)/.exec(raw)?.[1] ?? '/';
    const protocol = wireProtocolOf(path, /\r\nanthropic-version\s*:/i.test(raw));
    const requestId = newRequestId();
    const { status, body } = renderError(error, protocol, requestId);
    const text = JSON.stringify(body);
    log.info({ requestId, method: /^[A-Z]+/.exec(raw)?.[0] ?? '', route: path.split('?')[0], protocol, status, errorCode: error.code, err: err.code }, 'request refused before routing');
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
          `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(text)}\r\n` +
          `x-request-id: ${requestId}\r\nrequest-id: ${requestId}\r\nx-should-retry: ${shouldRetry(error.code, status)}\r\nconnection: close\r\n\r\n${text}`,
      );
    }
    socket.destroy();
  };
}

function gatewayErrorOf(err: ClientError): GatewayError {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new GatewayError('headers_too_large', 'The request headers are larger than this gateway accepts.');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new GatewayError('request_timeout', 'The request did not arrive in time.');
    default:
      return new GatewayError('invalid_request', 'The request is not valid HTTP (bad bytes in the request line or headers).');
  }
}
