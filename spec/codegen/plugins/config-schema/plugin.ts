/**
 * config-schema: the JSON Schema of the declarative catalog file (NEXUSFLOW_CONFIG), emitted
 * from the zod schema the server validates it with, so editors and CI check catalogs against
 * exactly what the gateway accepts. Output: generated/config/catalog.schema.json.
 */
import { z } from 'zod';
import { catalogFileSchema } from '../../../../server/config/catalog-file.js';
import type { Plugin } from '../../plugin.js';

export function configSchemaPlugin(): Plugin {
  return {
    name: 'config-schema',
    finish(ctx) {
      const schema = z.toJSONSchema(catalogFileSchema, { io: 'input' });
      const document = {
        $id: 'https://nexusflow.dev/schemas/catalog.schema.json',
        title: 'NexusFlow catalog file (NEXUSFLOW_CONFIG)',
        description: 'Generated from server/config/catalog-file.ts by spec/codegen — do not edit.',
        ...schema,
      };
      ctx.emit({ path: `${ctx.outDir}/config/catalog.schema.json`, contents: JSON.stringify(document, null, 2) });
    },
  };
}
