import { describe, expect, it } from 'vitest';
import { ownDomainPattern } from './own-domain';

describe('ownDomainPattern', () => {
  it('asks for exactly the shop origin, whatever subfolder WordPress lives in', () => {
    expect(ownDomainPattern('https://shop.example.test/winkel/')).toBe('https://shop.example.test/*');
    expect(ownDomainPattern('https://Shop.Example.test:8443')).toBe('https://shop.example.test:8443/*');
  });

  it('asks for nothing without a usable https address', () => {
    for (const address of [null, '', 'http://shop.example.test', 'not a url', 'ftp://x.test']) expect(ownDomainPattern(address)).toBeNull();
  });
});
