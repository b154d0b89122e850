'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { Button } from '@/components/ui/button';

/** "Entrar con <name>": next-auth sends the browser to the OpenID provider and back. */
export function SsoButton({ providerId, name, callbackUrl }: { providerId: string; name: string; callbackUrl: string }) {
  const t = useTranslations('sso');
  const [pending, setPending] = useState(false);
  return (
    <div className="flex flex-col gap-4">
      <p className="flex items-center gap-3 text-sm text-zinc-700" aria-hidden="true">
        <span className="h-px flex-1 bg-zinc-300" />
        {t('or')}
        <span className="h-px flex-1 bg-zinc-300" />
      </p>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => {
          setPending(true);
          void signIn(providerId, { callbackUrl }).catch(() => setPending(false));
        }}
      >
        {pending ? t('pending', { name }) : t('signInWith', { name })}
      </Button>
    </div>
  );
}
