/**
 * The Gemini GenerateContent wire shapes (camelCase) as this module reads and writes them
 * (protocols.md §4). Inbound bodies are normalised to camelCase (normalize-keys.ts) and
 * validated against spec/openapi/gemini.yaml before they reach these types; upstream bodies
 * are not, so decoders of upstream data stay defensive.
 */

export interface WireBlob {
  mimeType: string;
  data: string;
}

export interface WireFileData {
  mimeType?: string;
  fileUri: string;
}

export interface WireFunctionCall {
  id?: string;
  name: string;
  args?: Record<string, unknown>;
}

export interface WireFunctionResponse {
  id?: string;
  name: string;
  response?: Record<string, unknown>;
  /** Multimodal function responses (newer API versions). */
  parts?: WirePart[];
  [k: string]: unknown;
}

/** One part; exactly one data field is set, `thought`/`thoughtSignature` may sit on any part. */
export interface WirePart {
  text?: string;
  inlineData?: WireBlob;
  fileData?: WireFileData;
  functionCall?: WireFunctionCall;
  functionResponse?: WireFunctionResponse;
  executableCode?: unknown;
  codeExecutionResult?: unknown;
  thought?: boolean;
  thoughtSignature?: string;
  [k: string]: unknown;
}

export interface WireContent {
  role?: string;
  parts: WirePart[];
}

/** Gemini's OpenAPI-subset schema (types upper-case on the wire). */
export type WireSchema = Record<string, unknown>;

export interface WireFunctionDeclaration {
  name: string;
  description?: string;
  parameters?: WireSchema;
  parametersJsonSchema?: Record<string, unknown>;
  response?: WireSchema;
  responseJsonSchema?: Record<string, unknown>;
  [k: string]: unknown;
}

export interface WireTool {
  functionDeclarations?: WireFunctionDeclaration[];
  [k: string]: unknown;
}

export type WireFunctionCallingMode = 'AUTO' | 'ANY' | 'NONE' | 'VALIDATED' | 'MODE_UNSPECIFIED';

export interface WireToolConfig {
  functionCallingConfig?: { mode?: WireFunctionCallingMode; allowedFunctionNames?: string[] };
  [k: string]: unknown;
}

export interface WireThinkingConfig {
  thinkingBudget?: number;
  includeThoughts?: boolean;
  thinkingLevel?: string;
}

export interface WireGenerationConfig {
  temperature?: number;
  topP?: number;
  topK?: number;
  maxOutputTokens?: number;
  stopSequences?: string[];
  candidateCount?: number;
  seed?: number;
  presencePenalty?: number;
  frequencyPenalty?: number;
  responseMimeType?: string;
  responseSchema?: WireSchema;
  responseJsonSchema?: Record<string, unknown>;
  thinkingConfig?: WireThinkingConfig;
  [k: string]: unknown;
}

export interface WireGenerateContentRequest {
  /** Only in `countTokens`' `generateContentRequest` and batch calls; the path names the model. */
  model?: string;
  contents: WireContent[];
  systemInstruction?: WireContent;
  tools?: WireTool[];
  toolConfig?: WireToolConfig;
  generationConfig?: WireGenerationConfig;
  safetySettings?: unknown[];
  cachedContent?: string;
  [k: string]: unknown;
}

export interface WireUsageMetadata {
  promptTokenCount?: number;
  candidatesTokenCount?: number;
  totalTokenCount?: number;
  cachedContentTokenCount?: number;
  thoughtsTokenCount?: number;
  toolUsePromptTokenCount?: number;
  [k: string]: unknown;
}

export interface WireCandidate {
  content?: WireContent;
  finishReason?: string;
  index?: number;
  [k: string]: unknown;
}

export interface WireGenerateContentResponse {
  candidates?: WireCandidate[];
  usageMetadata?: WireUsageMetadata;
  modelVersion?: string;
  responseId?: string;
  promptFeedback?: { blockReason?: string; [k: string]: unknown };
  [k: string]: unknown;
}

export interface WireCountTokensRequest {
  contents?: WireContent[];
  generateContentRequest?: WireGenerateContentRequest;
}

export interface WireErrorBody {
  error: { code: number; message: string; status: string; details?: unknown[] };
}
