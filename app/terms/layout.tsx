import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';

export default function TermsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages area="terms">{children}</ClientMessages>;
}
