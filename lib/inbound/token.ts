import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';

// A mail address's local part holds at most 64 characters, and mail systems may change its case:
// "reply+" then the outbox message's id in hex (32) and 16 hex characters of its HMAC — 54 in all.
const MAC_HEX = 16;
const TOKEN = new RegExp(`^([0-9a-f]{32})([0-9a-f]{${MAC_HEX}})$`);

const mac = (hexId: string) => createHmac('sha256', getEnv().NEXTAUTH_SECRET).update(`reply:${hexId}`).digest('hex').slice(0, MAC_HEX);
const hexOf = (uuid: string) => uuid.replace(/-/g, '').toLowerCase();
const uuidOf = (hex: string) => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

/** The token of one notification e-mail: it names the message, and so its recipient and what it was about. */
export function replyToken(outboxId: string): string {
  const hex = hexOf(outboxId);
  return hex + mac(hex);
}

/** `reply+<token>@<domain>`, or null when replies by e-mail are not configured. */
export function replyAddress(outboxId: string): string | null {
  const env = getEnv();
  if (!env.INBOUND_MAIL_DOMAIN || env.INBOUND_SMTP_PORT === undefined) return null;
  return `reply+${replyToken(outboxId)}@${env.INBOUND_MAIL_DOMAIN}`;
}

export type TokenReading = { outboxId: string } | { refused: 'not_reply_address' | 'forged' };

/** Reads an envelope recipient: ours, well formed and signed by us, or why not. */
export function readReplyAddress(address: string): TokenReading {
  const domain = getEnv().INBOUND_MAIL_DOMAIN?.toLowerCase();
  const [local, host, ...rest] = address.toLowerCase().split('@');
  if (!local || !host || rest.length > 0 || (domain && host !== domain) || !local.startsWith('reply+')) return { refused: 'not_reply_address' };
  const m = TOKEN.exec(local.slice('reply+'.length));
  if (!m) return { refused: 'forged' };
  const [, hex, given] = m as unknown as [string, string, string];
  const expected = Buffer.from(mac(hex));
  return timingSafeEqual(expected, Buffer.from(given)) ? { outboxId: uuidOf(hex) } : { refused: 'forged' };
}
