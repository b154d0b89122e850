'use client';

import { ArrowDown, ArrowUp } from 'lucide-react';
import { useTranslations } from '@/components/i18n/intl';
import type { SettingsIntent } from './settings-action';
import { IntentButton } from './intent-button';

const ICON = 'size-5 shrink-0';

/** Up and down for one entry of an ordered list; the ends are disabled rather than hidden, so rows line up. */
export function MoveButtons({ intent, fields, name, first, last }: { intent: SettingsIntent; fields: Record<string, string>; name: string; first: boolean; last: boolean }) {
  const t = useTranslations('complaintSettings.entry');
  return (
    <>
      <IntentButton intent={intent} fields={{ ...fields, direction: 'up' }} label={t('moveUp')} context={name} icon={<ArrowUp aria-hidden className={ICON} />} iconOnly disabled={first} />
      <IntentButton intent={intent} fields={{ ...fields, direction: 'down' }} label={t('moveDown')} context={name} icon={<ArrowDown aria-hidden className={ICON} />} iconOnly disabled={last} />
    </>
  );
}
