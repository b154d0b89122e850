'use client';

import { useTranslations } from '@/components/i18n/intl';
import { Button } from '@/components/ui/button';
import { signOutToSignIn } from './sign-out';

export function SignOutButton({ variant = 'secondary' }: { variant?: 'secondary' | 'ghost' }) {
  const t = useTranslations('shell');
  return (
    <Button type="button" variant={variant} onClick={() => void signOutToSignIn()}>
      {t('signOut')}
    </Button>
  );
}
