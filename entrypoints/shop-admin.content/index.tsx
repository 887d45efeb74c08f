import panelCss from '../../components/panel/panel.css?inline';
import { createShadowRootUi, defineContentScript } from '#imports';
import { createRoot, type Root } from 'react-dom/client';
import { PanelApp } from '../../components/panel/panel-app';
import { orderPageFromUrl, shopPages } from '../../lib/shops/pages';
import { watchOrderPage } from '../../lib/page/order-page-watcher';

// Wiring only: mount the panel on order pages of the shop admins, follow in-page navigation.
export default defineContentScript({
  matches: shopPages.flatMap((page) => [...page.matches]),
  // The stylesheet travels inside the script, so the same file can be registered at runtime for a
  // shop on its own domain without exposing any extension resource to that site.
  cssInjectionMode: 'manual',
  // WXT would otherwise announce the script with window.postMessage('*'), a type naming our
  // extension id, to every script of the shop page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    let root: Root | null = null;
    const ui = await createShadowRootUi(ctx, {
      name: 'import-doctor-panel',
      css: panelCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount(container) {
        const wrapper = document.createElement('div');
        container.append(wrapper);
        root = createRoot(wrapper);
        return root;
      },
      onRemove(mounted) {
        mounted?.unmount();
        root = null;
      },
    });

    watchOrderPage(
      {
        href: () => location.href,
        onChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', (event) => listener(event.newUrl.href)),
      },
      orderPageFromUrl,
      (order) => {
        if (!order) {
          ui.remove();
          return;
        }
        if (!ui.mounted) ui.mount();
        root?.render(<PanelApp key={`${order.platform}:${order.orderId}`} order={order} />);
      },
    );
  },
});
