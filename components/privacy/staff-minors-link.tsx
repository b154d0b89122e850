import { Baby } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { LinkCard } from '@/components/ui/link-card';

/** From the staff area to the members under 14 waiting for a guardian's consent. */
export async function StaffMinorsLink() {
  const t = await getTranslations('privacy.minors.staffLink');
  return <LinkCard title={t('title')} intro={t('intro')} href="/staff/minors" label={t('open')} icon={<Baby aria-hidden="true" size={16} />} />;
}
