import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BoardForm } from '@/components/complaint-settings/board-form';
import { SettingsHeader } from '@/components/complaint-settings/settings-header';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { getBoardSettings } from '@/lib/complaints/settings/queries';
import { CONFIRMATION_DAYS } from '@/lib/complaints/settings/update-board';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('complaintSettings.sections'))('board.title') };
}

export default async function BoardSettingsPage() {
  await requirePermission('manage:complaint_settings');
  const [t, board] = await Promise.all([getTranslations('complaintSettings.board'), getBoardSettings()]);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <SettingsHeader section="board" intro={t('intro')} />
      <Card>
        <BoardForm initial={board} daysMin={CONFIRMATION_DAYS.min} daysMax={CONFIRMATION_DAYS.max} />
      </Card>
    </div>
  );
}
