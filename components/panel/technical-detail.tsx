import type { Failure } from '../../lib/model/fetched';
import { technicalRows } from '../../lib/report/technical-rows';
import { useTexts } from './i18n';
import { Icon } from './icons';
import { buttonQuiet } from './styles';
import { useDisclosure } from './use-disclosure';

/** The failed call behind an `error`, one click away: for support, not for the merchant's first read. */
export function TechnicalDetail({ failure }: { failure: Failure }) {
  const { t } = useTexts();
  const { open, buttonProps, regionProps } = useDisclosure(false);
  const rows = technicalRows(failure, { call: t('panel.technical.call'), status: t('panel.technical.status'), detail: t('panel.technical.detail') });
  return (
    <div>
      <button {...buttonProps} data-testid="technical-detail" className={buttonQuiet}>
        <Icon name="chevron" className={`size-4 ${open ? 'rotate-180' : ''}`} />
        {t('panel.technical')}
      </button>
      <dl {...regionProps} className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 rounded-md bg-slate-100 p-2 font-mono text-xs text-slate-900">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-700">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
