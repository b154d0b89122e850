import { BadgeCheck, MessageCircle, Users } from 'lucide-react';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { BoardCard } from '@/lib/complaints/board';
import { localized } from '@/lib/i18n/localized';
import { StatusBadge } from './status-badge';
import { Waiting } from './waiting';

export async function ComplaintCard({ card }: { card: BoardCard }) {
  const [t, format, locale] = await Promise.all([getTranslations('complaints.board'), getFormatter(), getLocale()]);
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={card.status} />
        {card.answered ? (
          <span className="inline-flex items-center gap-1 rounded-full border border-brand/40 px-2 py-0.5 text-xs font-semibold text-brand-ink">
            <BadgeCheck aria-hidden className="size-3.5" />
            {t('officialReply')}
          </span>
        ) : null}
        <span className="text-xs text-zinc-700">#{card.number}</span>
      </div>
      <h2 className="text-lg font-semibold leading-snug">
        <Link href={`/board/${card.number}`} className="text-brand-ink underline-offset-4 hover:underline">
          {card.title}
        </Link>
      </h2>
      <p className="text-sm text-zinc-700">
        {localized(card.categoryName, card.categoryNameEn, locale)} · {localized(card.branchName, card.branchNameEn, locale)} · <time dateTime={card.createdAt.toISOString()}>{format.relativeTime(card.createdAt)}</time>
      </p>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <Waiting line={card.waiting} className="font-medium" />
        <span className="inline-flex items-center gap-1 text-zinc-800">
          <Users aria-hidden className="size-4" />
          {t('meTooCount', { count: card.meTooCount })}
        </span>
        <span className="inline-flex items-center gap-1 text-zinc-800">
          <MessageCircle aria-hidden className="size-4" />
          {t('commentCount', { count: card.commentCount })}
        </span>
      </div>
    </li>
  );
}
