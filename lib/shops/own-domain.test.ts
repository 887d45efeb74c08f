import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownDomainPattern, parseShopAddress } from './own-domain';

describe('ownDomainPattern', () => {
  it('asks for exactly the shop origin, whatever subfolder WordPress lives in', () => {
    expect(ownDomainPattern('https://shop.example.test/winkel/')).toBe('https://shop.example.test/*');
    expect(ownDomainPattern('  https://Shop.Example.NL ')).toBe('https://shop.example.nl/*');
    expect(ownDomainPattern('https://www.bücher.de')).toBe('https://www.xn--bcher-kva.de/*');
  });

  it('asks for nothing without a usable https address', () => {
    for (const address of [null, '', 'http://shop.example.test', 'not a url', 'ftp://x.test']) expect(ownDomainPattern(address)).toBeNull();
  });
});

describe('parseShopAddress (H2)', () => {
  it.each([
    ['https://*.com', 'wildcard'],
    ['https://*.example.nl', 'wildcard'],
    ['https://10.0.0.1', 'ip-literal'],
    ['https://192.168.1.20/shop', 'ip-literal'],
    ['https://[::1]', 'ip-literal'],
    ['https://localhost:8443', 'port'],
    ['https://localhost', 'not-public'],
    ['https://shop.localhost', 'not-public'],
    ['https://intranet', 'not-public'],
    ['https://shop.example.nl:8443', 'port'],
    ['https://user:pw@shop.example.nl', 'credentials'],
    ['http://shop.example.nl', 'not-https'],
    ['https://shop.example.123', 'unparseable'],
  ] as const)('refuses %s (%s)', (address, problem) => {
    expect(parseShopAddress(address)).toEqual({ ok: false, problem });
    expect(ownDomainPattern(address)).toBeNull();
  });

  it('a granted pattern never holds a wildcard, a port or an IP, whatever is typed (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), (address) => {
        const pattern = ownDomainPattern(address);
        if (pattern === null) return;
        const origin = pattern.slice(0, -2);
        const url = new URL(origin);
        expect(pattern).toMatch(/^https:\/\/[^*/:]+\/\*$/);
        expect(url.port).toBe('');
        expect(url.hostname).not.toMatch(/^\d+(\.\d+){3}$/);
      }),
      { numRuns: 300 },
    );
  });
});
