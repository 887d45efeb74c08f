import { z } from 'zod';
import { db } from '../../storage/db';
import { deleteSecret, readSecret, writeSecret } from '../../storage/secrets';
import { inMemorySigning, type SigningMemory } from './signing-memory';

/*
 * The background's copy of what signing-memory.ts remembers: a row beside the connection's
 * secrets (kind 'woocommerce-signing'), so it goes when the connection goes.
 */
export const WOO_SIGNING_KIND = 'woocommerce-signing';
const StoredSigningSchema = z.object({ site: z.string().max(600), scheme: z.enum(['http', 'https']), since: z.number().int().nonnegative() });

/** Memory in front of IndexedDB: the stored row is read once per worker life and connection. */
export function storedSigning(now: () => number = Date.now): SigningMemory {
  const memory = inMemorySigning();
  const loaded = new Set<string>();
  return {
    async signingFor(connectionId, site) {
      if (!loaded.has(connectionId)) {
        loaded.add(connectionId);
        try {
          const stored = await readSecret(connectionId, WOO_SIGNING_KIND, StoredSigningSchema);
          if (stored) await memory.remember(connectionId, stored.site, stored.scheme);
        } catch {
          // An unreadable row only costs one ignored Basic request.
        }
      }
      return memory.signingFor(connectionId, site);
    },
    async remember(connectionId, site, scheme) {
      await memory.remember(connectionId, site, scheme);
      loaded.add(connectionId);
      try {
        if (scheme === null) await deleteSecret(connectionId, WOO_SIGNING_KIND);
        // Only for a saved connection: testing a key before saving leaves nothing behind.
        else if (await db().profiles.get(connectionId)) await writeSecret(connectionId, WOO_SIGNING_KIND, StoredSigningSchema, { site, scheme, since: now() });
      } catch {
        // Memory still holds it for this worker's life.
      }
    },
  };
}
