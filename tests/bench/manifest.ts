import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The host permissions the built extension holds at install (a test build's pre-granted origins included). */
export function hostPermissionsOf(extensionDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { host_permissions?: unknown };
  return Array.isArray(manifest.host_permissions) ? manifest.host_permissions.filter((p): p is string => typeof p === 'string') : [];
}
