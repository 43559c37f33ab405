// Validation for everything a chat client sends. Server-only: zod would triple the
// widget bundle, so ./chat-events.ts stays types-only and these schemas are tied to
// its types by the compile-time checks at the bottom of this file.
import { z } from 'zod';
import { SUPPORTED_LOCALES } from '../i18n/locales';
import {
  MAX_CLIENT_MESSAGE_ID_LENGTH,
  MAX_MESSAGE_LENGTH,
  type ChatAuth,
  type ClientDiagnostics,
  type ConversationLanguagePayload,
  type MessageSendPayload,
} from './chat-events';

const shortText = (max: number) => z.string().trim().max(max);

export const chatAuthSchema = z.object({
  token: shortText(200).optional(),
  link: shortText(2000).optional(),
  conversationId: shortText(100).optional(),
  resumeSecret: shortText(200).optional(),
  timeZone: shortText(64).optional(),
  locale: shortText(35).optional(),
  language: shortText(35).optional(),
});

export const conversationLanguageSchema = z.object({ language: z.enum(SUPPORTED_LOCALES) });

export const messageSendSchema = z.object({
  text: z.string().trim().min(1).max(MAX_MESSAGE_LENGTH),
  clientMessageId: z.string().min(1).max(MAX_CLIENT_MESSAGE_ID_LENGTH),
});

const permissionState = z.enum(['granted', 'denied', 'prompt', 'unsupported']);
const mediaTestResult = z.enum(['ok', 'failed', 'skipped']);
const pixels = z.number().int().min(0).max(100_000);

export const clientDiagnosticsSchema = z.object({
  browser: z.object({ name: shortText(64), version: shortText(32) }),
  os: shortText(64),
  cookiesEnabled: z.boolean(),
  storageAvailable: z.boolean(),
  online: z.boolean(),
  permissions: z.object({ camera: permissionState, microphone: permissionState }),
  mediaTest: z.object({ camera: mediaTestResult, microphone: mediaTestResult, error: shortText(200).optional() }).optional(),
  network: z.object({
    rttMs: z.number().min(0).max(600_000).optional(),
    effectiveType: shortText(16).optional(),
    downlinkMbps: z.number().min(0).max(100_000).optional(),
  }),
  timeZone: shortText(64),
  screen: z.object({ width: pixels, height: pixels }),
  userAgent: shortText(512),
});

// Exact type identity, so a field added to, or made optional on, one side only fails `tsc`.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertSame = <T extends true>(): T | undefined => undefined;
assertSame<Same<z.infer<typeof chatAuthSchema>, ChatAuth>>();
assertSame<Same<z.infer<typeof messageSendSchema>, MessageSendPayload>>();
assertSame<Same<z.infer<typeof clientDiagnosticsSchema>, ClientDiagnostics>>();
assertSame<Same<z.infer<typeof conversationLanguageSchema>, ConversationLanguagePayload>>();
