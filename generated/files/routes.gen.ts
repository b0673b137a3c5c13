// Generated from spec/native/files.spec.ts by spec/codegen — do not edit.
import type { operations } from './types.gen.js';
import { validateGetFileContentParams, validateGetFileContentQuery } from './validators.gen.js';
import type { NotImplemented, OperationInput, RouteDef } from '../runtime.gen.js';

/** Request and response types of each NexusFlow files operation. */
export interface FilesOperations {
  getFileContent: {
    body: undefined;
    params: operations['getFileContent']['parameters']['path'];
    query: NonNullable<operations['getFileContent']['parameters']['query']>;
    response: undefined;
  };
}

/** One handler per operation; `notImplemented` is the explicit stub. */
export type FilesHandlers<Ctx, Result> = {
  [K in keyof FilesOperations]:
    | ((input: OperationInput<FilesOperations[K]['body'], FilesOperations[K]['params'], FilesOperations[K]['query']>, ctx: Ctx) => Promise<Result>)
    | NotImplemented;
};

export const filesRoutes: readonly RouteDef<keyof FilesOperations & string>[] = [
  {
    operationId: 'getFileContent',
    method: 'GET',
    path: '/v1/files/{file_id}/content',
    routerPath: '/v1/files/:file_id/content',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateQuery: validateGetFileContentQuery,
    validateParams: validateGetFileContentParams,
  },
];
