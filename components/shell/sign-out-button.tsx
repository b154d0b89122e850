'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

export function SignOutButton({ variant = 'secondary' }: { variant?: 'secondary' | 'ghost' }) {
  const t = useTranslations('shell');
  return (
    <Button type="button" variant={variant} onClick={() => void signOut({ callbackUrl: '/sign-in' })}>
      {t('signOut')}
    </Button>
  );
}
