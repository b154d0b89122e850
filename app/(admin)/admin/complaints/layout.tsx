import type { ReactNode } from 'react';
import { SettingsActionProvider } from '@/components/complaint-settings/settings-action';
import { complaintSettingsAction } from './actions';

/** The complaint settings pages: every form on them posts to the one settings action. */
export default function ComplaintSettingsLayout({ children }: { children: ReactNode }) {
  return <SettingsActionProvider action={complaintSettingsAction}>{children}</SettingsActionProvider>;
}
