import { describe, expect, it } from 'vitest';
import { bolPage, isSellerDashboard, SDD_ORDER_PAGE, sellerDashboardOrderUrl } from './page';

const idOf = (href: string): string | null => bolPage.orderIdFromUrl(new URL(href));

describe('bol.com seller dashboard order pages', () => {
  it.each([
    ['https://partner.bol.com/sdd/orders/1043946570', '1043946570'],
    ['https://partner.bol.com/sdd/orders/1043946570/', '1043946570'],
    ['https://partner.bol.com/sdd/orders/1043946570?tab=details#x', '1043946570'],
    ['https://PARTNER.bol.com/sdd/orders/A2K8290LP8', 'A2K8290LP8'],
    ['https://partner.bol.com/sdd/orders/details/1043946570', '1043946570'],
    ['https://partner.bol.com/sdd/orders/order-details/2400112233', '2400112233'],
  ])('%s → %s', (href, id) => {
    expect(idOf(href)).toBe(id);
  });

  it.each([
    'https://partner.bol.com/sdd/orders',
    'https://partner.bol.com/sdd/orders/',
    'https://partner.bol.com/sdd/orders/invoices',
    'https://partner.bol.com/sdd/orders/overview',
    'https://partner.bol.com/sdd/orders/invoices/2024061',
    'https://partner.bol.com/sdd/orders/123', // too short for a bol order id
    'https://partner.bol.com/sdd/orders/1043946570/items/2',
    'https://partner.bol.com/sdd/assortment-new/1043946570',
    'https://partner.bol.com/orders/1043946570',
    'http://partner.bol.com/sdd/orders/1043946570',
    'https://partner.bol.com:8443/sdd/orders/1043946570',
    'https://partner.bol.com.evil.test/sdd/orders/1043946570',
    'https://www.bol.com/sdd/orders/1043946570',
  ])('%s is no order page', (href) => {
    expect(idOf(href)).toBeNull();
  });

  it('runs the content script on the whole SPA (in-page navigation reaches order pages)', () => {
    expect(bolPage.platform).toBe('bol');
    expect(bolPage.matches).toEqual(['https://partner.bol.com/sdd/*']);
    expect(isSellerDashboard(new URL('https://partner.bol.com/sdd/dashboard'))).toBe(true);
    expect(isSellerDashboard(new URL('https://partner.bol.com/sdd'))).toBe(true);
    expect(isSellerDashboard(new URL('https://partner.bol.com/sddx'))).toBe(false);
    expect(isSellerDashboard(new URL('https://login.bol.com/sdd/orders/1043946570'))).toBe(false);
  });

  it('builds order links that it recognises itself', () => {
    const url = sellerDashboardOrderUrl('1043946570');
    expect(url).toBe('https://partner.bol.com/sdd/orders/1043946570');
    expect(idOf(url)).toBe('1043946570');
    expect(SDD_ORDER_PAGE.test('/sdd/orders/1043946570')).toBe(true);
  });
});
