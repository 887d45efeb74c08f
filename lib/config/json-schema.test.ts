import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, configJsonSchemaText } from './json-schema';

describe('config.schema.json', () => {
  it('is exactly what write-json-schema.ts generates (run `npx tsx lib/config/write-json-schema.ts`)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../schemas/config.schema.json', import.meta.url)), 'utf8');
    expect(committed).toBe(configJsonSchemaText());
  });

  it('describes the versioned document and forbids unknown top-level keys', () => {
    expect(configJsonSchema()).toMatchObject({
      properties: { format: { const: 'import-doctor/config' }, version: { const: 1 } },
      required: ['format', 'version', 'exportedAt', 'connections'],
      additionalProperties: false,
    });
  });
});
