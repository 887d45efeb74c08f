import { z } from 'zod';

/**
 * A text to show the merchant, by key and parameters; rendered in the reader's language at the
 * last moment (panel, popup, report). Catalogs: see ./catalog.ts.
 */
export const MessageSchema = z.object({
  key: z.string().min(1).max(120),
  params: z.record(z.string(), z.union([z.string().max(500), z.number()])).optional(),
});
export type Message = z.infer<typeof MessageSchema>;

export const msg = (key: string, params?: Record<string, string | number>): Message =>
  params ? { key, params } : { key };
