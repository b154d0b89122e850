'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { signOutEverywhereAction } from '@/app/(member)/settings/actions';
import { Button } from '@/components/ui/button';

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
          await signOut({ callbackUrl: '/sign-in' });
        })
      }
    >
      {pending ? t('signingOut') : t('signOutEverywhere')}
    </Button>
  );
}
