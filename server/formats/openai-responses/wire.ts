/** Wire types of the Responses API, from the generated spec types (spec/openapi/responses.yaml). */
export type {
  CreateResponseRequest as WireResponsesRequest,
  FunctionCallItem as WireFunctionCallItem,
  FunctionCallOutputItem as WireFunctionCallOutputItem,
  InputContent as WireInputContent,
  InputItem as WireInputItem,
  InputMessage as WireInputMessage,
  OutputItem as WireOutputItem,
  OutputMessage as WireOutputMessage,
  OutputText as WireOutputText,
  ReasoningItem as WireReasoningItem,
  Response as WireResponse,
  ResponseStreamEvent as WireStreamEvent,
  ResponseUsage as WireResponseUsage,
  Tool as WireTool,
} from '../../../generated/responses/types.gen.js';
