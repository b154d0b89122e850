import type { ReactNode } from 'react';
import { MarkdownPreviewProvider } from '@/components/editor/preview-context';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AppShell } from '@/components/shell/app-shell';
import { VisitorShell } from '@/components/shell/visitor-shell';
import { requireBoardViewer } from '@/lib/complaints/board-viewer';
import { unreadCount } from '@/lib/notifications/queries';
import { switchLocale } from '@/app/actions/locale';
import { previewMarkdownAction } from '@/app/actions/preview';

/** The complaint board and its transparency page: members see them in the app; visitors only when public. */
export default async function BoardLayout({ children }: { children: ReactNode }) {
  const user = await requireBoardViewer();
  return (
    <ClientMessages area="board">
      {user ? (
        <AppShell user={user} unread={await unreadCount(user)} switchLocale={switchLocale}>
          <MarkdownPreviewProvider action={previewMarkdownAction}>{children}</MarkdownPreviewProvider>
        </AppShell>
      ) : (
        <VisitorShell switchLocale={switchLocale}>{children}</VisitorShell>
      )}
    </ClientMessages>
  );
}
