import { ChartNoAxesColumn } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { LinkCard } from '@/components/ui/link-card';

/** From the staff area to one's own figures: how fast and how well one's complaints were answered. */
export async function StaffFiguresLink() {
  const t = await getTranslations('dashboard.staffLink');
  return <LinkCard title={t('title')} intro={t('intro')} href="/staff/figures" label={t('open')} icon={<ChartNoAxesColumn aria-hidden="true" size={16} />} />;
}
