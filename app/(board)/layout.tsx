import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { VisitorShell } from '@/components/shell/visitor-shell';
import { requireBoardViewer } from '@/lib/auth/session';
import { unreadCount } from '@/lib/notifications/queries';

/** The complaint board and its transparency page: members see them in the app; visitors only when public. */
export default async function BoardLayout({ children }: { children: ReactNode }) {
  const user = await requireBoardViewer();
  if (!user) return <VisitorShell>{children}</VisitorShell>;
  return (
    <AppShell user={user} unread={await unreadCount(user)}>
      {children}
    </AppShell>
  );
}
