import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

// RFC 6238 as every authenticator app reads it: SHA-1, six digits, 30-second steps.
const PERIOD = 30;
const base = { algorithm: 'SHA1', digits: 6, period: PERIOD } as const;

/** 160 random bits, base32 (what the person types into an app that cannot scan). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address the QR code carries. */
export function totpUri(secret: string, issuer: string, account: string): string {
  return new TOTP({ ...base, issuer, label: account, secret: Secret.fromBase32(secret) }).toString();
}

/** The QR code as an SVG document: inline, since the page's CSP loads no data: images. */
export function qrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/**
 * The 30-second step a code belongs to, or null when it matches none of the previous, current and
 * next steps (a phone's clock a little off). The caller refuses a step it has accepted before.
 */
export function matchingStep(secret: string, code: string, now: Date): number | null {
  const totp = new TOTP({ ...base, secret: Secret.fromBase32(secret) });
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : totp.counter({ timestamp: now.getTime() }) + delta;
}

/** A code as an authenticator would show it (tests, and the e2e test's "phone"). */
export function totpCode(secret: string, now = new Date()): string {
  return new TOTP({ ...base, secret: Secret.fromBase32(secret) }).generate({ timestamp: now.getTime() });
}
