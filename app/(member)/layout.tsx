import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { MarkdownPreviewProvider } from '@/components/editor/preview-context';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AppShell } from '@/components/shell/app-shell';
import { PATHNAME_HEADER, requireMember } from '@/lib/auth/session';
import { unreadCount } from '@/lib/notifications/queries';
import { switchLocale } from '@/app/actions/locale';
import { previewMarkdownAction } from '@/app/actions/preview';

export default async function MemberLayout({ children }: { children: ReactNode }) {
  const user = await requireMember();
  // A new version of the terms or the privacy notice is accepted before anything else (app/terms).
  if (user.termsPending) redirect(`/terms?next=${encodeURIComponent((await headers()).get(PATHNAME_HEADER) ?? '/')}`);
  return (
    <ClientMessages area="member">
      <AppShell user={user} unread={await unreadCount(user)} switchLocale={switchLocale}>
        <MarkdownPreviewProvider action={previewMarkdownAction}>{children}</MarkdownPreviewProvider>
      </AppShell>
    </ClientMessages>
  );
}
