import type { ItemIds } from './item-ids.js';
import type { WireInputItem, WireResponsesRequest } from './wire.js';

const PREFIX = { message: 'msg', function_call: 'fc', function_call_output: 'fco', custom_tool_call: 'ctc', custom_tool_call_output: 'ctco', reasoning: 'rs' } as const;

/**
 * A request's input as stored and listed by `GET /v1/responses/{id}/input_items`: a string
 * becomes one user message, messages get `type: "message"` and content parts, every item an id.
 */
export function storedInputItems(input: WireResponsesRequest['input'], ids: ItemIds): WireInputItem[] {
  const items = typeof input === 'string' ? [{ role: 'user' as const, content: input }] : (input ?? []);
  return items.map((item): WireInputItem => {
    if ('role' in item && item.role !== undefined) {
      const textType = item.role === 'assistant' ? ('output_text' as const) : ('input_text' as const);
      const content = typeof item.content === 'string' ? [{ type: textType, text: item.content }] : item.content;
      return { ...item, type: 'message', id: item.id ?? ids.next(PREFIX.message), content };
    }
    const type = (item as { type: keyof typeof PREFIX }).type;
    return { ...item, id: (item as { id?: string | null }).id ?? ids.next(PREFIX[type] ?? 'msg') } as WireInputItem;
  });
}
