import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_URL_CHARS, anyOf, chunkedFilterUrls, collectionUrl, eq, quoteLiteral } from './odata';
import { parseEqFilter } from './test-support/fake-exact';

const BASE = 'https://start.exactonline.nl/api/v1/123456/logistics/Items';

describe('OData filters', () => {
  it("doubles a quote inside a literal (O'Brien)", () => {
    expect(quoteLiteral("O'Brien")).toBe("'O''Brien'");
    expect(eq('YourRef', "O'Brien")).toBe("YourRef eq 'O''Brien'");
    expect(eq('YourRef', "' or 1 eq 1 or YourRef eq '")).toBe("YourRef eq ''' or 1 eq 1 or YourRef eq '''");
  });

  it('builds or-lists for several codes', () => {
    expect(anyOf('Code', ['A'])).toBe("Code eq 'A'");
    expect(anyOf('Code', ['A', "B'C"])).toBe("(Code eq 'A' or Code eq 'B''C')");
  });

  it('refuses field names that are not identifiers', () => {
    expect(() => eq('Code eq 1 or Code', 'x')).toThrow();
    expect(() => collectionUrl(BASE, { select: ['Code,Secret'] })).toThrow();
    expect(() => collectionUrl(BASE, { select: [] })).toThrow();
  });

  it('always selects, and percent-encodes the filter', () => {
    const url = collectionUrl(BASE, { select: ['Code', 'Description'], filter: "Code eq 'A&B #1'" });
    expect(url.startsWith(`${BASE}?$select=Code%2CDescription&$filter=`)).toBe(true);
    const parsed = new URL(url);
    expect(parsed.searchParams.get('$filter')).toBe("Code eq 'A&B #1'");
    expect(parsed.searchParams.get('$select')).toBe('Code,Description');
  });

  it('a value never escapes its literal: the filter reads back to exactly the values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 30 }), { minLength: 1, maxLength: 8 }), (values) => {
        const url = collectionUrl(BASE, { select: ['Code'], filter: anyOf('Code', values) });
        const filter = new URL(url).searchParams.get('$filter') ?? '';
        expect(parseEqFilter(filter)?.get('Code')).toEqual(values);
      }),
    );
  });

  it('chunks long lists so every URL stays under the limit and every code is asked once (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }), { maxLength: 400 }), (values) => {
        const urls = chunkedFilterUrls(BASE, ['Code'], 'Code', values);
        const asked: string[] = [];
        for (const url of urls) {
          expect(url.length).toBeLessThanOrEqual(MAX_URL_CHARS);
          asked.push(...(parseEqFilter(new URL(url).searchParams.get('$filter') ?? '')?.get('Code') ?? []).map(String));
        }
        expect(asked).toEqual(values);
      }),
    );
  });

  it('puts a typical order into one URL and leaves out codes that cannot exist', () => {
    const codes = Array.from({ length: 30 }, (_, i) => `SKU-${1000 + i}`);
    expect(chunkedFilterUrls(BASE, ['Code'], 'Code', codes)).toHaveLength(1);
    expect(chunkedFilterUrls(BASE, ['Code'], 'Code', ['x'.repeat(5000)])).toEqual([]);
    expect(chunkedFilterUrls(BASE, ['Code'], 'Code', ['\uD800'])).toEqual([]);
  });
});
