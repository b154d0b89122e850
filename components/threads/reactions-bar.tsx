'use client';

import { SmilePlus } from 'lucide-react';
import { useTranslations } from '@/components/i18n/intl';
import { useId, useState } from 'react';
import type { ReactionSummary } from '@/lib/threads/dto';
import { REACTION_EMOJI, REACTIONS, type Reaction } from '@/lib/threads/constants';

const CHIP = 'inline-flex min-h-9 min-w-11 items-center justify-center gap-1 rounded-full border px-2.5 text-sm disabled:cursor-default';

/**
 * The reactions a post has, with counts and who gave them, and one button that opens the fixed set.
 * The set is only put on the page when asked for: fifty posts do not carry three hundred buttons.
 */
export function ReactionsBar({ reactions, viewerId, canReact, onToggle }: { reactions: ReactionSummary[]; viewerId: string; canReact: boolean; onToggle: (r: Reaction) => Promise<void> }) {
  const t = useTranslations('threads');
  const pickerId = useId();
  const [busy, setBusy] = useState(false);
  const [picking, setPicking] = useState(false);
  if (reactions.length === 0 && !canReact) return null;

  const toggle = async (kind: Reaction) => {
    setBusy(true);
    await onToggle(kind).finally(() => setBusy(false));
    setPicking(false);
  };
  const label = (kind: Reaction) => t('react', { emoji: t(`reactionNames.${kind}`) });

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-1.5">
        {reactions.length > 0 ? (
          <ul aria-label={t('reactions')} className="flex flex-wrap gap-1.5">
            {reactions.map((r) => (
              <li key={r.reaction}>
                <button type="button" disabled={!canReact || busy} aria-pressed={r.userIds.includes(viewerId)} onClick={() => toggle(r.reaction)} className={`${CHIP} ${r.userIds.includes(viewerId) ? 'border-brand-ink bg-zinc-100 font-semibold' : 'border-zinc-300 bg-white'}`}>
                  <span aria-hidden="true">{REACTION_EMOJI[r.reaction]}</span>
                  <span className="sr-only">{label(r.reaction)}</span>
                  <span>{r.count}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {canReact ? (
          <button type="button" aria-expanded={picking} aria-controls={pickerId} onClick={() => setPicking((p) => !p)} className={`${CHIP} border-zinc-300 bg-white text-zinc-700`}>
            <SmilePlus aria-hidden="true" size={18} />
            <span className="sr-only">{t('addReaction')}</span>
          </button>
        ) : null}
      </div>
      {picking ? (
        <ul id={pickerId} aria-label={t('addReaction')} className="flex flex-wrap gap-1.5 rounded-md border border-zinc-200 bg-zinc-50 p-1.5">
          {REACTIONS.map((kind) => {
            const mine = reactions.find((r) => r.reaction === kind)?.userIds.includes(viewerId) ?? false;
            return (
              <li key={kind}>
                <button type="button" disabled={busy} aria-pressed={mine} onClick={() => toggle(kind)} className={`${CHIP} ${mine ? 'border-brand-ink bg-white font-semibold' : 'border-zinc-300 bg-white'}`}>
                  <span aria-hidden="true">{REACTION_EMOJI[kind]}</span>
                  <span className="sr-only">{label(kind)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {reactions.length > 0 ? (
        <p className="text-xs text-zinc-600">
          {reactions.map((r) => `${REACTION_EMOJI[r.reaction]} ${r.names.join(', ')}${r.count > r.names.length ? ` +${r.count - r.names.length}` : ''}`).join(' · ')}
        </p>
      ) : null}
    </div>
  );
}
