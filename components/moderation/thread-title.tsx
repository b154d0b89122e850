import { useTranslations } from 'next-intl';
import type { HideReason } from '@/lib/policy/moderation';

/** A thread's title in a list, or the tombstone's words when moderation hid it (the title is never shown). */
export function ThreadTitle({ title, hiddenReason }: { title: string; hiddenReason: HideReason | null }) {
  const t = useTranslations('moderation.tombstone');
  return hiddenReason ? <span className="italic">{hiddenReason === 'held' ? t('heldTitle') : t('title')}</span> : title;
}
