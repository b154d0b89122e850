import { Inbox } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

/** The staff area's first stop: the complaints waiting for an answer. */
export async function StaffInboxLink() {
  const t = await getTranslations('inbox.staffLink');
  return (
    <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <div>
        <h2 className="text-lg font-semibold">{t('title')}</h2>
        <p className="mt-1 max-w-prose text-sm text-zinc-700">{t('intro')}</p>
      </div>
      <Link href="/staff/complaints" className={buttonClass('primary', 'shrink-0')}>
        <Inbox aria-hidden="true" size={16} />
        {t('open')}
      </Link>
    </Card>
  );
}
