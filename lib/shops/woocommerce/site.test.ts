import { describe, expect, it } from 'vitest';
import { samePath, siteBase, wooSiteFromAddress } from './site';

describe('wooSiteFromAddress', () => {
  it.each([
    ['https://shop.example.nl', { origin: 'https://shop.example.nl', path: '' }],
    ['https://shop.example.nl/', { origin: 'https://shop.example.nl', path: '' }],
    ['  https://Shop.Example.NL/  ', { origin: 'https://shop.example.nl', path: '' }],
    ['https://shop.example.nl:443/', { origin: 'https://shop.example.nl', path: '' }],
    ['https://example.nl/shop', { origin: 'https://example.nl', path: '/shop' }],
    ['https://example.nl/shop//', { origin: 'https://example.nl', path: '/shop' }],
    ['https://example.nl/a/b/', { origin: 'https://example.nl', path: '/a/b' }],
  ])('%j → %j', (address, expected) => {
    expect(wooSiteFromAddress(address)).toEqual(expected);
  });

  it.each([
    null,
    '',
    'shop.example.nl',
    'http://shop.example.nl',
    'ftp://shop.example.nl',
    'https://user:pw@shop.example.nl',
    'https://shop.example.nl:8443',
    'https://*.com',
    'https://10.0.0.1',
    'https://localhost:8443',
    'https://shop.example.nl/?x=1',
    'https://shop.example.nl/#top',
    'https://shop.example.nl/wp-admin/',
    'https://shop.example.nl/shop/wp-json/wc/v3',
    'not a url',
  ])('%j → null', (address) => {
    expect(wooSiteFromAddress(address)).toBeNull();
  });

  it('siteBase joins origin and path', () => {
    expect(siteBase({ origin: 'https://example.nl', path: '/shop' })).toBe('https://example.nl/shop');
    expect(siteBase({ origin: 'https://example.nl', path: '' })).toBe('https://example.nl');
  });

  it('samePath ignores case only', () => {
    expect(samePath('/Shop', '/shop')).toBe(true);
    expect(samePath('/shop', '/shop2')).toBe(false);
    expect(samePath('', '')).toBe(true);
  });
});
