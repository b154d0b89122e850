'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useTransition } from 'react';
import { signOutEverywhereAction } from '@/app/(member)/settings/actions';
import { Button } from '@/components/ui/button';
import { signOutToSignIn } from './sign-out';

export function SignOutEverywhereButton() {
  const t = useTranslations('settings');
  const [pending, start] = useTransition();
  return (
    <Button
      type="button"
      variant="danger"
      disabled={pending}
      onClick={() =>
        start(async () => {
          await signOutEverywhereAction();
          await signOutToSignIn();
        })
      }
    >
      {pending ? t('signingOut') : t('signOutEverywhere')}
    </Button>
  );
}
