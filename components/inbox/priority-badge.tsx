import { ArrowDown, ArrowUp, ChevronsUp, Minus, type LucideIcon } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import type { Priority } from '@/lib/complaints/sla';

const LOOK: Record<Priority, { icon: LucideIcon; tone: string }> = {
  urgent: { icon: ChevronsUp, tone: 'text-red-800 font-semibold' },
  high: { icon: ArrowUp, tone: 'text-orange-800 font-medium' },
  normal: { icon: Minus, tone: 'text-zinc-800' },
  low: { icon: ArrowDown, tone: 'text-zinc-700' },
};

export async function PriorityBadge({ priority }: { priority: Priority }) {
  const t = await getTranslations('complaints.priority');
  const { icon: Icon, tone } = LOOK[priority];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap text-sm ${tone}`}>
      <Icon aria-hidden="true" size={14} />
      {t(priority)}
    </span>
  );
}
