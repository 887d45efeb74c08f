import { ConnectionProfileSchema, type ConnectionProfile } from '../../../model/connection';
import { ImportDoctorDb, replaceDbForTests } from '../../../storage/db';
import { saveProfile } from '../../../storage/profiles';
import { writeSecret } from '../../../storage/secrets';
import { createExactClient } from '../client';
import { EXACT_APP_KIND, EXACT_TOKENS_KIND, ExactAppSchema, ExactTokensSchema, createTokenManager, type TokenManagerDeps } from '../tokens';
import { FAKE_APP, FAKE_DIVISION, FAKE_HOST, type FakeExact } from './fake-exact';

/** Shared arrangement for the Exact adapter's tests: a fresh database, a profile, stored credentials. */

export const CONNECTION_ID = 'conn-exact-1';

export function freshDb(): ImportDoctorDb {
  const next = new ImportDoctorDb(`test-${Math.random().toString(36).slice(2)}`);
  replaceDbForTests(next);
  return next;
}

export function exactProfile(division: number | null = FAKE_DIVISION): ConnectionProfile {
  return ConnectionProfileSchema.parse({
    id: CONNECTION_ID,
    label: 'Test shop',
    platform: 'woocommerce',
    shopAddress: 'https://shop.example.nl',
    homeCountry: 'NL',
    timeZone: 'Europe/Amsterdam',
    accounting: { system: 'exact', host: FAKE_HOST, division },
    connector: {
      shopUrl: 'https://shop.example.nl/',
      installedAt: '2024-01-15T09:00:00+01:00',
      articleImportFinished: true,
      statusThreshold: 'processing',
      edition: 'handel',
      vatMapping: { domesticHigh: 'VH', domesticLow: 'VL', domesticZero: 'V0', eu: 'EU', outsideEu: 'EX' },
      glMapping: { revenueDomestic: '8000', revenueEu: '8100', revenueOutsideEu: '8200', shipping: '8300' },
      shippingArticleCode: 'VERZEND',
      duplicateCheck: true,
      warehouseModule: false,
      warehouseCode: null,
    },
  });
}

/** Stores the app credentials and a pair the fake has just issued (as after connecting). */
export async function connectFake(fake: FakeExact, connectionId = CONNECTION_ID): Promise<void> {
  await writeSecret(connectionId, EXACT_APP_KIND, ExactAppSchema, FAKE_APP);
  const pair = fake.issuePair();
  await writeSecret(connectionId, EXACT_TOKENS_KIND, ExactTokensSchema, { ...pair, host: FAKE_HOST, generation: 1 });
}

export async function saveFakeProfile(division: number | null = FAKE_DIVISION): Promise<ConnectionProfile> {
  const profile = exactProfile(division);
  await saveProfile(profile);
  return profile;
}

/** A client on the fake with its own token manager (no shared flights between tests). */
export function clientFor(fake: FakeExact, profile = exactProfile(), extra: Partial<TokenManagerDeps> = {}) {
  const now = () => fake.clock.now;
  const tokens = createTokenManager({ http: fake.http, now, locks: null, flights: new Map(), ...extra });
  return createExactClient({ profile, connectionId: CONNECTION_ID, http: fake.http, now, tokens });
}
