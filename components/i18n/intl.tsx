'use client';

import format, { type CompiledMessage, type FormatOptions } from 'icu-minify/format';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { CompiledMessages } from '@/lib/i18n/client-messages';

type Values = Record<string, string | number | Date>;

interface ClientIntl {
  locale: string;
  timeZone: string;
  messages: CompiledMessages;
  options: FormatOptions;
}

const IntlContext = createContext<ClientIntl | null>(null);

/**
 * The browser's translations, in place of next-intl's client provider: use-intl parses ICU messages
 * in the browser with intl-messageformat (14 kB of gzipped JavaScript on every page, most of it the
 * parser), while these messages arrive compiled and icu-minify's runtime formats them in under 1 kB.
 * The API is the part of use-intl's that client components use; server components keep next-intl.
 */
export function IntlProvider({ locale, timeZone, messages, children }: { locale: string; timeZone: string; messages: CompiledMessages; children: ReactNode }) {
  const value = useMemo<ClientIntl>(
    () => ({
      locale,
      timeZone,
      messages,
      options: formatOptions(timeZone),
    }),
    [locale, timeZone, messages],
  );
  return <IntlContext.Provider value={value}>{children}</IntlContext.Provider>;
}

function useIntl(): ClientIntl {
  const intl = useContext(IntlContext);
  if (!intl) throw new Error('No IntlProvider above this client component (components/i18n/client-messages.tsx)');
  return intl;
}

export function formatOptions(timeZone: string): FormatOptions {
  return {
    timeZone,
    formatters: {
      getDateTimeFormat: (...a) => new Intl.DateTimeFormat(...a),
      getNumberFormat: (...a) => new Intl.NumberFormat(...a),
      getPluralRules: (...a) => new Intl.PluralRules(...a),
    },
  };
}

function lookup(messages: CompiledMessages, path: string): CompiledMessage | undefined {
  let node: CompiledMessage | CompiledMessages | undefined = messages;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string' || Array.isArray(node)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' || Array.isArray(node) ? node : undefined;
}

/** One message by its full path; a missing or broken message shows its path, as use-intl's fallback does. */
export function translate(intl: Omit<ClientIntl, 'timeZone'>, path: string, values?: Values): string {
  const message = lookup(intl.messages, path);
  try {
    if (message === undefined) throw new Error('missing message');
    return String(format(message, intl.locale, values, intl.options));
  } catch (error) {
    console.error(`Translating ${path}:`, error);
    return path;
  }
}

/** `t(key, values)` for a namespace, as use-intl's. */
export function useTranslations(namespace?: string) {
  const intl = useIntl();
  return useMemo(() => (key: string, values?: Values) => translate(intl, namespace ? `${namespace}.${key}` : key, values), [intl, namespace]);
}

/** The community's time zone applies, as on the server. */
export function useFormatter() {
  const { locale, timeZone } = useIntl();
  return useMemo(() => ({ dateTime: (date: Date, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(date) }), [locale, timeZone]);
}

export function useLocale(): string {
  return useIntl().locale;
}
