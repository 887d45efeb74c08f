import type { SandboxResponse } from '../core/types';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:sans-serif;max-width:36rem;margin:3rem auto">
<h1>Exact Online</h1>
${body}
</body></html>`;
}

export function htmlResponse(status: number, title: string, body: string): SandboxResponse {
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8' }, rawBody: page(title, body) };
}

export function errorPage(status: number, message: string): SandboxResponse {
  return htmlResponse(status, 'Exact Online - Error', `<p id="error">${escapeHtml(message)}</p>`);
}

export interface ConsentForm {
  appName: string;
  clientId: string;
  redirectUri: string;
  state: string | null;
  userId: string;
  userName: string;
  divisionName: string;
}

/** The consent screen; its buttons post to /api/oauth2/approve (the only other write the host allows). */
export function consentPage(form: ConsentForm): SandboxResponse {
  const hidden = (name: string, value: string): string =>
    `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  return htmlResponse(
    200,
    'Exact Online - Authorize',
    `<p>Signed in as <strong>${escapeHtml(form.userName)}</strong></p>
<h2>Exact Online — allow ${escapeHtml(form.appName)} access to your administration?</h2>
<p>${escapeHtml(form.appName)} will be able to read data of ${escapeHtml(form.divisionName)}.</p>
<form method="post" action="/api/oauth2/approve">
${hidden('client_id', form.clientId)}
${hidden('redirect_uri', form.redirectUri)}
${form.state === null ? '' : hidden('state', form.state)}
${hidden('user_id', form.userId)}
<button type="submit" name="decision" value="allow" id="authorize">Authorize</button>
<button type="submit" name="decision" value="deny" id="deny">Deny</button>
</form>`,
  );
}
