import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import { ExactAppInputSchema, ShopCredentialsInputSchema } from '../config/credentials';
import type { FieldIssue } from '../config/issues';
import { MAX_CONFIG_CHARS } from '../config/schema';
import { msg, type Message } from '../i18n/message';
import { AccountingSystemIdSchema, ConnectionProfileSchema, type ConnectionProfile } from '../model/connection';
import type { Failure } from '../model/fetched';
import { SideSchema } from '../model/fetched';
import type { Platform } from '../model/order';
import { SyncSettingsSchema, type SyncSettings } from '../sync/model';

/**
 * Extension pages (options, popup) ↔ background: settings, credentials, the accounting system's OAuth, and
 * the configuration file. Every request payload has a strict, bounded schema that the background
 * parses on arrival; content scripts are refused by the sender check before that.
 * Answers never carry a secret: the list says only WHETHER credentials are set.
 */

const IdSchema = ConnectionProfileSchema.shape.id;
export const NoPayloadSchema = z.undefined();
export const IdRequestSchema = z.strictObject({ id: IdSchema });
export const SaveConnectionRequestSchema = z.strictObject({
  profile: ConnectionProfileSchema,
  /** Omitted: keep the stored shop credentials. */
  shopCredentials: ShopCredentialsInputSchema.optional(),
  /** Omitted: keep the stored app of the profile's accounting system. */
  accountingApp: ExactAppInputSchema.optional(),
});
/** Which system's redirect URI (each system has its own, to register with its app). */
export const RedirectUriRequestSchema = z.strictObject({ system: AccountingSystemIdSchema });
export const TestConnectionRequestSchema = z.strictObject({ id: IdSchema, side: SideSchema });
export const ImportConfigRequestSchema = z.strictObject({ document: z.string().max(MAX_CONFIG_CHARS) });

export type SaveConnectionRequest = z.infer<typeof SaveConnectionRequestSchema>;
export type TestConnectionRequest = z.infer<typeof TestConnectionRequestSchema>;
export type IdRequest = z.infer<typeof IdRequestSchema>;
export type RedirectUriRequest = z.infer<typeof RedirectUriRequestSchema>;
export type ImportConfigRequest = z.infer<typeof ImportConfigRequestSchema>;

/** A refused or failed request: a sentence for the merchant, and the detail where there is one. */
export interface Refusal {
  ok: false;
  error: Message;
  failure?: Failure;
  /** Per-field problems (save, import): path and message. */
  issues?: FieldIssue[];
}
export type Answer<T extends object = object> = ({ ok: true } & T) | Refusal;

export interface ConnectionStatus {
  shopCredentialsSet: boolean;
  /** The merchant's app for the accounting system is stored. */
  accountingAppSet: boolean;
  /** Tokens are stored for the profile's accounting host. */
  accountingConnected: boolean;
  /** Who connected the accounting system, as it named them. */
  accountingUser?: string;
  division?: number;
  divisionName?: string;
}
export interface ConnectionEntry {
  profile: ConnectionProfile;
  status: ConnectionStatus;
}
/** A platform with a registered shop adapter: what the form may offer. */
export interface PlatformInfo {
  platform: Platform;
  displayName: string;
  statusThresholds: string[];
  /** Empty when the platform offers no choice of article code. */
  skuSources: string[];
}
/** A stored connection today's code cannot read: kept as it is, not used, named on the options page. */
export interface UnreadableConnection {
  id: string;
  label: string | null;
  reason: 'newer-version' | 'no-step' | 'step-failed' | 'invalid';
}
export interface ImportedConnection {
  id: string;
  label: string;
  platform: Platform;
  replaced: boolean;
}

export interface ProtocolMap {
  'connections.list'(): Answer<{ connections: ConnectionEntry[]; platforms: PlatformInfo[]; unreadable: UnreadableConnection[] }>;
  /** `warning`: saved, but the new shop credentials could not be tried (offline, timeout, …). */
  'connections.save'(data: SaveConnectionRequest): Answer<{ entry: ConnectionEntry; warning?: Refusal }>;
  'connections.delete'(data: IdRequest): Answer;
  /** `notice`: accepted, and how (e.g. requests signed because the site does not see HTTPS). */
  'connections.test'(data: TestConnectionRequest): Answer<{ notice?: Message }>;
  'accounting.connect'(data: IdRequest): Answer<{ entry: ConnectionEntry }>;
  'accounting.redirectUri'(data: RedirectUriRequest): Answer<{ redirectUri: string }>;
  'accounting.refreshMasterData'(data: IdRequest): Answer;
  'config.export'(): Answer<{ text: string; fileName: string; count: number }>;
  'config.import'(data: ImportConfigRequest): Answer<{ imported: ImportedConnection[] }>;
  /** The popup's "Check now": start the reconciliation of one connection (or wake its paused run). */
  'sync.runNow'(data: IdRequest): Answer;
  /** How often and how far back the background watches recent orders. */
  'sync.settings'(): Answer<{ settings: SyncSettings }>;
  'sync.saveSettings'(data: SyncSettings): Answer<{ settings: SyncSettings }>;
}
export type SettingsMessage = keyof ProtocolMap;
export type RequestOf<K extends SettingsMessage> = Parameters<ProtocolMap[K]>[0];
export type ResponseOf<K extends SettingsMessage> = ReturnType<ProtocolMap[K]>;

/** The request schema of every message: the background parses with these, nothing else. */
export const requestSchemas = {
  'connections.list': NoPayloadSchema,
  'connections.save': SaveConnectionRequestSchema,
  'connections.delete': IdRequestSchema,
  'connections.test': TestConnectionRequestSchema,
  'accounting.connect': IdRequestSchema,
  'accounting.redirectUri': RedirectUriRequestSchema,
  'accounting.refreshMasterData': IdRequestSchema,
  'config.export': NoPayloadSchema,
  'config.import': ImportConfigRequestSchema,
  'sync.runNow': IdRequestSchema,
  'sync.settings': NoPayloadSchema,
  'sync.saveSettings': SyncSettingsSchema.strict(),
} as const satisfies Record<SettingsMessage, z.ZodType>;

export const settingsMessenger = defineExtensionMessaging<ProtocolMap>();

/** How components talk to the background: injected, so tests pass a fake. Never throws. */
export type SendSettingsMessage = <K extends SettingsMessage>(type: K, ...data: Parameters<ProtocolMap[K]>) => Promise<ResponseOf<K>>;

/** The real sender for extension pages: a broken channel becomes a Refusal, not a throw. */
export const sendSettingsMessage: SendSettingsMessage = async (type, ...data) => {
  try {
    const answer: unknown = await settingsMessenger.sendMessage(type, data[0] as never);
    if (answer && typeof answer === 'object' && 'ok' in answer) return answer as ResponseOf<typeof type>;
    return unreachable();
  } catch {
    return unreachable();
  }
};

function unreachable<T>(): T {
  const refusal: Refusal = { ok: false, error: msg('options.error.unreachable') };
  return refusal as T;
}
