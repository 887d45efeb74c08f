import { exactHosts } from '../../lib/config/exact-hosts';
import type { PlatformInfo } from '../../lib/messaging/protocol';
import type { AccountingSystemId, ConnectionProfile, Edition, GlMapping, VatMapping } from '../../lib/model/connection';
import type { Platform } from '../../lib/model/order';
import type { RuleSubject } from '../../lib/config/profile-rules';
import { platformFields } from './platform-fields';
import { isoToZonedLocal, zonedLocalToIso } from './zoned-time';

/** The connection form as the merchant types it: strings and booleans, parsed on save. */
export interface FormState {
  id: string;
  label: string;
  platform: Platform;
  shopAddress: string;
  /** Credential field → typed value; empty means "keep the stored one". */
  shopCredentials: Record<string, string>;
  host: string;
  division: string;
  clientId: string;
  clientSecret: string;
  homeCountry: string;
  timeZone: string;
  /** datetime-local value, wall-clock time in `timeZone`. */
  installedAt: string;
  articleImportFinished: boolean;
  statusThreshold: string;
  /** '' where the platform offers no choice of article code. */
  skuSource: string;
  edition: Edition;
  vatMapping: Record<keyof VatMapping, string>;
  glMapping: Record<keyof GlMapping, string>;
  shippingArticleCode: string;
  duplicateCheck: boolean;
  warehouseModule: boolean;
  warehouseCode: string;
  connectorShopUrl: string;
}

export const EXACT_HOSTS: readonly string[] = exactHosts();
/** The accounting system the form's fields (host, app, division) describe: the only one so far. */
export const FORM_SYSTEM: AccountingSystemId = 'exact';
export const VAT_KEYS = ['domesticHigh', 'domesticLow', 'domesticZero', 'eu', 'outsideEu'] as const satisfies readonly (keyof VatMapping)[];
export const GL_KEYS = ['revenueDomestic', 'revenueEu', 'revenueOutsideEu', 'shipping'] as const satisfies readonly (keyof GlMapping)[];

const blankMap = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, ''])) as Record<K, string>;
const fromNullable = <K extends string>(map: Record<K, string | null>) =>
  Object.fromEntries(Object.entries(map).map(([key, value]) => [key, value ?? ''])) as Record<K, string>;

export function emptyForm(platform: PlatformInfo, newId: string): FormState {
  return {
    id: newId,
    label: '',
    platform: platform.platform,
    shopAddress: '',
    shopCredentials: {},
    host: EXACT_HOSTS[0] ?? 'start.exactonline.nl',
    division: '',
    clientId: '',
    clientSecret: '',
    homeCountry: 'NL',
    timeZone: 'Europe/Amsterdam',
    installedAt: '',
    articleImportFinished: true,
    statusThreshold: platform.statusThresholds[0] ?? '',
    skuSource: platform.skuSources[0] ?? '',
    edition: 'facturen',
    vatMapping: blankMap(VAT_KEYS),
    glMapping: blankMap(GL_KEYS),
    shippingArticleCode: '',
    duplicateCheck: true,
    warehouseModule: false,
    warehouseCode: '',
    connectorShopUrl: '',
  };
}

export function formFromProfile(profile: ConnectionProfile): FormState {
  const c = profile.connector;
  return {
    id: profile.id,
    label: profile.label,
    platform: profile.platform,
    shopAddress: profile.shopAddress ?? '',
    shopCredentials: {},
    host: profile.accounting.host,
    division: profile.accounting.division === null ? '' : String(profile.accounting.division),
    clientId: '',
    clientSecret: '',
    homeCountry: profile.homeCountry,
    timeZone: profile.timeZone,
    installedAt: isoToZonedLocal(c.installedAt, profile.timeZone),
    articleImportFinished: c.articleImportFinished,
    statusThreshold: c.statusThreshold,
    skuSource: c.skuSource ?? '',
    edition: c.edition,
    vatMapping: fromNullable(c.vatMapping),
    glMapping: fromNullable(c.glMapping),
    shippingArticleCode: c.shippingArticleCode ?? '',
    duplicateCheck: c.duplicateCheck,
    warehouseModule: c.warehouseModule,
    warehouseCode: c.warehouseCode ?? '',
    connectorShopUrl: c.shopUrl ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** What the profile schema gets to judge: the form's strings turned into the profile's shape. */
export function profileCandidate(form: FormState): RuleSubject {
  const fields = platformFields(form.platform);
  const division = form.division.trim();
  const candidate = {
    id: form.id,
    label: form.label.trim(),
    platform: form.platform,
    shopAddress: fields.address.kind === 'none' ? null : form.shopAddress.trim(),
    homeCountry: form.homeCountry.trim().toUpperCase(),
    timeZone: form.timeZone.trim(),
    accounting: { system: FORM_SYSTEM, host: form.host, division: division === '' ? null : Number(division) },
    connector: {
      shopUrl: fields.connectorShopUrl ? orNull(form.connectorShopUrl) : null,
      installedAt: zonedLocalToIso(form.installedAt, form.timeZone.trim()) ?? form.installedAt,
      articleImportFinished: form.articleImportFinished,
      statusThreshold: form.statusThreshold,
      edition: form.edition,
      vatMapping: Object.fromEntries(VAT_KEYS.map((key) => [key, orNull(form.vatMapping[key])])),
      glMapping: Object.fromEntries(GL_KEYS.map((key) => [key, orNull(form.glMapping[key])])),
      shippingArticleCode: orNull(form.shippingArticleCode),
      duplicateCheck: form.duplicateCheck,
      warehouseModule: form.warehouseModule,
      warehouseCode: orNull(form.warehouseCode),
      ...(form.skuSource === '' ? {} : { skuSource: form.skuSource }),
    },
  };
  // Returned as a variable: the schema, not the compiler, judges the fields beyond the rules'.
  return candidate;
}

