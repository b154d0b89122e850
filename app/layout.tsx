import type { Metadata, Viewport } from 'next';
import { getLocale } from 'next-intl/server';
import { connection } from 'next/server';
import type { CSSProperties, ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getBrand } from '@/lib/brand/queries';
import { localized } from '@/lib/i18n/localized';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const [brand, locale] = await Promise.all([getBrand(), getLocale()]);
  return { title: { default: brand.name, template: `%s · ${brand.name}` }, description: localized(brand.welcomeText, brand.welcomeTextEn, locale) || undefined };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page depends on the brand and the member: nothing is prerendered at build time.
  await connection();
  const [brand, locale] = await Promise.all([getBrand(), getLocale()]);
  const p = brand.palette;
  const style = {
    '--brand': p.primary,
    '--brand-fg': p.primaryForeground,
    '--brand-ink': p.primaryInk,
    '--accent': p.accent,
    '--accent-fg': p.accentForeground,
    '--accent-ink': p.accentInk,
  } as CSSProperties;
  return (
    <html lang={locale} style={style}>
      <body className="min-h-dvh">
        <ClientMessages area="root">{children}</ClientMessages>
      </body>
    </html>
  );
}
