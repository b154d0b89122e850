import { ChartNoAxesColumn } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

/** From the staff area to one's own figures: how fast and how well one's complaints were answered. */
export async function StaffFiguresLink() {
  const t = await getTranslations('dashboard.staffLink');
  return (
    <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <div>
        <h2 className="text-lg font-semibold">{t('title')}</h2>
        <p className="mt-1 max-w-prose text-sm text-zinc-700">{t('intro')}</p>
      </div>
      <Link href="/staff/figures" className={buttonClass('secondary', 'shrink-0')}>
        <ChartNoAxesColumn aria-hidden="true" size={16} />
        {t('open')}
      </Link>
    </Card>
  );
}
