import type { Logger } from 'pino';
import type { LeaseBook } from '../billing/lease-book.js';
import type { SettlementOutbox } from '../billing/settlement-outbox.js';
import type { UsageWriter } from '../billing/usage-writer.js';
import type { Catalog } from '../catalog/catalog.js';
import type { KeyCache } from '../auth/key-cache.js';
import type { RequestLimits } from '../limits/request-limits.js';
import type { Metrics } from '../observability/metrics.js';
import type { Tracing } from '../observability/tracing.js';
import type { EmbeddingProvider } from '../providers/embedding-types.js';
import type { ChatProvider } from '../providers/types.js';
import type { StoredResponses } from '../responses/stored-responses.js';
import type { CircuitBreakers } from '../routing/circuit-breaker.js';
import type { RateLimiter } from '../routing/rate-limiter.js';
import type { RoutingOptions } from '../routing/routing-options.js';
import type { Store } from '../store/store.js';
import type { ProviderType } from '../store/types.js';
import type { MediaServices } from '../tasks/media-services.js';

/** Everything a request needs, built once per gateway instance (no module globals). */
export interface Services {
  store: Store;
  catalog: Catalog;
  keys: KeyCache;
  providers: Map<ProviderType, ChatProvider>;
  embeddingProviders: Map<ProviderType, EmbeddingProvider>;
  usage: UsageWriter;
  /** Request ids whose balance hold this process placed and has not closed yet (billing/request-billing.ts). */
  liveHolds: Set<string>;
  /** Leased budgets: requests held in memory against leases (billing/lease-book.ts). */
  leases: LeaseBook;
  /** Charges kept locally while the store is down (billing/settlement-outbox.ts). */
  outbox: SettlementOutbox;
  metrics: Metrics;
  log: Logger;
  /** Output tokens assumed for holds when neither the request nor the model caps them. */
  defaultMaxOutputTokens: number;
  /** What one request may contain (counts checked after decoding). */
  limits: RequestLimits;
  /** Retry, fallback and circuit settings. */
  routing: RoutingOptions;
  /** Per-process circuit breakers; `snapshot()` for the admin channel list. */
  circuits: CircuitBreakers;
  /** Per-key requests/tokens per minute, enforced through the store (holds across processes). */
  rateLimits: RateLimiter;
  /** Images, videos and async tasks (server/tasks). */
  media: MediaServices;
  /** Responses API responses kept for retrieval and `previous_response_id`. */
  responses: StoredResponses;
  /** OpenTelemetry traces, when configured. */
  tracing?: Tracing;
}
