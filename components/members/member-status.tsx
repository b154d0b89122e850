import { getFormatter, getTranslations } from 'next-intl/server';
import type { MemberRow } from '@/lib/members/queries';

const TONE: Record<MemberRow['status'], string> = {
  active: 'bg-emerald-50 text-emerald-900 ring-emerald-200',
  silenced: 'bg-amber-50 text-amber-900 ring-amber-200',
  suspended: 'bg-red-50 text-red-900 ring-red-200',
  banned: 'bg-zinc-800 text-white ring-zinc-800',
};

/** A member's current standing in words, with its end date: "Suspendida hasta el 12 mar 2026". */
export async function MemberStatus({ member }: { member: Pick<MemberRow, 'status' | 'statusUntil'> }) {
  const [t, format] = await Promise.all([getTranslations('memberList'), getFormatter()]);
  const status = t(`statuses.${member.status}`);
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE[member.status]}`}>
      {member.statusUntil && member.status !== 'active' ? t('statusUntil', { status, date: format.dateTime(member.statusUntil, { dateStyle: 'medium' }) }) : status}
    </span>
  );
}
