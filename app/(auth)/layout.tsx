import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { BrandMark } from '@/components/shell/brand-mark';
import { LocaleSwitcher } from '@/components/shell/locale-switcher';
import { getBrand } from '@/lib/brand/queries';
import { switchLocale } from '@/app/actions/locale';

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const brand = await getBrand();
  return (
    <ClientMessages area="auth">
      <div className="flex min-h-dvh flex-col">
        <header className="bg-brand text-brand-fg">
          <div className="mx-auto flex max-w-md items-center justify-between gap-3 px-4 py-3">
            <p className="flex items-center gap-3 text-lg font-semibold">
              <BrandMark brand={brand} size={36} />
              {brand.name}
            </p>
            <LocaleSwitcher action={switchLocale} tone="brand" />
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-8">
          {children}
        </main>
      </div>
    </ClientMessages>
  );
}
