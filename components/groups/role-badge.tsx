import { getTranslations } from 'next-intl/server';
import type { GroupRole } from '@/lib/policy/groups';

const TONE: Record<GroupRole, string> = {
  owner: 'border-amber-300 bg-amber-50 text-amber-900',
  moderator: 'border-sky-300 bg-sky-50 text-sky-900',
  member: 'border-zinc-300 text-zinc-800',
};

export async function RoleBadge({ role }: { role: GroupRole }) {
  const t = await getTranslations('groups.roles');
  return <span className={`rounded-full border px-2 py-0.5 text-xs font-medium ${TONE[role]}`}>{t(role)}</span>;
}
