import type { ReactNode } from 'react';
import { MarkdownPreviewProvider } from '@/components/editor/preview-context';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AppShell } from '@/components/shell/app-shell';
import { SecondFactorDueNotice } from '@/components/two-factor/due-notice';
import { requireRole } from '@/lib/auth/session';
import { unreadCount } from '@/lib/notifications/queries';
import { switchLocale } from '@/app/actions/locale';
import { previewMarkdownAction } from '@/app/actions/preview';

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await requireRole('staff');
  return (
    <ClientMessages area="staff">
      <AppShell user={user} unread={await unreadCount(user)} switchLocale={switchLocale}>
        <SecondFactorDueNotice dueAt={user.secondFactor.dueAt} />
        <MarkdownPreviewProvider action={previewMarkdownAction}>{children}</MarkdownPreviewProvider>
      </AppShell>
    </ClientMessages>
  );
}
