import type { ReactNode } from 'react';
import { MarkdownPreviewProvider } from '@/components/editor/preview-context';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AppShell } from '@/components/shell/app-shell';
import { requireMember } from '@/lib/auth/session';
import { unreadCount } from '@/lib/notifications/queries';
import { switchLocale } from '@/app/actions/locale';
import { previewMarkdownAction } from '@/app/actions/preview';

export default async function MemberLayout({ children }: { children: ReactNode }) {
  const user = await requireMember();
  return (
    <ClientMessages area="member">
      <AppShell user={user} unread={await unreadCount(user)} switchLocale={switchLocale}>
        <MarkdownPreviewProvider action={previewMarkdownAction}>{children}</MarkdownPreviewProvider>
      </AppShell>
    </ClientMessages>
  );
}
