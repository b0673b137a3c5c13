import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as validators from '../../generated/admin/validators.gen.js';
import { CreateAccountRequest, TopUpRequest, UpdateAccountRequest } from '../../spec/native/admin/accounts.js';
import { ChannelTestRequest, CreateChannelRequest, UpdateChannelRequest } from '../../spec/native/admin/channels.js';
import { CreateKeyRequest, RotateKeyRequest, UpdateKeyRequest } from '../../spec/native/admin/keys.js';
import { CreateModelRequest, UpdateModelRequest } from '../../spec/native/admin/models.js';
import { buildOpenApiDocument } from '../../spec/native/admin.spec.js';
import { parseSpec } from '../../spec/codegen/parse.js';
import { issueParam } from '../../server/admin/parse-input.js';

/** REST validates with the generated (Ajv) validators, tRPC with the zod schemas: they must agree. */
const ZOD: Record<string, z.ZodType> = {
  createAccount: CreateAccountRequest, updateAccount: UpdateAccountRequest, topUpAccount: TopUpRequest,
  createKey: CreateKeyRequest, updateKey: UpdateKeyRequest, rotateKey: RotateKeyRequest,
  createChannel: CreateChannelRequest, updateChannel: UpdateChannelRequest, testChannel: ChannelTestRequest,
  createModel: CreateModelRequest, updateModel: UpdateModelRequest,
};

const extra: Record<string, unknown[]> = {
  createKey: [{ account_id: 'a', name: 'n', expires_at: '2030-01-01T00:00:00+02:00' }, { account_id: 'a', name: 'n', expires_at: 'tomorrow' }],
  createChannel: [{ id: 'c', provider: 'simulator', base_url: 'not a url' }, { id: 'bad id!', provider: 'simulator' }],
  createModel: [{ id: 'qwen/qwen3:max', supported_protocols: ['nexusflow:tasks'], channels: [{ channel: 'x' }] }, { id: 'm', supported_protocols: ['smtp'], channels: [{ channel: 'x' }] }],
  testChannel: [{ model: 'qwen-turbo' }, { model: '' }, { model: 7 }],
  updateKey: [{ rate_limits: null }, { rate_limits: { requests_per_minute: 1.5 } }, { spend_limit: null, spend_period: null }],
};

describe('admin spec: zod (tRPC) and the generated validators (REST) agree', () => {
  const spec = parseSpec({ name: 'admin', origin: 'spec/native/admin.spec.ts' }, buildOpenApiDocument());
  const validator = (operationId: string) =>
    (validators as Record<string, (d: unknown) => { path: string }[] | null>)[`validate${operationId[0]!.toUpperCase()}${operationId.slice(1)}Body`]!;

  it('covers every operation with a body', () => {
    expect(spec.operations.filter((o) => o.requestBody).map((o) => o.operationId).sort()).toEqual(Object.keys(ZOD).sort());
  });

  for (const op of spec.operations.filter((o) => o.requestBody)) {
    it(`${op.operationId}: examples and edge cases`, () => {
      const schema = ZOD[op.operationId]!;
      const bodies = [...op.requestBody!.examples.map((e) => ({ value: e.value, expect: e })), ...(extra[op.operationId] ?? []).map((value) => ({ value, expect: undefined }))];
      for (const { value, expect: ex } of bodies) {
        const ajv = validator(op.operationId)(value);
        const zod = schema.safeParse(value);
        expect(zod.success, JSON.stringify(value)).toBe(ajv === null);
        if (ex && ex.expectStatus === 400 && ex.expectIssuePath !== undefined) {
          expect(ajv?.[0]?.path).toBe(ex.expectIssuePath);
          expect(zod.success ? undefined : issueParam(zod.error.issues[0]!.path)).toBe(ex.expectIssuePath);
        }
        if (ex && ex.expectStatus !== 400) expect(ajv, `${ex.name} should be valid`).toBeNull();
      }
    });
  }
});
