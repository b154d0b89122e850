import { Bell, Home, LayoutDashboard, MessageSquareWarning, Search, Shield, Users } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { StandingBanner } from '@/components/moderation/standing-banner';
import { NotificationBell } from '@/components/notifications/bell';
import { hasRole } from '@/lib/policy';
import type { CurrentUser } from '@/lib/auth/session';
import { getBrand } from '@/lib/brand/queries';
import { BrandMark } from './brand-mark';
import { LocaleSwitcher, type SwitchLocale } from './locale-switcher';
import { SkipLink } from './skip-link';
import { NAV_ITEMS } from './nav-items';
import { NavLinks } from './nav-links';
import { Presence } from './presence';
import { RealtimeProvider } from './realtime-provider';

const ICONS = { home: Home, groups: Users, search: Search, board: MessageSquareWarning, staff: Shield, admin: LayoutDashboard };

/**
 * The frame of every signed-in page: brand, navigation for the person's role, presence, and the bell,
 * whose count each layout reads so that the first paint is already right.
 */
export async function AppShell({ user, unread, switchLocale, children }: { user: CurrentUser; unread: number; switchLocale: SwitchLocale; children: ReactNode }) {
  const [t, brand] = await Promise.all([getTranslations('shell'), getBrand()]);
  const items = NAV_ITEMS.filter((item) => hasRole(user, item.minRole));
  const labels = Object.fromEntries(items.map((i) => [i.key, t(`nav.${i.key}`)]));
  // Rendered here rather than in the client components: lucide's icons and runtime are ~3 kB of
  // gzipped JavaScript that every signed-in page would load for a few static shapes.
  const icons = Object.fromEntries(
    items.map((i) => {
      const Icon = ICONS[i.key];
      return [i.key, <Icon key={i.key} aria-hidden="true" size={20} />];
    }),
  );
  return (
    <RealtimeProvider>
      <SkipLink label={t('skip')} />
      <header className="on-brand sticky top-0 z-30 bg-brand text-brand-fg shadow">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2">
          <Link href="/" className="flex min-h-11 min-w-0 items-center gap-3 font-semibold">
            <BrandMark brand={brand} size={32} />
            <span className="truncate">{brand.name}</span>
          </Link>
          <nav aria-label={t('nav.label')} className="hidden md:block">
            <NavLinks items={items} labels={labels} variant="top" />
          </nav>
          <div className="flex items-center gap-1 sm:gap-2">
            <NotificationBell unread={unread} icon={<Bell aria-hidden="true" size={22} />} />
            <div className="hidden sm:block">
              <Presence />
            </div>
            <Link href="/settings" className="inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium underline-offset-4 hover:underline">
              <span className="sr-only">{t('account')}: </span>
              {user.displayName}
            </Link>
          </div>
        </div>
      </header>
      <div className="border-b border-zinc-200 bg-white sm:hidden">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-1 text-zinc-800">
          <Presence />
          <LocaleSwitcher action={switchLocale} />
        </div>
      </div>
      <StandingBanner user={user} />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 pb-24 pt-6 md:pb-10">
        {children}
      </main>
      <nav aria-label={t('nav.label')} className="fixed inset-x-0 bottom-0 z-30 border-t border-zinc-200 bg-white md:hidden">
        <NavLinks items={items} labels={labels} icons={icons} variant="bottom" />
      </nav>
      <footer className="mx-auto hidden max-w-6xl items-center justify-between px-4 pb-8 text-sm text-zinc-700 sm:flex">
        <span>{t('footer', { community: brand.name })}</span>
        <LocaleSwitcher action={switchLocale} />
      </footer>
    </RealtimeProvider>
  );
}
