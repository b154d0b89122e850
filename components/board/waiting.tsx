import { getNow, getTranslations } from 'next-intl/server';
import { getBrand } from '@/lib/brand/queries';
import type { WaitingLine } from '@/lib/complaints/sla';

const TONE: Record<WaitingLine['party'], string> = { club: 'text-amber-900', member: 'text-sky-900', nobody: 'text-zinc-700' };

/**
 * "Waiting for the club for 3 days": who has the ball and since when, told as the SLA clock counts it,
 * so it never contradicts the status; once a complaint ended, how long it took.
 */
export async function Waiting({ line, className = '' }: { line: WaitingLine; className?: string }) {
  const [t, now, brand] = await Promise.all([getTranslations('complaints.waiting'), getNow(), getBrand()]);
  const millis = line.party === 'nobody' ? line.took : now.getTime() - line.since.getTime();
  const hours = Math.max(0, Math.floor(millis / 3_600_000));
  const time = hours < 24 ? t('hours', { hours }) : t('days', { days: Math.floor(hours / 24) });
  const key = line.party === 'club' ? `club_${line.owed}` : line.party === 'member' ? 'member' : line.ended;
  return <span className={`${TONE[line.party]} ${className}`}>{t(key, { community: brand.name, time })}</span>;
}
