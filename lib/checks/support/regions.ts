/**
 * Where an order goes, relative to the administration's home country: it decides which VAT code and
 * which revenue account the connector books it on (check 4).
 */

/** The 27 EU member states, ISO 3166-1 alpha-2 (Greece is GR, not the VAT prefix EL). */
export const EU_MEMBERS: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

export type Region = 'domestic' | 'eu' | 'outside-eu';

/** `country` and `homeCountry` are valid, upper-case ISO codes. */
export function regionOf(country: string, homeCountry: string): Region {
  if (country === homeCountry) return 'domestic';
  return EU_MEMBERS.has(country) ? 'eu' : 'outside-eu';
}
