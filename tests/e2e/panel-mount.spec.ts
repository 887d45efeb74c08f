import { connectThroughOptions } from './connect';
import { expect, test } from './fixtures';
import { statusOf } from './panel';

const ORDER_URL = /\/store\/demo-store\/orders\/(\d+)/;

test.describe('the panel on a Shopify order page', () => {
  test('mounts in a shadow root with its own styles, untouched by the page’s CSS', async ({ page, sandbox }) => {
    const url = sandbox.scenario().expectations[0]!.adminUrl;
    await page.goto(url);
    const host = page.locator('import-doctor-panel');
    await expect(host).toHaveCount(1);
    const button = page.getByTestId('check-import');
    await expect(button).toBeVisible();

    // The page styles every <button> red at 20px; the panel's button keeps Tailwind's own styles.
    const pageButton = await page.evaluate(() => {
      const b = document.createElement('button');
      document.body.append(b);
      const style = getComputedStyle(b);
      return { bg: style.backgroundColor, size: style.fontSize };
    });
    expect(pageButton.bg).toBe('rgb(255, 0, 0)');
    const panelButton = await button.evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, size: getComputedStyle(el).fontSize }));
    expect(panelButton.bg).not.toBe('rgb(255, 0, 0)');
    expect(panelButton.size).not.toBe('20px');
    // And nothing of the panel's stylesheet leaks out: the page's own button is unchanged.
    const stillRed = await page.evaluate(() => getComputedStyle(document.body.lastElementChild as Element).backgroundColor);
    expect(stillRed).toBe('rgb(255, 0, 0)');
  });

  test('re-mounts for the next order when the admin navigates in-page', async ({ page, sandbox }) => {
    const first = sandbox.scenario().expectations[0]!;
    await page.goto(first.adminUrl);
    await expect(page.getByTestId('panel-order-id')).toHaveText(first.orderId);
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));

    await page.getByTestId('next-order').click();
    await expect(page).toHaveURL(ORDER_URL);
    const nextId = ORDER_URL.exec(page.url())![1]!;
    expect(nextId).not.toBe(first.orderId);
    await expect(page.getByTestId('panel-order-id')).toHaveText(nextId);
    await expect(page.locator('import-doctor-panel')).toHaveCount(1);
    expect(loads, 'navigation must be in-page, without a reload').toEqual([]);

    // Away from an order (the order list), the panel goes away; back on an order it returns.
    await page.getByTestId('back-to-orders').click();
    await expect(page.locator('import-doctor-panel')).toHaveCount(0);
    await page.goBack();
    await expect(page.getByTestId('panel-order-id')).toHaveText(nextId);
  });
});

test('the sandbox refuses and records a write request', async ({ sandbox }) => {
  const response = await sandbox.request({ method: 'PUT', host: 'start.exactonline.nl', path: '/api/v1/4133185/salesorder/SalesOrders', body: '{}' });
  expect(response.status).toBe(405);
  expect(sandbox.violations()).toHaveLength(1);
  sandbox.clearViolations();
});

test.describe('the shop page cannot drive the panel', () => {
  test('no message to the page carries the extension id', async ({ page, sandbox, extensionId }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { seenMessages: seen });
      window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
    });
    await page.goto(sandbox.scenario().expectations[0]!.adminUrl);
    await expect(page.getByTestId('check-import')).toBeVisible();
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => (window as unknown as { seenMessages: string[] }).seenMessages);
    expect(seen.filter((text) => text.includes(extensionId))).toEqual([]);
  });

  test('P4: a page script clicking "Check import" in a loop starts nothing; the merchant\'s click does', async ({ context, page, extensionId, sandbox }) => {
    const expected = sandbox.scenario().expectations.find((e) => e.verdict === 'will-import')!;
    await connectThroughOptions(context, extensionId, sandbox.scenario().connections[0]!);
    await page.goto(expected.adminUrl);
    await expect(page.getByTestId('check-import')).toBeVisible();
    sandbox.clearRequests();

    // The page's own world: it finds the panel's button through the open shadow root and clicks.
    const clicked = await page.evaluate(() => {
      const button = document.querySelector('import-doctor-panel')?.shadowRoot?.querySelector<HTMLButtonElement>('[data-testid="check-import"]');
      for (let i = 0; i < 50; i += 1) button?.click();
      return button !== null && button !== undefined;
    });
    expect(clicked).toBe(true);
    await page.waitForTimeout(1500);
    await expect(statusOf(page)).toHaveAttribute('data-state', 'idle');
    expect(sandbox.requests().filter((r) => r.side !== 'page')).toEqual([]);

    await page.getByTestId('check-import').click();
    await expect(statusOf(page)).toHaveAttribute('data-verdict', 'will-import', { timeout: 60_000 });
  });
});
