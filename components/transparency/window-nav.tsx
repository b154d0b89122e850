import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';

export interface WindowLink {
  days: number;
  href: string;
  current: boolean;
}

/** The 30 / 90 / 365-day choice, as plain links: it works without JavaScript and can be shared. */
export async function WindowNav({ windows }: { windows: WindowLink[] }) {
  const t = await getTranslations('transparency');
  return (
    <nav aria-label={t('windowLabel')}>
      <ul className="flex flex-wrap gap-2">
        {windows.map((w) => (
          <li key={w.days}>
            <Link href={w.href} aria-current={w.current ? 'page' : undefined} className={buttonClass(w.current ? 'primary' : 'secondary')}>
              {t('window', { days: w.days })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
