import { HeartHandshake } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { LinkCard } from '@/components/ui/link-card';

/** From the staff area to the members who may leave. */
export async function StaffAtRiskLink() {
  const t = await getTranslations('atRisk.staffLink');
  return <LinkCard title={t('title')} intro={t('intro')} href="/staff/at-risk" label={t('open')} icon={<HeartHandshake aria-hidden="true" size={16} />} />;
}
