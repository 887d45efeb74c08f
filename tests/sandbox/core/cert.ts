import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CertificatePair {
  key: string;
  cert: string;
}

// Generating an RSA key takes a noticeable moment; tests start many sandboxes in one process.
const cache = new Map<string, CertificatePair>();

/**
 * A throwaway self-signed certificate for every hostname the sandbox plays (wildcards allowed).
 * Chromium runs with --ignore-certificate-errors, so only the names matter, not the trust.
 * Synchronous so that swapping a scenario can renew it without an await.
 */
export function makeCertificate(hostnames: readonly string[]): CertificatePair {
  const names = [...new Set(hostnames.map((name) => name.toLowerCase()))].sort();
  const cacheKey = names.join(',');
  const cached = cache.get(cacheKey);
  if (cached) return cached;

  const dir = mkdtempSync(join(tmpdir(), 'import-doctor-sandbox-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    const san = [...names.map((name) => `DNS:${name}`), 'DNS:localhost', 'IP:127.0.0.1'].join(',');
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
        '-subj', '/CN=import-doctor-sandbox',
        '-addext', `subjectAltName=${san}`,
        '-keyout', keyPath, '-out', certPath,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const pair = { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
    cache.set(cacheKey, pair);
    return pair;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
