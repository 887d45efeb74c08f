import { Fragment } from 'react';
import type { Evidence } from '../../lib/checks/types';
import { useTexts } from './i18n';

/** The values a check compared, as label: value pairs. Values are shown exactly as the check gave them. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const { t } = useTexts();
  if (evidence.length === 0) return null;
  return (
    <div>
      <p className="text-xs font-semibold text-slate-700">{t('panel.evidence')}</p>
      <dl className="mt-1 grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-3 gap-y-1 text-[13px]">
        {evidence.map((row, index) => (
          <Fragment key={index}>
            <dt className="break-words text-slate-700">{t(row.label)}</dt>
            <dd className="break-words text-slate-900">
              {/* Values come from the shop and Exact: isolated, so a direction override stays inside its cell. */}
              <bdi>{row.value}</bdi>
            </dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
