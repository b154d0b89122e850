'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormAction, FormState } from '@/lib/forms/state';

/** Follow or unfollow, with a sentence saying which applies now: the button alone would be ambiguous. */
export function FollowThread({ threadId, following: initial, action: setFollow }: { threadId: string; following: boolean; action: FormAction<{ following: boolean }> }) {
  const t = useTranslations('threadFollow');
  const [state, action] = useActionState(setFollow, { status: 'idle' } as FormState<{ following: boolean }>);
  const following = state.data?.following ?? initial;
  return (
    <form action={action} className="flex flex-wrap items-center gap-3 text-sm">
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="on" value={String(!following)} />
      <p role="status">{following ? t('following') : t('notFollowing')}</p>
      <SubmitButton variant="secondary" pendingLabel={t('working')}>
        {following ? t('unfollow') : t('follow')}
      </SubmitButton>
    </form>
  );
}
