import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { requireRole } from '@/lib/auth/session';

export default async function StaffLayout({ children }: { children: ReactNode }) {
  return <AppShell user={await requireRole('staff')}>{children}</AppShell>;
}
