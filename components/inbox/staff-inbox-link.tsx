import { Inbox } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { LinkCard } from '@/components/ui/link-card';

/** The staff area's first stop: the complaints waiting for an answer. */
export async function StaffInboxLink() {
  const t = await getTranslations('inbox.staffLink');
  return <LinkCard title={t('title')} intro={t('intro')} href="/staff/complaints" label={t('open')} icon={<Inbox aria-hidden="true" size={16} />} />;
}
