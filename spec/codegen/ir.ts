/**
 * The intermediate representation every plugin reads. `parse.ts` builds one `SpecIR` per
 * spec source; plugins never look at YAML or files, only at this (and at `document`,
 * the untouched OpenAPI object, for the tools that want a whole document).
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export type WireProtocol = 'openai' | 'anthropic' | 'gemini' | 'nexusflow';
export const WIRE_PROTOCOLS: readonly WireProtocol[] = ['openai', 'anthropic', 'gemini', 'nexusflow'];

/** A JSON Schema node as written in the spec; `$ref`s are left in place. */
export type JsonSchema = { readonly [key: string]: unknown } | boolean;

/** The parsed OpenAPI 3.1 document, as loaded (refs unresolved). */
export type OpenApiDocument = { readonly [key: string]: unknown };

export interface SseConfig {
  /** `data`: only `data:` lines. `event`: an `event:` line (equal to the JSON `type`) and a `data:` line. */
  framing: 'data' | 'event';
  /** The literal terminator sent as the last `data:` (`[DONE]`), or null when the stream just ends. */
  done: string | null;
}

export type ParameterLocation = 'path' | 'query' | 'header';

export interface ParameterIR {
  name: string;
  in: ParameterLocation;
  required: boolean;
  schema: JsonSchema;
  description?: string;
  /** `example`, or the first of `examples`. */
  example?: unknown;
}

export interface ExampleIR {
  name: string;
  summary?: string;
  value: unknown;
  /** `x-nexusflow-expect-status`, default 200. */
  expectStatus: number;
  /** `x-nexusflow-expect-issue-path`: for a negative example, the path of the first validation issue. */
  expectIssuePath?: string;
}

export interface RequestBodyIR {
  required: boolean;
  /** Media types in spec order; `application/json` is the one validated. */
  mediaTypes: string[];
  /** Schema of the `application/json` media type. */
  schema?: JsonSchema;
  examples: ExampleIR[];
}

export interface MediaIR {
  mediaType: string;
  schema?: JsonSchema;
  /** `x-nexusflow-event-schema` of a `text/event-stream` media type. */
  eventSchema?: JsonSchema;
}

export interface ResponseIR {
  /** `200`, `4XX`, `default`… as written. */
  status: string;
  description: string;
  content: MediaIR[];
}

/** One entry of a security requirement: scheme name → scopes. An empty list means "no auth". */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

export interface SecuritySchemeIR {
  name: string;
  type: 'http' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  /** For `http`: `bearer`, `basic`… (lower-cased). */
  scheme?: string;
  /** For `apiKey`. */
  in?: 'header' | 'query' | 'cookie';
  /** For `apiKey`: the header / query / cookie name. */
  parameterName?: string;
}

export interface OperationIR {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI form: `/v1/models/{model}`. */
  path: string;
  /** find-my-way (fastify) form: `/v1/models/:model`. See router-path.ts. */
  routerPath: string;
  summary?: string;
  tags: string[];
  parameters: ParameterIR[];
  requestBody?: RequestBodyIR;
  responses: ResponseIR[];
  sse?: SseConfig;
  /** The effective requirements (operation-level, else document-level). `[]` = public. */
  security: SecurityRequirement[];
  /**
   * `x-nexusflow-conformance-params` / `-query`: values conformance tests use.
   * `expectStatus` (`x-nexusflow-conformance-expect-status`): the status a request without a body
   * expects, when 200 cannot be had from an empty gateway (a task id the server generates).
   */
  conformance: { params: Record<string, string>; query: Record<string, string>; expectStatus?: number };
}

export interface SpecIR {
  /** Output folder and naming stem: the file stem, e.g. `openai`. */
  name: string;
  /** Repository-relative source of the spec, for "Generated from …" headers. */
  origin: string;
  /** `info.x-nexusflow-protocol`. */
  protocol: WireProtocol;
  title: string;
  version: string;
  securitySchemes: SecuritySchemeIR[];
  /** `info.x-nexusflow-conformance-headers`: added to every conformance request. */
  conformanceHeaders: Record<string, string>;
  /**
   * `info.x-nexusflow-unauthenticated-status` (default 401): the status of a request without
   * credentials. Gemini answers a missing or bad key with 400 INVALID_ARGUMENT, not 401.
   */
  unauthenticatedStatus: number;
  /**
   * `info.x-nexusflow-conformance-credential`: which credential of the test gateway the
   * conformance tests send. Absent means its API key; `admin` means its admin token (the
   * admin API, which an API key never opens).
   */
  conformanceCredential?: 'admin';
  operations: OperationIR[];
  /** Names of `components.schemas`, in spec order. */
  schemaNames: string[];
  /** The untouched document (refs unresolved), for openapi-typescript and hey-api. */
  document: OpenApiDocument;
}
