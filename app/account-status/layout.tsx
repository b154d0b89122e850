import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

export default function AccountStatusLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="standing">{children}</ClientMessages>;
}
