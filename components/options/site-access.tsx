import { useEffect, useState } from 'react';
import { ownDomainPattern } from '../../lib/shops/own-domain';
import { Button } from './fields';
import { useOptions, useT } from './options-context';

/** The browser's permission for one origin, injected by the entrypoint (components make no browser calls). */
export interface SiteAccess {
  contains(pattern: string): Promise<boolean>;
  /** Must run inside the click: the browser asks the merchant. */
  request(pattern: string): Promise<boolean>;
}

type State = 'unknown' | 'granted' | 'missing' | 'refused';

/**
 * A shop on its own domain: import-doctor may read it and show its panel there only once the
 * merchant allows that one origin. Asked on a click, never at install.
 */
export function SiteAccessField({ shopAddress }: { shopAddress: string }) {
  const { siteAccess } = useOptions();
  const t = useT();
  const pattern = ownDomainPattern(shopAddress);
  const [state, setState] = useState<State>('unknown');

  useEffect(() => {
    if (!pattern || !siteAccess) return;
    let live = true;
    void siteAccess.contains(pattern).then((granted) => {
      if (live) setState(granted ? 'granted' : 'missing');
    });
    return () => {
      live = false;
    };
  }, [pattern, siteAccess]);

  if (!pattern || !siteAccess) return null;
  const origin = pattern.slice(0, -2);
  const grant = async () => setState((await siteAccess.request(pattern)) ? 'granted' : 'refused');
  return (
    <div className="mb-3 flex flex-wrap items-center gap-3" data-testid="site-access" data-granted={state === 'granted'}>
      {state === 'granted' ? (
        <p className="text-sm text-green-700">{t('options.site.granted', { origin })}</p>
      ) : (
        <>
          <Button testId="grant-site" onClick={() => void grant()}>
            {t('options.site.grant', { origin })}
          </Button>
          <p className="text-sm text-slate-600">{t(state === 'refused' ? 'options.site.refused' : 'options.site.explained')}</p>
        </>
      )}
    </div>
  );
}
