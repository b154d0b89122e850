import { CheckCircle2, CircleDot, Clock3, Hourglass, MessageSquareReply, XCircle, type LucideIcon } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SpriteIcon } from '@/components/ui/icon-sprite';
import type { Status } from '@/lib/complaints/lifecycle';

// Colour helps, but the icon and the words carry the meaning.
const LOOK: Record<Status, { icon: LucideIcon; className: string }> = {
  open: { icon: CircleDot, className: 'border-amber-300 bg-amber-50 text-amber-950' },
  acknowledged: { icon: MessageSquareReply, className: 'border-sky-300 bg-sky-50 text-sky-950' },
  in_progress: { icon: Clock3, className: 'border-indigo-300 bg-indigo-50 text-indigo-950' },
  solution_proposed: { icon: Hourglass, className: 'border-violet-300 bg-violet-50 text-violet-950' },
  resolved: { icon: CheckCircle2, className: 'border-emerald-300 bg-emerald-50 text-emerald-950' },
  closed: { icon: XCircle, className: 'border-zinc-300 bg-zinc-100 text-zinc-900' },
};

/** For a page that draws many badges from one sprite (IconSprite): `status-<status>`. */
export const STATUS_ICONS = Object.fromEntries(Object.entries(LOOK).map(([status, look]) => [`status-${status}`, look.icon]));

function Badge({ status, icon, label }: { status: Status; icon: ReactNode; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${LOOK[status].className}`}>
      {icon}
      {label}
    </span>
  );
}

export async function StatusBadge({ status }: { status: Status }) {
  const t = await getTranslations('complaints.status');
  const { icon: Icon } = LOOK[status];
  return <Badge status={status} icon={<Icon aria-hidden className="size-3.5" />} label={t(status)} />;
}

/** The same badge with its icon from the page's sprite and its label already said. */
export function SpriteStatusBadge({ status, label }: { status: Status; label: string }) {
  return <Badge status={status} icon={<SpriteIcon id={`status-${status}`} className="size-3.5" />} label={label} />;
}
