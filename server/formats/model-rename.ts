/**
 * Pass-through's one edit to an upstream's JSON text: the model the upstream names becomes the
 * name the caller used, replaced in place (`"model":"<upstream>"` → `"model":"<caller>"`) instead of
 * parsing and serialising the whole event again. A quoted needle cannot match inside a JSON
 * string (its quotes would be escaped there), so the first match is the field itself.
 */
export class ModelRename {
  private upstream: string | undefined;
  private needle = '';
  private readonly replacement: string;

  constructor(readonly callerModel: string) {
    this.replacement = `"model":${JSON.stringify(callerModel)}`;
  }

  /**
   * `data` with the model field renamed, given the value the parsed event holds there; undefined
   * when that cannot be done in place (no such field, spelled with spaces, or text spanning lines,
   * which would break the SSE framing): the caller rebuilds the event.
   */
  apply(data: string, upstreamModel: unknown): string | undefined {
    if (data.includes('\n') || data.includes('\r')) return undefined;
    if (upstreamModel === this.callerModel) return data;
    if (typeof upstreamModel !== 'string') return undefined;
    if (upstreamModel !== this.upstream) {
      this.upstream = upstreamModel;
      this.needle = `"model":${JSON.stringify(upstreamModel)}`;
    }
    const at = data.indexOf(this.needle);
    if (at < 0) return undefined;
    return data.slice(0, at) + this.replacement + data.slice(at + this.needle.length);
  }
}
