import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  url: string;
  headers: IncomingMessage['headers'];
  /** The JSON body, or `{}` when it was absent or not JSON. */
  body: Record<string, unknown>;
}

export interface JsonServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Stops listening and drops open connections (hung or streaming ones included). */
  close(): Promise<void>;
}

/**
 * The scaffold of every fake upstream: a loopback server on a free port that reads each JSON
 * body, records the request and hands it to `handle`.
 */
export async function startJsonServer(handle: (req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>) => void): Promise<JsonServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        // not JSON: recorded as {}
      }
      requests.push({ url: req.url ?? '', headers: req.headers, body });
      handle(req, res, body);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    }),
  };
}
