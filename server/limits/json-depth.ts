/**
 * Finds where a JSON text nests deeper than `max` levels, without parsing it: a scan over the
 * structural characters (strings are skipped with indexOf, so long base64 payloads cost little).
 * Deep input used to reach recursive code (the prompt-token estimate, the generated Gemini
 * validator) and overflow the stack: a 500. Returns the parameter path at the point where the
 * limit was passed (e.g. `tools[0].function.parameters.properties.a`), or undefined when the
 * text stays within the limit (or is not valid JSON: the parser reports that).
 */
export function tooDeepAt(text: string, max: number): string | undefined {
  interface Frame { array: boolean; key: string | number; expectKey: boolean }
  const frames: Frame[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) return undefined;
        let backslashes = 0;
        for (let k = j - 1; text.charCodeAt(k) === 92; k--) backslashes++;
        if (backslashes % 2 === 0) break;
        j++;
      }
      const top = frames[frames.length - 1];
      if (top && !top.array && top.expectKey) {
        top.key = text.slice(i + 1, j);
        top.expectKey = false;
      }
      i = j + 1;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (frames.length >= max) return pathOf(frames);
      frames.push({ array: c === 91, key: c === 91 ? 0 : '', expectKey: c === 123 });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      frames.pop();
    } else if (c === 44 /* , */) {
      const top = frames[frames.length - 1];
      if (top) {
        if (top.array) top.key = (top.key as number) + 1;
        else top.expectKey = true;
      }
    }
    i++;
  }
  return undefined;
}

/** The path down to the frame that went too deep, cut after a few levels so the message stays short. */
function pathOf(frames: ReadonlyArray<{ array: boolean; key: string | number }>): string {
  const SHOWN = 8;
  let path = '';
  for (const [d, f] of frames.slice(0, SHOWN).entries()) {
    if (f.array) path += `[${f.key}]`;
    else path += d === 0 ? String(f.key) : `.${String(f.key)}`;
  }
  return frames.length > SHOWN ? `${path}…` : path;
}
