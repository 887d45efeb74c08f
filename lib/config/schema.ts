import { z } from 'zod';
import { ConnectionProfileSchema } from '../model/connection';
import { InstantSchema } from '../model/order';

/**
 * The configuration file import-doctor exports and imports: the connections' non-secret settings
 * and nothing else. Credentials are not in the schema, so they cannot be exported (the profile
 * schema strips unknown keys on the way out) nor imported (stripped on the way in).
 * A change to this shape means a new `version`; config.schema.json is generated from it.
 */
export const CONFIG_FORMAT = 'import-doctor/config';
export const CONFIG_VERSION = 1;
export const MAX_CONNECTIONS = 100;
/** Longest configuration text accepted (a hundred connections fit in well under this). */
export const MAX_CONFIG_CHARS = 1_000_000;

export const ConfigDocumentSchema = z
  .strictObject({
    format: z.literal(CONFIG_FORMAT),
    version: z.literal(CONFIG_VERSION),
    exportedAt: InstantSchema,
    connections: z.array(ConnectionProfileSchema).max(MAX_CONNECTIONS),
  })
  .meta({
    title: 'import-doctor configuration',
    description: 'Connections of import-doctor without credentials. Generated from lib/config/schema.ts.',
  });
export type ConfigDocument = z.infer<typeof ConfigDocumentSchema>;
