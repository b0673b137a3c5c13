// Generated from spec/native/files.spec.ts by spec/codegen — do not edit.

export type ClientOptions = {
    baseUrl: `${string}://${string}` | (string & {});
};

export type ErrorResponse = {
    error: {
        message: string;
        type: string;
        param: string | null;
        code: string | null;
    };
};

export type GetFileContentData = {
    body?: never;
    path: {
        file_id: string;
    };
    query: {
        /**
         * Unix time (seconds) after which the URL stops working.
         */
        expires: number;
        sig: string;
    };
    url: '/v1/files/{file_id}/content';
};

export type GetFileContentErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (403)
     */
    403: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
};

export type GetFileContentError = GetFileContentErrors[keyof GetFileContentErrors];

export type GetFileContentResponses = {
    /**
     * The file
     */
    200: Blob | File;
};

export type GetFileContentResponse = GetFileContentResponses[keyof GetFileContentResponses];
