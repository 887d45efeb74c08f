import { describe, expect, it } from 'vitest';
import { scrubSecrets } from './scrub';

describe('scrubSecrets', () => {
  it.each([
    ['Shopify token', 'token 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', 'token shpat_[redacted]'],
    ['Shopify secret', 'shpss_abcdef123456', 'shpss_[redacted]'],
    ['Bearer header', 'Authorization: Bearer abc.DEF-123_x', 'Authorization: Bearer [redacted]'],
    ['Basic header', 'Authorization: Basic Y2tfMTIzOmNzXzQ1Ng==', 'Authorization: Basic [redacted]'],
    ['WooCommerce key', 'key ck_0123456789abcdef0123456789abcdef01234567 refused', 'key ck_[redacted] refused'],
    ['WooCommerce secret', 'cs_99aa88bb77cc66dd', 'cs_[redacted]'],
    ['query parameter', '/oauth2/token?refresh_token=Zm9vYmFy&x=1', '/oauth2/token?refresh_token=[redacted]&x=1'],
    ['JSON field', '{"access_token": "gAAAAABk", "expires_in": 600}', '{"access_token": "[redacted]", "expires_in": 600}'],
    ['long hex run', 'sig 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'sig [redacted]'],
    ['S5: a secret= pair', 'refused: secret=hunter2pass&user=x', 'refused: secret=[redacted]&user=x'],
    ['S5: a "secret" field', '{"secret": "abc123", "id": 7}', '{"secret": "[redacted]", "id": 7}'],
    ['S5: a token= pair', 'GET /x?token=s3cr3t', 'GET /x?token=[redacted]'],
    ['S5: an OAuth signature', 'oauth_signature=Ab%2Bcd&oauth_nonce=1', 'oauth_signature=[redacted]&oauth_nonce=1'],
    ['long base64 run', 'blob dGhpcyBpcyBhIHZlcnkgbG9uZyBzZWNyZXQgdmFsdWU= end', 'blob [redacted] end'],
  ])('masks a %s', (_name, input, expected) => {
    expect(scrubSecrets(input)).toBe(expected);
  });

  it.each([
    ['a GUID (Exact record id)', 'Document 3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
    ['a VAT code', 'VAT code: 21'],
    ['a plan name', 'Basic plan'],
    ['dates and amounts', '2025-05-01T09:30:00+02:00 · EUR 121.00'],
    ['an API call', 'Exact GET salesinvoice/SalesInvoices'],
    ['a long word', 'Arbeidsongeschiktheidsverzekeringsmaatschappijen'],
    ['a short key prefix in prose', 'the ck_ prefix'],
  ])('keeps %s', (_name, input) => {
    expect(scrubSecrets(input)).toBe(input);
  });
});
