import { ShieldCheck } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { LinkCard } from '@/components/ui/link-card';

/** The staff area's way into the review queue. */
export async function StaffModerationLink() {
  const t = await getTranslations('moderation.staffLink');
  return <LinkCard title={t('title')} intro={t('intro')} href="/staff/moderation" label={t('open')} icon={<ShieldCheck aria-hidden="true" size={16} />} />;
}
