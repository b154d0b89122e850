'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ReactionSummary } from '@/lib/threads/dto';
import { REACTION_EMOJI, REACTIONS, type Reaction } from '@/lib/threads/rules';

/**
 * The fixed set of reactions with their counts; each button says what it does and who reacted.
 * Those who may not react still see the counts.
 */
export function ReactionsBar({ reactions, viewerId, canReact, onToggle }: { reactions: ReactionSummary[]; viewerId: string; canReact: boolean; onToggle: (r: Reaction) => Promise<void> }) {
  const t = useTranslations('threads');
  const [busy, setBusy] = useState<Reaction | null>(null);
  const byKind = new Map(reactions.map((r) => [r.reaction, r]));
  const shown = canReact ? REACTIONS : REACTIONS.filter((r) => byKind.has(r));
  if (shown.length === 0) return null;
  return (
    <div className="flex flex-col gap-1">
    <ul aria-label={t('reactions')} className="flex flex-wrap gap-1.5">
      {shown.map((kind) => {
        const summary = byKind.get(kind);
        const mine = summary?.userIds.includes(viewerId) ?? false;
        return (
          <li key={kind}>
            <button
              type="button"
              disabled={!canReact || busy !== null}
              aria-pressed={mine}
              onClick={async () => {
                setBusy(kind);
                await onToggle(kind).finally(() => setBusy(null));
              }}
              className={`inline-flex min-h-9 min-w-11 items-center justify-center gap-1 rounded-full border px-2.5 text-sm ${mine ? 'border-brand-ink bg-zinc-100 font-semibold' : 'border-zinc-300 bg-white'} disabled:cursor-default`}
            >
              <span aria-hidden="true">{REACTION_EMOJI[kind]}</span>
              <span className="sr-only">{t('react', { emoji: t(`reactionNames.${kind}`) })}</span>
              {summary ? <span>{summary.count}</span> : null}
            </button>
          </li>
        );
      })}
    </ul>
      {reactions.length > 0 ? (
        <p className="text-xs text-zinc-600">
          {reactions.map((r) => `${REACTION_EMOJI[r.reaction]} ${r.names.join(', ')}${r.count > r.names.length ? ` +${r.count - r.names.length}` : ''}`).join(' · ')}
        </p>
      ) : null}
    </div>
  );
}
