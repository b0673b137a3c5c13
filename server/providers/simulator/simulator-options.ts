/** Per-channel simulator options (channel.options). */
export interface SimulatorOptions {
  /** Characters per streamed text delta. */
  chunkSize: number;
  /** Delay before the first event, ms. */
  firstTokenLatencyMs: number;
  /** Delay between streamed deltas, ms. */
  interChunkLatencyMs: number;
}

export function simulatorOptions(raw: Record<string, unknown> | undefined): SimulatorOptions {
  const num = (k: string, d: number): number => {
    const v = raw?.[k];
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d;
  };
  return {
    chunkSize: Math.max(1, Math.floor(num('chunkSize', 8))),
    firstTokenLatencyMs: num('firstTokenLatencyMs', 0),
    interChunkLatencyMs: num('interChunkLatencyMs', 0),
  };
}
