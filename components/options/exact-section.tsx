import { useState } from 'react';
import { Button, Section, SelectField, TextField } from './fields';
import { EXACT_HOSTS } from './form-state';
import { useT } from './options-context';
import type { SectionProps } from './section-props';
import { TestButton } from './test-button';

interface ExactProps extends SectionProps {
  redirectUri: string;
  busy: boolean;
  onConnect(): void;
  onRefreshMasterData(): void;
}

/** Exact Online: the region, the merchant's own Exact app, connecting (OAuth), the division. */
export function ExactSection({ form, set, errors, status, redirectUri, busy, onConnect, onRefreshMasterData }: ExactProps) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(redirectUri);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const keepHint = status?.accountingAppSet ? t('options.accounting.keep-stored') : undefined;
  return (
    <Section title={t('options.section.accounting')} testId="section-exact">
      <SelectField
        testId="field-exact-host"
        label={t('options.accounting.host')}
        value={form.host}
        options={EXACT_HOSTS.map((host) => ({ value: host, label: host }))}
        onChange={(host) => set({ host })}
        error={errors['accounting.host']}
      />
      <p className="mb-3 text-sm text-slate-600">{t('options.accounting.app-explained')}</p>
      <div className="mb-3">
        <p className="text-sm font-medium text-slate-800">{t('options.accounting.redirect-uri')}</p>
        <div className="mt-1 flex items-center gap-2">
          <code data-testid="exact-redirect-uri" className="break-all rounded bg-slate-100 px-2 py-1 text-xs">
            {redirectUri}
          </code>
          <Button testId="copy-redirect-uri" onClick={() => void copy()} disabled={redirectUri === ''}>
            {copied ? t('options.accounting.copied') : t('options.accounting.copy')}
          </Button>
        </div>
      </div>
      <TextField testId="field-exact-client-id" label={t('options.accounting.client-id')} hint={keepHint} value={form.clientId} onChange={(clientId) => set({ clientId })} error={errors['accountingApp.clientId']} />
      <TextField
        testId="field-exact-client-secret"
        type="password"
        autoComplete="new-password"
        label={t('options.accounting.client-secret')}
        hint={keepHint}
        value={form.clientSecret}
        onChange={(clientSecret) => set({ clientSecret })}
        error={errors['accountingApp.clientSecret']}
      />
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <Button testId="connect-exact" kind="primary" onClick={onConnect} disabled={busy}>
          {t(status?.accountingConnected ? 'options.accounting.reconnect' : 'options.accounting.connect')}
        </Button>
        <p data-testid="exact-status" data-connected={status?.accountingConnected === true} className="text-sm" aria-live="polite">
          {exactStatusText(status, t)}
        </p>
      </div>
      <TextField
        testId="field-division"
        type="number"
        label={t('options.accounting.division')}
        hint={t('options.accounting.division-hint')}
        value={form.division}
        onChange={(division) => set({ division })}
        error={errors['accounting.division']}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button testId="refresh-master-data" onClick={onRefreshMasterData} disabled={busy || !status?.accountingConnected}>
          {t('options.accounting.refresh-master-data')}
        </Button>
      </div>
      <TestButton id={form.id} side="accounting" saved={status !== null} />
    </Section>
  );
}

function exactStatusText(status: SectionProps['status'], t: ReturnType<typeof useT>): string {
  if (!status?.accountingConnected) return t(status?.accountingAppSet ? 'options.accounting.status.app-set' : 'options.accounting.status.not-connected');
  if (status.accountingUser === undefined) return t('options.accounting.status.connected');
  return t('options.accounting.status.connected-as', {
    user: status.accountingUser,
    division: status.divisionName ? `${status.divisionName} (${status.division ?? ''})` : String(status.division ?? ''),
  });
}
