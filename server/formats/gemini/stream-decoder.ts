import type { StreamEvent } from '../../canonical/events.js';
import type { CanonicalUsage } from '../../canonical/usage.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { newId } from '../../util/ids.js';
import { upstreamCallIds } from './decode-response.js';
import { decodeFinishReason, decodeUsageMetadata } from './usage.js';
import type { WirePart } from './wire.js';

interface CandidateState {
  nextIndex: number;
  open?: { kind: 'text' | 'thinking'; index: number; signed: boolean };
  sawToolCall: boolean;
  finished: boolean;
}

/**
 * Upstream streamGenerateContent chunks (each a GenerateContentResponse with the new piece)
 * → canonical events. One instance per stream. Gemini repeats `usageMetadata` on many chunks;
 * only the last one counts, emitted once by `end()`. Thought signatures follow parts.ts: a
 * signature on an answer part is an empty thinking part of its own, just before it.
 */
export class GeminiStreamDecoder {
  private started = false;
  private usage: CanonicalUsage | undefined;
  private readonly candidates = new Map<number, CandidateState>();
  private readonly ids = upstreamCallIds();

  decode(chunk: unknown): StreamEvent[] {
    if (typeof chunk !== 'object' || chunk === null || Array.isArray(chunk)) throw new GatewayError('upstream_error', 'The upstream sent a malformed stream chunk.');
    const c = chunk as { candidates?: unknown; usageMetadata?: unknown; modelVersion?: unknown; responseId?: unknown; error?: { message?: unknown } };
    if (c.error) throw new GatewayError('upstream_error', `The upstream reported an error mid-stream: ${String(c.error.message ?? 'unknown error')}`);
    const out: StreamEvent[] = [];
    if (!this.started) {
      this.started = true;
      out.push({ type: 'start', id: typeof c.responseId === 'string' && c.responseId !== '' ? c.responseId : newId('gen', 24), model: typeof c.modelVersion === 'string' ? c.modelVersion : '', created: Math.floor(Date.now() / 1000) });
    }
    if (c.candidates !== undefined && !Array.isArray(c.candidates)) throw new GatewayError('upstream_error', 'The upstream sent malformed candidates.');
    for (const [i, raw] of ((c.candidates ?? []) as unknown[]).entries()) {
      const cand = (typeof raw === 'object' && raw !== null ? raw : {}) as { content?: { parts?: unknown }; finishReason?: unknown; index?: unknown };
      const choice = typeof cand.index === 'number' ? cand.index : i;
      const st = this.state(choice);
      if (st.finished) continue;
      for (const p of Array.isArray(cand.content?.parts) ? (cand.content.parts as WirePart[]) : []) {
        if (typeof p === 'object' && p !== null) this.part(out, choice, st, p);
      }
      if (cand.finishReason !== undefined && cand.finishReason !== null) {
        this.close(out, choice, st);
        st.finished = true;
        out.push({ type: 'finish', choice, reason: decodeFinishReason(cand.finishReason, st.sawToolCall) });
      }
    }
    const usage = decodeUsageMetadata(c.usageMetadata);
    if (usage) this.usage = usage;
    return out;
  }

  /** Events after the last chunk: the usage, when the upstream reported any. */
  end(): StreamEvent[] {
    return this.usage ? [{ type: 'usage', usage: this.usage }] : [];
  }

  /** True when every candidate seen has a finish reason. */
  complete(): boolean {
    if (this.candidates.size === 0) return false;
    for (const st of this.candidates.values()) if (!st.finished) return false;
    return true;
  }

  private part(out: StreamEvent[], choice: number, st: CandidateState, p: WirePart): void {
    const signature = typeof p.thoughtSignature === 'string' && p.thoughtSignature !== '' ? p.thoughtSignature : undefined;
    if (p.thought === true) {
      if (st.open?.kind !== 'thinking' || st.open.signed) this.openPart(out, choice, st, 'thinking');
      const open = st.open!;
      if (typeof p.text === 'string' && p.text.length > 0) out.push({ type: 'thinking_delta', choice, index: open.index, text: p.text });
      if (signature) {
        out.push({ type: 'signature_delta', choice, index: open.index, signature });
        open.signed = true;
      }
      return;
    }
    if (signature) {
      // An empty thinking part of its own, as in parts.ts: the signature stays on this part.
      this.openPart(out, choice, st, 'thinking');
      out.push({ type: 'signature_delta', choice, index: st.open!.index, signature });
      this.close(out, choice, st);
    }
    if (typeof p.text === 'string') {
      if (st.open?.kind !== 'text') this.openPart(out, choice, st, 'text');
      if (p.text.length > 0) out.push({ type: 'text_delta', choice, index: st.open!.index, text: p.text });
      return;
    }
    if (typeof p.functionCall === 'object' && p.functionCall !== null) {
      this.close(out, choice, st);
      const call = p.functionCall;
      const index = st.nextIndex++;
      st.sawToolCall = true;
      const args = typeof call.args === 'object' && call.args !== null && !Array.isArray(call.args) ? call.args : {};
      out.push({ type: 'part_start', choice, index, kind: 'tool_call', toolCallId: this.ids.callId(call), toolName: String(call.name ?? '') });
      out.push({ type: 'tool_arguments_delta', choice, index, json: JSON.stringify(args) });
      out.push({ type: 'part_end', choice, index });
    }
    // Other parts (inline images, executable code) have no stream event in the canonical model.
  }

  private state(choice: number): CandidateState {
    let st = this.candidates.get(choice);
    if (!st) {
      st = { nextIndex: 0, sawToolCall: false, finished: false };
      this.candidates.set(choice, st);
    }
    return st;
  }

  private openPart(out: StreamEvent[], choice: number, st: CandidateState, kind: 'text' | 'thinking'): void {
    this.close(out, choice, st);
    const index = st.nextIndex++;
    st.open = { kind, index, signed: false };
    out.push({ type: 'part_start', choice, index, kind });
  }

  private close(out: StreamEvent[], choice: number, st: CandidateState): void {
    if (!st.open) return;
    out.push({ type: 'part_end', choice, index: st.open.index });
    st.open = undefined;
  }
}
