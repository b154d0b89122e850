'use client';

import { ShieldOff } from 'lucide-react';
import { useTranslations } from '@/components/i18n/intl';
import type { HideReason } from '@/lib/policy/moderation';

/** What everyone sees where hidden content was: that moderation hid it, and why. A client component because post cards render it too. */
export function Tombstone({ reason }: { reason: HideReason }) {
  const t = useTranslations('moderation.tombstone');
  return (
    <p className="flex items-start gap-2 italic text-zinc-700">
      <ShieldOff aria-hidden="true" size={18} className="mt-0.5 shrink-0" />
      {reason === 'held' ? t('held') : t('hidden', { reason: t(`reason.${reason}`) })}
    </p>
  );
}
