import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { requireMember } from '@/lib/auth/session';

export default async function MemberLayout({ children }: { children: ReactNode }) {
  return <AppShell user={await requireMember()}>{children}</AppShell>;
}
