'use client';

import Link from 'next/link';
import { useTranslations } from '@/components/i18n/intl';
import { buttonClass } from '@/components/ui/button';
import type { EventPayload } from '@/lib/realtime/events';

export type Sanctioned = EventPayload<'account:sanctioned'>;

/**
 * Told live, on the page the member is on: the measure, until when and the moderator's reason. The page
 * stays as it was under it (a half-written reply can still be read and copied); a suspension or ban
 * leads on to the account page, which says the same and takes the appeal.
 */
export function SanctionNotice({ sanction, onDismiss }: { sanction: Sanctioned; onDismiss: () => void }) {
  const t = useTranslations('account');
  const keptOut = sanction.kind === 'suspension' || sanction.kind === 'ban';
  const until = sanction.endsAt ? new Date(sanction.endsAt) : null;
  return (
    <div className="fixed inset-x-0 bottom-16 z-40 px-3 md:bottom-4">
      <section
        role="alert"
        aria-labelledby="sanction-notice-title"
        className="mx-auto flex max-h-[60vh] max-w-2xl flex-col gap-2 overflow-y-auto rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950 shadow-lg"
      >
        <h2 id="sanction-notice-title" className="text-base font-semibold">
          {t(`notice.title.${sanction.kind}`)}
        </h2>
        {until ? <p>{t('notice.until', { until })}</p> : null}
        <p className="[overflow-wrap:anywhere]">{t('reason', { reason: sanction.reason })}</p>
        {sanction.kind !== 'warning' ? <p>{t('notice.draft')}</p> : null}
        <div className="flex flex-wrap gap-2 pt-1">
          <Link href={keptOut ? '/account-status' : '/moderation'} className={buttonClass('danger')}>
            {t('notice.continue')}
          </Link>
          <button type="button" onClick={onDismiss} className={buttonClass('secondary')}>
            {t('notice.dismiss')}
          </button>
        </div>
      </section>
    </div>
  );
}
