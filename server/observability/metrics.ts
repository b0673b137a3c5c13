import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

/** Prometheus metrics of one gateway instance (its own registry: no module globals). */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: 'nexusflow_requests_total', help: 'Requests by protocol, endpoint, model, channel and HTTP status', labelNames: ['protocol', 'endpoint', 'model', 'channel', 'status'] as const, registers: [this.registry] });
  readonly duration = new Histogram({ name: 'nexusflow_request_duration_seconds', help: 'Total request latency', labelNames: ['protocol', 'model'] as const, buckets: LATENCY_BUCKETS, registers: [this.registry] });
  readonly upstreamDuration = new Histogram({ name: 'nexusflow_upstream_duration_seconds', help: 'Upstream call latency (to the end of the body)', labelNames: ['channel'] as const, buckets: LATENCY_BUCKETS, registers: [this.registry] });
  readonly ttft = new Histogram({ name: 'nexusflow_time_to_first_token_seconds', help: 'Time to the first streamed event', labelNames: ['model'] as const, buckets: LATENCY_BUCKETS, registers: [this.registry] });
  readonly overhead = new Histogram({ name: 'nexusflow_gateway_overhead_seconds', help: 'Time spent in the gateway itself', buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05], registers: [this.registry] });
  readonly tokens = new Counter({ name: 'nexusflow_tokens_total', help: 'Tokens by model and bucket', labelNames: ['model', 'bucket'] as const, registers: [this.registry] });
  readonly cost = new Counter({ name: 'nexusflow_cost_microcredits_total', help: 'Charged cost in micro-credits', labelNames: ['model'] as const, registers: [this.registry] });
  readonly openStreams = new Gauge({ name: 'nexusflow_open_streams', help: 'Streams currently open', registers: [this.registry] });
  readonly holdsOutstanding = new Gauge({ name: 'nexusflow_holds_outstanding', help: 'Balance holds placed by this process and not yet settled', registers: [this.registry] });
  readonly billingOverrun = new Counter({ name: 'nexusflow_billing_overrun_microcredits_total', help: 'Cost charged beyond the hold (an upstream that ignored the output cap or counted far more input), by model', labelNames: ['model'] as const, registers: [this.registry] });
  readonly billingLeases = new Gauge({ name: 'nexusflow_billing_leases_open', help: 'Budgets this process leased from account balances and holds requests against in memory', registers: [this.registry] });
  readonly billingOutbox = new Gauge({ name: 'nexusflow_billing_outbox_pending', help: 'Charges kept in the local outbox because the store was down at settlement', registers: [this.registry] });
  readonly usagePending = new Gauge({ name: 'nexusflow_usage_records_pending', help: 'Usage records waiting to be written', registers: [this.registry] });
  readonly upstreamAttempts = new Counter({ name: 'nexusflow_upstream_attempts_total', help: 'Upstream attempts by channel and outcome (ok or the error code); retries and fallbacks included', labelNames: ['channel', 'outcome'] as const, registers: [this.registry] });
  readonly channelCircuit = new Gauge({ name: 'nexusflow_channel_circuit_state', help: 'Circuit breaker state per channel and upstream model: 0 closed, 1 half-open, 2 open', labelNames: ['channel', 'upstream_model'] as const, registers: [this.registry] });
  readonly taskSteps = new Counter({ name: 'nexusflow_task_steps_total', help: 'Task runner steps taken by this process (submit, poll, finish) by kind and the status they left the task in', labelNames: ['kind', 'status'] as const, registers: [this.registry] });
  readonly rateLimited = new Counter({ name: 'nexusflow_rate_limited_total', help: 'Requests refused by a key rate limit', registers: [this.registry] });

  constructor(defaults = true) {
    if (defaults) collectDefaultMetrics({ register: this.registry });
  }
}
