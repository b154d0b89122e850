import { Megaphone } from 'lucide-react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';

/** The way into publishing from the staff page. */
export async function StaffAnnouncementsLink() {
  const t = await getTranslations('announcements.staff');
  return (
    <Link href="/staff/announcements" className={buttonClass('secondary', 'self-start')}>
      <Megaphone aria-hidden="true" size={16} />
      {t('manage')}
    </Link>
  );
}
