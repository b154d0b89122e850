'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { signOutToSignIn } from './sign-out';

/** `action` ends every session of the account on the server; this device then signs out too. */
export function SignOutEverywhereButton({ action }: { action: () => Promise<unknown> }) {
  const t = useTranslations('settings');
  const [pending, start] = useTransition();
  return (
    <Button
      type="button"
      variant="danger"
      disabled={pending}
      onClick={() =>
        start(async () => {
          await action();
          await signOutToSignIn();
        })
      }
    >
      {pending ? t('signingOut') : t('signOutEverywhere')}
    </Button>
  );
}
