import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AppShell } from '@/components/shell/app-shell';
import { SecondFactorDueNotice } from '@/components/two-factor/due-notice';
import { requireRole } from '@/lib/auth/session';
import { unreadCount } from '@/lib/notifications/queries';
import { switchLocale } from '@/app/actions/locale';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireRole('manager');
  return (
    <ClientMessages area="admin">
      <AppShell user={user} unread={await unreadCount(user)} switchLocale={switchLocale}>
        <SecondFactorDueNotice dueAt={user.secondFactor.dueAt} />
        {children}
      </AppShell>
    </ClientMessages>
  );
}
