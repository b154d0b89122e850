import { AlarmClock, Clock, Siren, TriangleAlert } from 'lucide-react';
import { STATUS_ICONS } from '@/components/board/status-badge';
import { IconSprite } from '@/components/ui/icon-sprite';
import { PRIORITY_ICONS } from './priority-badge';

const ICONS = { ...STATUS_ICONS, ...PRIORITY_ICONS, 'sla-breached': TriangleAlert, 'sla-due-soon': AlarmClock, 'sla-on-time': Clock, 'inbox-incident': Siren };

/** Every icon the inbox rows use, drawn once for both the table and the cards. */
export function InboxIcons() {
  return <IconSprite icons={ICONS} />;
}
