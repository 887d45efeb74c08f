import type { ConnectionEntry, PlatformInfo } from '../../lib/messaging/protocol';
import { ConnectorSection } from './connector-section';
import { ExactSection } from './exact-section';
import { Button, TextField } from './fields';
import type { FormState } from './form-state';
import { MappingSection } from './mapping-section';
import { NoticeLine } from './notice-line';
import { useT } from './options-context';
import { ShopSection } from './shop-section';
import { useConnectionForm } from './use-connection-form';

interface Props {
  initial: FormState;
  entry: ConnectionEntry | null;
  platforms: PlatformInfo[];
  redirectUri: string;
  onSaved(entry: ConnectionEntry): void;
  onClose(): void;
}

/** One connection: Shop, Exact Online, connector settings and mapping; saved as a whole. */
export function ConnectionForm({ initial, entry: initialEntry, platforms, redirectUri, onSaved, onClose }: Props) {
  const t = useT();
  const state = useConnectionForm(initial, initialEntry, platforms, onSaved);
  const { form, set, errors, platform, busy } = state;
  const section = { form, set, errors, platform, status: state.entry?.status ?? null };
  return (
    <form
      data-testid="connection-form"
      aria-label={t('options.form.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void state.save();
      }}
    >
      <h2 className="mb-4 text-lg font-semibold">{t(state.entry ? 'options.form.edit-title' : 'options.form.new-title')}</h2>
      <TextField testId="field-label" label={t('options.form.label')} hint={t('options.form.label-hint')} value={form.label} onChange={(label) => set({ label })} error={errors['label']} />
      <ShopSection {...section} platforms={platforms} />
      <ExactSection {...section} redirectUri={redirectUri} busy={busy} onConnect={() => void state.connect()} onRefreshMasterData={() => void state.refreshMasterData()} />
      <ConnectorSection {...section} />
      <MappingSection {...section} />
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50 py-3">
        <button type="submit" data-testid="save-connection" disabled={busy} className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-50">
          {t('options.form.save')}
        </button>
        <Button testId="close-form" onClick={onClose}>
          {t('options.form.close')}
        </Button>
        {state.notice && <NoticeLine notice={state.notice} testId="form-notice" />}
      </div>
    </form>
  );
}
