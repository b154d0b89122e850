import { ShieldCheck } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

/** The staff area's way into the review queue. */
export async function StaffModerationLink() {
  const t = await getTranslations('moderation.staffLink');
  return (
    <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <div>
        <h2 className="text-lg font-semibold">{t('title')}</h2>
        <p className="mt-1 max-w-prose text-sm text-zinc-700">{t('intro')}</p>
      </div>
      <Link href="/staff/moderation" className={buttonClass('primary', 'shrink-0')}>
        <ShieldCheck aria-hidden="true" size={16} />
        {t('open')}
      </Link>
    </Card>
  );
}
