import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { PRODUCT_NAME } from '../../lib/report/build-report';
import { useTexts } from './i18n';
import { Icon } from './icons';
import { iconButton } from './styles';

const corner = 'fixed bottom-4 right-4 z-[2147483647] font-sans text-[14px] leading-[20px] text-slate-900 antialiased';
const focusRing = 'outline-none focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:ring-blue-700';

interface PanelFrameProps {
  orderId: string;
  /** The number the merchant knows, once the diagnosis read it (on some platforms it differs from the id). */
  orderNumber: string | null;
  children: ReactNode;
}

/**
 * The floating card in the page's bottom-right corner. It collapses to a small pill so it never
 * blocks the merchant's page; collapsing only hides the card, so a run and open rows survive it.
 */
export function PanelFrame({ orderId, orderNumber, children }: PanelFrameProps) {
  const { t } = useTexts();
  const titleId = useId();
  const [collapsed, setCollapsed] = useState(false);
  const pill = useRef<HTMLButtonElement>(null);
  const minimise = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);

  useEffect(() => {
    // Move focus to the control that took the place of the one just pressed (not on first render).
    if (!toggled.current) return;
    toggled.current = false;
    (collapsed ? pill : minimise).current?.focus();
  }, [collapsed]);

  const toggle = () => {
    toggled.current = true;
    setCollapsed((was) => !was);
  };

  return (
    <>
      <button ref={pill} type="button" hidden={!collapsed} data-testid="panel-pill" aria-label={t('panel.open')} onClick={toggle}
        className={`${corner} inline-flex items-center gap-2 rounded-full border border-slate-300 bg-white px-4 py-2 font-semibold shadow-lg hover:bg-slate-50 ${focusRing}`}>
        <Icon name="stethoscope" className="size-[18px] text-blue-700" />
        {PRODUCT_NAME}
      </button>
      <section hidden={collapsed} aria-labelledby={titleId} data-testid="panel"
        className={`${corner} flex w-[380px] max-w-[calc(100vw-32px)] flex-col rounded-xl border border-slate-300 bg-white shadow-xl`}>
        <header className="flex items-start gap-2 border-b border-slate-200 px-4 pb-3 pt-3">
          <div className="min-w-0 flex-1">
            <p className="flex items-center gap-1 text-xs font-semibold text-blue-800">
              <Icon name="stethoscope" className="size-4" />
              {PRODUCT_NAME}
            </p>
            <h2 id={titleId} className="mt-1 text-[16px] font-semibold leading-[22px]">
              {t('panel.title')}
            </h2>
            {/* The merchant knows the order by its number (#1017); the platform's id is for support. */}
            <p className="mt-0.5 text-[13px] text-slate-700">
              {t('panel.order')}{' '}
              {orderNumber && orderNumber !== orderId ? (
                <>
                  {/* <bdi>: the shop's text may carry direction overrides (U+202E) that must not turn the sentence around. */}
                  <bdi data-testid="panel-order-number" className="font-semibold">
                    {orderNumber}
                  </bdi>{' '}
                  <span className="text-xs text-slate-600">
                    ({t('panel.order-id-label')} <span data-testid="panel-order-id">{orderId}</span>)
                  </span>
                </>
              ) : (
                <span data-testid="panel-order-id">{orderId}</span>
              )}
            </p>
          </div>
          <button ref={minimise} type="button" className={iconButton} aria-label={t('panel.minimise')} data-testid="panel-minimise" onClick={toggle}>
            <Icon name="minus" className="size-5" />
          </button>
        </header>
        <div className="flex max-h-[calc(100vh-160px)] flex-col gap-3 overflow-y-auto px-4 pb-4 pt-3">{children}</div>
      </section>
    </>
  );
}
