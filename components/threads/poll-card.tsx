'use client';

import { useFormatter, useTranslations } from '@/components/i18n/intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { PollDto } from '@/lib/threads/dto';

/** A poll with live results; the choice is a real fieldset of radios or checkboxes. */
export function PollCard({ poll, myVotes, canVote, onVote }: { poll: PollDto; myVotes: string[]; canVote: boolean; onVote: (optionIds: string[]) => Promise<string | null> }) {
  const t = useTranslations('threads');
  const tv = useTranslations('pollVote');
  const format = useFormatter();
  const [chosen, setChosen] = useState<string[]>(myVotes);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const total = poll.options.reduce((n, o) => n + o.votes, 0);
  const open = canVote && !poll.closed;
  const toggle = (id: string) => {
    setNotice(null);
    setChosen((c) => (poll.multiple ? (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]) : [id]));
  };

  return (
    <section aria-labelledby={`poll-${poll.id}`} className="rounded-lg border border-zinc-300 bg-white p-4">
      <p className="text-xs font-semibold tracking-wide text-zinc-600 uppercase">{t('poll')}</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          // The same choice again would change nothing: say so rather than seem to have voted anew.
          const same = myVotes.length > 0 && chosen.length === myVotes.length && chosen.every((id) => myVotes.includes(id));
          setNotice(same ? tv('unchanged') : null);
          if (same) return;
          setBusy(true);
          setError(await onVote(chosen));
          setBusy(false);
        }}
      >
        <fieldset disabled={!open || busy} className="flex min-w-0 flex-col gap-3">
          <legend id={`poll-${poll.id}`} className="mb-2 max-w-full text-lg font-semibold [overflow-wrap:anywhere]">
            {poll.question}
          </legend>
          {poll.options.map((o) => {
            const percent = total === 0 ? 0 : Math.round((o.votes / total) * 100);
            return (
              <label key={o.id} className="flex flex-col gap-1">
                <span className="flex items-center gap-2">
                  <input type={poll.multiple ? 'checkbox' : 'radio'} name={`poll-${poll.id}`} value={o.id} checked={chosen.includes(o.id)} onChange={() => toggle(o.id)} className="size-5" />
                  <span className="min-w-0 flex-1 [overflow-wrap:anywhere]">{o.label}</span>
                  <span className="text-sm text-zinc-700" data-testid="poll-votes">
                    {t('votes', { count: o.votes, percent })}
                    {myVotes.includes(o.id) ? ` · ${t('yourVote')}` : ''}
                  </span>
                </span>
                <span aria-hidden="true" className="h-2 overflow-hidden rounded bg-zinc-200">
                  <span className="block h-full bg-brand" style={{ width: `${percent}%` }} />
                </span>
              </label>
            );
          })}
        </fieldset>
        <p className="mt-3 text-sm text-zinc-700" aria-live="polite">
          {[t('voters', { count: poll.voters }), poll.closed ? t('pollClosed') : poll.closesAt ? t('pollClosesOn', { date: format.dateTime(new Date(poll.closesAt), { dateStyle: 'medium', timeStyle: 'short' }) }) : null].filter(Boolean).join(' · ')}
        </p>
        {notice ? <Alert tone="info">{notice}</Alert> : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        {open ? (
          <Button type="submit" variant="secondary" className="mt-3" disabled={busy || chosen.length === 0}>
            {myVotes.length > 0 ? t('changeVote') : t('vote')}
          </Button>
        ) : null}
      </form>
    </section>
  );
}
