/**
 * Puts text on the clipboard. The async Clipboard API first; a shop admin's permissions policy or
 * a lost focus can refuse it, so a hidden textarea with execCommand('copy') is the fallback. The
 * textarea goes beside `near` (inside the panel's shadow root), so the page never sees the text.
 */
export async function copyText(text: string, near: HTMLElement | null): Promise<boolean> {
  try {
    if (typeof navigator.clipboard?.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the fallback below.
  }
  return copyWithTextarea(text, near);
}

function copyWithTextarea(text: string, near: HTMLElement | null): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  Object.assign(area.style, { position: 'fixed', top: '0', left: '0', opacity: '0', pointerEvents: 'none' });
  (near?.parentElement ?? document.body).append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  near?.focus();
  return copied;
}
