import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { getBrand } from '@/lib/brand/queries';
import { BrandMark } from './brand-mark';
import { LocaleSwitcher, type SwitchLocale } from './locale-switcher';
import { SkipLink } from './skip-link';

/** The frame for visitors of a public board: the brand, the way in, and nothing that needs an account. */
export async function VisitorShell({ switchLocale, children }: { switchLocale: SwitchLocale; children: ReactNode }) {
  const [t, brand] = await Promise.all([getTranslations('shell'), getBrand()]);
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink label={t('skip')} />
      <header className="on-brand bg-brand text-brand-fg">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2">
          <Link href="/board" className="flex min-h-11 min-w-0 items-center gap-3 font-semibold">
            <BrandMark brand={brand} size={32} />
            <span className="truncate">{brand.name}</span>
          </Link>
          <div className="flex items-center gap-2">
            <LocaleSwitcher action={switchLocale} tone="brand" />
            <Link href="/sign-in?callbackUrl=%2Fboard" className="inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium underline underline-offset-4">
              {t('visitorSignIn')}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 pb-10 pt-6">
        {children}
      </main>
    </div>
  );
}
