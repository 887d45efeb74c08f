// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsContext } from './options-context';
import { SiteAccessField, type SiteAccess } from './site-access';

function renderField(shopAddress: string, access: SiteAccess) {
  const send = vi.fn();
  return render(
    <OptionsContext.Provider value={{ send, lang: 'en', siteAccess: access }}>
      <SiteAccessField shopAddress={shopAddress} />
    </OptionsContext.Provider>,
  );
}

const access = (granted: boolean, answer: boolean) => ({
  contains: vi.fn(async () => granted),
  request: vi.fn(async () => answer),
});

afterEach(cleanup);

describe('SiteAccessField', () => {
  it('asks for exactly the shop origin on a click, and says when it is allowed', async () => {
    const site = access(false, true);
    renderField('https://shop.example.test/winkel', site);
    const button = await screen.findByTestId('grant-site');
    expect(button.textContent).toContain('https://shop.example.test');
    await act(async () => fireEvent.click(button));
    expect(site.request).toHaveBeenCalledWith('https://shop.example.test/*');
    expect(screen.getByTestId('site-access').getAttribute('data-granted')).toBe('true');
  });

  it('says so when the merchant declines, and offers to ask again', async () => {
    const site = access(false, false);
    renderField('https://shop.example.test', site);
    await act(async () => fireEvent.click(await screen.findByTestId('grant-site')));
    expect(screen.getByTestId('site-access').getAttribute('data-granted')).toBe('false');
    expect(screen.getByTestId('grant-site')).toBeTruthy();
  });

  it('shows an origin already granted, and never asks', async () => {
    const site = access(true, true);
    renderField('https://shop.example.test', site);
    await vi.waitFor(() => expect(screen.getByTestId('site-access').getAttribute('data-granted')).toBe('true'));
    expect(screen.queryByTestId('grant-site')).toBeNull();
    expect(site.request).not.toHaveBeenCalled();
  });

  it('asks for nothing without an https shop address', () => {
    const site = access(false, true);
    const { container } = renderField('http://shop.example.test', site);
    expect(container.textContent).toBe('');
    expect(site.contains).not.toHaveBeenCalled();
  });
});
