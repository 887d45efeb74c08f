/**
 * Who may talk to the background worker. Trust only what the browser fills in (sender.id,
 * sender.origin, sender.tab, sender.frameId), never anything in the payload.
 * - extension pages (options, popup): same extension id and our own origin;
 * - content scripts: same extension id, a tab, the top frame, and an https origin that some
 *   connection claims (checked by the caller against the stored connections).
 */
export interface SenderLike {
  id?: string;
  origin?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type SenderKind =
  | { kind: 'extension-page' }
  | { kind: 'content-script'; tabId: number; origin: string; url: URL }
  | { kind: 'untrusted'; reason: string };

export function classifySender(sender: SenderLike, ownId: string, ownOrigin: string): SenderKind {
  if (sender.id !== ownId) return { kind: 'untrusted', reason: 'foreign extension id' };
  const origin = sender.origin ?? originOf(sender.url);
  if (origin === ownOrigin) return { kind: 'extension-page' };
  if (!sender.tab || typeof sender.tab.id !== 'number') return { kind: 'untrusted', reason: 'no tab' };
  if (sender.frameId !== 0) return { kind: 'untrusted', reason: 'not the top frame' };
  if (!origin || !origin.startsWith('https://')) return { kind: 'untrusted', reason: 'not an https page' };
  const url = parseUrl(sender.url ?? sender.tab.url);
  if (!url || url.origin !== origin) return { kind: 'untrusted', reason: 'url does not match origin' };
  return { kind: 'content-script', tabId: sender.tab.id, origin, url };
}

function originOf(url: string | undefined): string | undefined {
  return parseUrl(url)?.origin;
}

function parseUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
