import { getNow, getTranslations } from 'next-intl/server';
import { getBrand } from '@/lib/brand/queries';

/** "Waiting for the club for 3 days": the company's silence, counted in public. */
export async function Waiting({ since, className = '' }: { since: Date; className?: string }) {
  const [t, now, brand] = await Promise.all([getTranslations('complaints.waiting'), getNow(), getBrand()]);
  const hours = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 3_600_000));
  const text = hours < 24 ? t('hours', { community: brand.name, hours }) : t('days', { community: brand.name, days: Math.floor(hours / 24) });
  return <span className={className}>{text}</span>;
}
