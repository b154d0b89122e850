import Bowser from 'bowser';

export interface DeviceLabel {
  browser: string | null;
  os: string | null;
  language: string | null;
}

const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,3}$/i;

/**
 * What a device is, as its owner would recognise it: "Chrome 131", "Windows", and the browser's first
 * language ("es-ES"). The raw user agent and the address are never kept.
 */
export function describeDevice(userAgent: string | null, acceptLanguage: string | null): DeviceLabel {
  const parsed = userAgent ? Bowser.parse(userAgent.slice(0, 512)) : null;
  const major = parsed?.browser.version?.split('.')[0];
  const browser = parsed?.browser.name ? `${parsed.browser.name}${major ? ` ${major}` : ''}` : null;
  const os = parsed?.os.name ? `${parsed.os.name}${parsed.os.name === 'Android' && parsed.os.version ? ` ${parsed.os.version.split('.')[0]}` : ''}` : null;
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim() ?? '';
  return { browser: browser?.slice(0, 60) ?? null, os: os?.slice(0, 60) ?? null, language: TAG.test(first) ? first : null };
}

/** An approximate place from the language alone: the country of "es-ES", else the language of "es". */
export function placeOf(language: string | null, viewerLocale: string): string | null {
  if (!language) return null;
  try {
    const locale = new Intl.Locale(language);
    if (locale.region) return new Intl.DisplayNames([viewerLocale], { type: 'region' }).of(locale.region) ?? null;
    return new Intl.DisplayNames([viewerLocale], { type: 'language' }).of(locale.language) ?? null;
  } catch {
    return null;
  }
}
