// Generated from spec/native/files.spec.ts by spec/codegen — do not edit.
// TypeScript types of the spec (openapi-typescript), plus an alias per component schema.

export interface paths {
    "/v1/files/{file_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file by its signed URL
         * @description URLs come from image responses and tasks. 403 when the signature is wrong or has expired (ask for the task again for a fresh URL), 404 when the file is gone.
         */
        get: operations["getFileContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorResponse: {
            error: {
                message: string;
                type: string;
                param: string | null;
                code: string | null;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getFileContent: {
        parameters: {
            query: {
                /** @description Unix time (seconds) after which the URL stops working. */
                expires: number;
                sig: string;
            };
            header?: never;
            path: {
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/apng": string;
                    "image/jpeg": string;
                    "image/webp": string;
                    "video/mp4": string;
                    "application/octet-stream": string;
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (403) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}

// Component schema aliases.
export type ErrorResponse = components['schemas']['ErrorResponse'];
