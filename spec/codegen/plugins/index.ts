/** The plugins `npm run generate` runs, in dependency order (each declares `dependsOn`). */
import type { Plugin } from '../plugin.js';
import { clientPlugin } from './client/plugin.js';
import { conformancePlugin } from './conformance/plugin.js';
import { configSchemaPlugin } from './config-schema/plugin.js';
import { documentPlugin } from './document/plugin.js';
import { routesPlugin } from './routes/plugin.js';
import { runtimePlugin } from './runtime/plugin.js';
import { typesPlugin } from './types/plugin.js';
import { validatorsPlugin } from './validators/plugin.js';

export function defaultPlugins(): Plugin[] {
  return [runtimePlugin(), documentPlugin(), typesPlugin(), validatorsPlugin(), routesPlugin(), conformancePlugin(), clientPlugin(), configSchemaPlugin()];
}
