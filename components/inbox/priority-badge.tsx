import { ArrowDown, ArrowUp, ChevronsUp, Minus } from 'lucide-react';
import { SpriteIcon } from '@/components/ui/icon-sprite';
import type { Priority } from '@/lib/complaints/sla';
import type { RowWords } from './row-parts';

const TONE: Record<Priority, string> = {
  urgent: 'text-red-800 font-semibold',
  high: 'text-orange-800 font-medium',
  normal: 'text-zinc-800',
  low: 'text-zinc-700',
};

export const PRIORITY_ICONS = { 'priority-urgent': ChevronsUp, 'priority-high': ArrowUp, 'priority-normal': Minus, 'priority-low': ArrowDown };

export function PriorityBadge({ priority, say }: { priority: Priority; say: RowWords }) {
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap text-sm ${TONE[priority]}`}>
      <SpriteIcon id={`priority-${priority}`} size={14} />
      {say.priority(priority)}
    </span>
  );
}
