import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_SOURCES,
  ExactDateSchema,
  ExactOptionalDateSchema,
  ItemRecordSchema,
  MeSchema,
  TokenResponseSchema,
  VatCodeRecordSchema,
  WarehouseRecordSchema,
  collectionSchema,
  normalizeVatPercentage,
  parseExactDate,
} from './schemas';

describe('Exact dates', () => {
  it('turns /Date(ms)/ into an ISO instant', () => {
    expect(ExactDateSchema.parse('/Date(1455753600000)/')).toBe('2016-02-18T00:00:00.000Z');
    expect(ExactDateSchema.parse('/Date(-86400000)/')).toBe('1969-12-31T00:00:00.000Z');
  });

  it('ignores an OData offset suffix: the milliseconds are UTC', () => {
    expect(parseExactDate('/Date(1455753600000+0100)/')).toBe('2016-02-18T00:00:00.000Z');
  });

  it('keeps null as null where a date may be empty', () => {
    expect(ExactOptionalDateSchema.parse(null)).toBeNull();
    expect(ExactDateSchema.safeParse(null).success).toBe(false);
  });

  it.each(['', '2016-02-18', '/Date()/', '/Date(abc)/', 'Date(1455753600000)', '/Date(1455753600000)', '/Date(99999999999999999)/', ' /Date(1)/'])(
    'refuses garbage %j',
    (raw) => {
      expect(ExactDateSchema.safeParse(raw).success).toBe(false);
    },
  );

  it('round-trips every representable millisecond (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        expect(ExactDateSchema.parse(`/Date(${ms})/`)).toBe(new Date(ms).toISOString());
      }),
    );
  });

  it('never throws on arbitrary strings, only fails the schema (property)', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const result = ExactDateSchema.safeParse(raw);
        if (result.success) expect(Number.isNaN(Date.parse(result.data))).toBe(false);
      }),
    );
  });
});

describe('records', () => {
  it('normalizes the VAT percentage to percent, whatever the scale', () => {
    expect(normalizeVatPercentage(0.21)).toBe(21);
    expect(normalizeVatPercentage(0.09)).toBe(9);
    expect(normalizeVatPercentage(21)).toBe(21);
    expect(normalizeVatPercentage(0)).toBe(0);
    expect(VatCodeRecordSchema.parse({ Code: ' VH ', Description: 'Hoog', IsBlocked: false, Percentage: null }).percentage).toBeNull();
  });

  it('trims codes and ignores unknown fields', () => {
    const vat = VatCodeRecordSchema.parse({
      __metadata: { uri: 'x', type: 'Exact.Web.Api.Models.VATCode' },
      ID: 'guid',
      Code: '  VH',
      Description: null,
      IsBlocked: true,
      Percentage: 0.21,
      VATPercentages: { __deferred: { uri: 'x' } },
    });
    expect(vat).toEqual({ code: 'VH', description: '', blocked: true, percentage: 21 });
  });

  it('reads Main as a byte or a boolean', () => {
    const base = { ID: 'w', Code: '1', Description: 'Main' };
    expect(WarehouseRecordSchema.parse({ ...base, Main: 1 }).main).toBe(true);
    expect(WarehouseRecordSchema.parse({ ...base, Main: 0 }).main).toBe(false);
    expect(WarehouseRecordSchema.parse({ ...base, Main: true }).main).toBe(true);
    expect(WarehouseRecordSchema.safeParse({ ...base, Main: 2 }).success).toBe(false);
  });

  it('reads items with empty and filled dates', () => {
    const item = ItemRecordSchema.parse({
      Code: 'A-1 ',
      Description: 'Mok',
      StartDate: '/Date(1577836800000)/',
      EndDate: null,
      IsStockItem: true,
    });
    expect(item).toEqual({ code: 'A-1', description: 'Mok', startDate: '2020-01-01T00:00:00.000Z', endDate: null, isStockItem: true });
    expect(ItemRecordSchema.safeParse({ Code: 'A', Description: '', StartDate: 'yesterday', EndDate: null, IsStockItem: true }).success).toBe(false);
  });

  it('maps each document type onto the model', () => {
    const order = DOCUMENT_SOURCES['sales-order'].schema.parse({
      OrderID: 'g1',
      OrderNumber: 4711,
      YourRef: '1001',
      OrderDate: '/Date(1718841600000)/',
      AmountDC: 121,
      OrderedByName: 'Jan',
    });
    expect(order).toEqual({
      type: 'sales-order',
      id: 'g1',
      number: '4711',
      yourRef: '1001',
      date: '2024-06-20T00:00:00.000Z',
      amountDC: 121,
      customerName: 'Jan',
    });
    const draft = DOCUMENT_SOURCES['sales-invoice'].schema.parse({
      InvoiceID: 'g2',
      InvoiceNumber: null,
      YourRef: '1001',
      InvoiceDate: '/Date(1718841600000)/',
      AmountDC: 10,
      InvoiceToName: null,
    });
    expect(draft).toMatchObject({ type: 'sales-invoice', number: '', customerName: null });
    const entry = DOCUMENT_SOURCES['sales-entry'].schema.parse({
      EntryID: 'g3',
      EntryNumber: 7,
      YourRef: '1001',
      EntryDate: '/Date(1718841600000)/',
      AmountDC: 10,
    });
    expect(entry).toMatchObject({ type: 'sales-entry', number: '7', customerName: null });
  });
});

describe('envelopes', () => {
  it('reads results and __next, and refuses a missing d', () => {
    const schema = collectionSchema(VatCodeRecordSchema);
    const page = schema.parse({ d: { results: [], __next: 'https://start.exactonline.nl/api/v1/1/vat/VATCodes?$skiptoken=x' } });
    expect(page.d.__next).toContain('$skiptoken');
    expect(schema.safeParse({ results: [] }).success).toBe(false);
    expect(schema.safeParse({ d: { results: [{ Code: 5 }] } }).success).toBe(false);
  });

  it('needs exactly a user from current/Me', () => {
    expect(MeSchema.parse({ d: { results: [{ CurrentDivision: 4133185 }] } }).d.results[0]?.CurrentDivision).toBe(4133185);
    expect(MeSchema.safeParse({ d: { results: [] } }).success).toBe(false);
  });

  it('accepts expires_in as a string or a number', () => {
    const base = { access_token: 'a', refresh_token: 'r', token_type: 'bearer' };
    expect(TokenResponseSchema.parse({ ...base, expires_in: '600' }).expires_in).toBe(600);
    expect(TokenResponseSchema.parse({ ...base, expires_in: 600 }).expires_in).toBe(600);
    expect(TokenResponseSchema.safeParse({ ...base, expires_in: 'soon' }).success).toBe(false);
    expect(TokenResponseSchema.safeParse({ ...base, expires_in: '0' }).success).toBe(false);
  });
});
