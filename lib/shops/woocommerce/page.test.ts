import { describe, expect, it } from 'vitest';
import { hposOrderPath, isWooOrderScreenBody, legacyOrderPath, wooOrderPageFromUrl, wooPage, wooSitePathFromAdminUrl } from './page';

const orderId = (href: string) => wooPage.orderIdFromUrl(new URL(href));

describe('wooPage', () => {
  it('is the WooCommerce page, with no static match patterns (own domain)', () => {
    expect(wooPage.platform).toBe('woocommerce');
    expect(wooPage.matches).toEqual([]);
  });
});

describe('wooPage.orderIdFromUrl', () => {
  it.each([
    ['https://shop.example.test/wp-admin/post.php?post=727&action=edit', '727'],
    ['https://shop.example.test/wp-admin/post.php?action=edit&post=727', '727'],
    ['https://shop.example.test/wp-admin/post.php?post=727&action=edit&classic-editor', '727'],
    ['https://shop.example.test/wp-admin/post.php?post=727&action=edit#order_data', '727'],
    ['https://shop.example.test/wp-admin/admin.php?page=wc-orders&action=edit&id=2001', '2001'],
    ['https://shop.example.test/wp-admin/admin.php?id=2001&action=edit&page=wc-orders', '2001'],
    ['https://shop.example.test/wp-admin/admin.php?page=wc-orders&action=edit&id=2001&message=1', '2001'],
    ['https://example.test/shop/wp-admin/post.php?post=5&action=edit', '5'],
    ['https://example.test/a/b/wp-admin/admin.php?page=wc-orders&action=edit&id=5', '5'],
    ['http://shop.example.test/wp-admin/post.php?post=727&action=edit', '727'],
    ['https://shop.example.test:8443/wp-admin/post.php?post=727&action=edit', '727'],
    ['https://SHOP.example.test/wp-admin/post.php?post=18446744073709551615&action=edit', '18446744073709551615'],
  ])('%s → %s', (href, expected) => {
    expect(orderId(href)).toBe(expected);
  });

  it.each([
    // other admin pages
    'https://shop.example.test/wp-admin/edit.php?post_type=shop_order',
    'https://shop.example.test/wp-admin/admin.php?page=wc-orders',
    'https://shop.example.test/wp-admin/admin.php?page=wc-orders&action=new',
    'https://shop.example.test/wp-admin/admin.php?page=wc-orders&status=wc-processing',
    'https://shop.example.test/wp-admin/admin.php?page=wc-orders--shop_subscription&action=edit&id=5',
    'https://shop.example.test/wp-admin/admin.php?page=wc-settings&action=edit&id=5',
    'https://shop.example.test/wp-admin/post.php?post=727',
    'https://shop.example.test/wp-admin/post.php?post=727&action=trash',
    'https://shop.example.test/wp-admin/post-new.php?post_type=shop_order',
    'https://shop.example.test/wp-admin/',
    'https://shop.example.test/wp-admin/post.php/?post=727&action=edit',
    'https://shop.example.test/post.php?post=727&action=edit',
    'https://shop.example.test/wp-admin/x/post.php?post=727&action=edit',
    'https://shop.example.test/wp-json/wc/v3/orders/727',
    'https://shop.example.test/my-account/view-order/727/',
    // ids that are not ids
    'https://shop.example.test/wp-admin/post.php?post=abc&action=edit',
    'https://shop.example.test/wp-admin/post.php?post=0727&action=edit',
    'https://shop.example.test/wp-admin/post.php?post=0&action=edit',
    'https://shop.example.test/wp-admin/post.php?post=&action=edit',
    'https://shop.example.test/wp-admin/post.php?post=-5&action=edit',
    'https://shop.example.test/wp-admin/post.php?post=123456789012345678901&action=edit',
    'https://shop.example.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1e3',
    // ambiguous: a parameter given twice
    'https://shop.example.test/wp-admin/post.php?post=1&post=2&action=edit',
    'https://shop.example.test/wp-admin/admin.php?page=wc-orders&action=edit&id=1&id=2',
    'https://shop.example.test/wp-admin/post.php?post=1&action=edit&action=trash',
    // other schemes, credentials in the URL
    'ftp://shop.example.test/wp-admin/post.php?post=727&action=edit',
    'file:///wp-admin/post.php?post=727&action=edit',
    'https://user:pw@shop.example.test/wp-admin/post.php?post=727&action=edit',
  ])('%s → null', (href) => {
    expect(orderId(href)).toBeNull();
  });
});

describe('wooOrderPageFromUrl', () => {
  it('tells the screen and the site path', () => {
    expect(wooOrderPageFromUrl(new URL('https://example.test/shop/wp-admin/post.php?post=5&action=edit'))).toEqual({
      screen: 'legacy',
      orderId: '5',
      sitePath: '/shop',
    });
    expect(wooOrderPageFromUrl(new URL('https://example.test/wp-admin/admin.php?page=wc-orders&action=edit&id=9'))).toEqual({
      screen: 'hpos',
      orderId: '9',
      sitePath: '',
    });
  });

  it('reads back the URLs it builds, at the root and in a subfolder', () => {
    for (const sitePath of ['', '/shop', '/a/b']) {
      expect(wooOrderPageFromUrl(new URL(`https://example.test${legacyOrderPath(sitePath, '42')}`))).toEqual({ screen: 'legacy', orderId: '42', sitePath });
      expect(wooOrderPageFromUrl(new URL(`https://example.test${hposOrderPath(sitePath, '42')}`))).toEqual({ screen: 'hpos', orderId: '42', sitePath });
    }
  });
});

describe('wooSitePathFromAdminUrl', () => {
  it.each([
    ['https://example.test/wp-admin/', ''],
    ['https://example.test/wp-admin', ''],
    ['https://example.test/wp-admin/edit.php?post_type=shop_order', ''],
    ['https://example.test/shop/wp-admin/index.php', '/shop'],
    ['https://example.test/Shop/wp-admin/post.php?post=1&action=edit', '/Shop'],
    ['https://example.test/', null],
    ['https://example.test/wp-admin-old/', null],
    ['https://example.test/shop/wp-json/', null],
    ['chrome://wp-admin/', null],
  ])('%s → %j', (href, expected) => {
    expect(wooSitePathFromAdminUrl(new URL(href))).toBe(expected);
  });
});

describe('isWooOrderScreenBody', () => {
  it('knows the order screens by their body classes', () => {
    expect(isWooOrderScreenBody('wp-admin wp-core-ui post-php post-type-shop_order')).toBe(true);
    expect(isWooOrderScreenBody('wp-admin woocommerce_page_wc-orders  woocommerce-admin-page')).toBe(true);
    expect(isWooOrderScreenBody('wp-admin post-php post-type-post')).toBe(false);
    expect(isWooOrderScreenBody('post-type-shop_order_placehold')).toBe(false);
    expect(isWooOrderScreenBody('')).toBe(false);
  });
});
