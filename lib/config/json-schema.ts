import { z } from 'zod';
import { ConfigDocumentSchema } from './schema';

/**
 * The JSON Schema of the configuration file, generated from the zod schema (the source of truth).
 * `io: 'input'` describes what an import accepts: fields with a default may be left out.
 */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ConfigDocumentSchema, { io: 'input', target: 'draft-2020-12' });
}

/** The exact text of schemas/config.schema.json. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
