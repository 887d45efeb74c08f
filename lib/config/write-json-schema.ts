/**
 * Regenerates schemas/config.schema.json from the zod schema:
 *   npx tsx lib/config/write-json-schema.ts
 * json-schema.test.ts fails while the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configJsonSchemaText } from './json-schema';

const target = fileURLToPath(new URL('../../schemas/config.schema.json', import.meta.url));
writeFileSync(target, configJsonSchemaText());
console.log(`wrote ${target}`);
