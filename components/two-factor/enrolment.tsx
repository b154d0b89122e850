'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { useKeptForm } from '@/components/ui/use-kept-form';
import type { FormAction, FormState } from '@/lib/forms/state';

interface Started {
  secret: string;
  qrSvg: string;
}

/**
 * Turning two-step verification on: a new secret (QR code and key, shown in this answer only), the
 * first code to confirm it, then the ten recovery codes, shown once.
 */
export function Enrolment({ start, confirm }: { start: () => Promise<FormState<Started>>; confirm: FormAction<{ recoveryCodes: string[] }> }) {
  const t = useTranslations();
  const [started, setStarted] = useState<Started | null>(null);
  const [startProblem, setStartProblem] = useState<string | null>(null);
  const [starting, begin] = useTransition();
  const { state, onSubmit, pending } = useKeptForm(confirm);
  const { errors, message, value } = useFormErrors(state);

  if (state.status === 'ok' && state.data) {
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="success">{t('twoFactor.security.enabledNow')}</Alert>
        <h3 className="font-semibold">{t('twoFactor.security.recoveryTitle')}</h3>
        <p className="text-sm text-zinc-700">{t('twoFactor.security.recoveryHint')}</p>
        <ul aria-label={t('twoFactor.security.recoveryTitle')} data-testid="recovery-codes" className="grid grid-cols-2 gap-2 rounded-md bg-zinc-100 p-3 font-mono text-base sm:grid-cols-5">
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <div>
          <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
            {t('twoFactor.security.done')}
          </Button>
        </div>
      </div>
    );
  }

  if (!started) {
    return (
      <div className="flex flex-col gap-3">
        {startProblem ? <Alert tone="error">{startProblem}</Alert> : null}
        <div>
          <Button
            type="button"
            disabled={starting}
            onClick={() =>
              begin(async () => {
                const answer = await start();
                if (answer.status === 'ok' && answer.data) setStarted(answer.data);
                else setStartProblem(t(answer.message ?? 'errors.invalid', answer.messageValues));
              })
            }
          >
            {starting ? t('twoFactor.security.starting') : t('twoFactor.security.start')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {state.status === 'error' && message && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <p className="text-sm">{t('twoFactor.security.scan')}</p>
      {/* The SVG is the QR library's output for our own otpauth:// address; no user text in it. */}
      <div role="img" aria-label={t('twoFactor.security.qrLabel')} className="w-48 max-w-full bg-white [&_svg]:h-auto [&_svg]:w-full" dangerouslySetInnerHTML={{ __html: started.qrSvg }} />
      <div className="flex flex-col gap-1 text-sm">
        <p>{t('twoFactor.security.secretLabel')}</p>
        <code data-testid="totp-secret" className="break-all rounded bg-zinc-100 px-2 py-1 font-mono text-base tracking-wider">
          {started.secret.match(/.{1,4}/g)!.join(' ')}
        </code>
        <p className="text-zinc-700">{t('twoFactor.security.secretOnce')}</p>
      </div>
      <Field
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        label={t('twoFactor.security.codeLabel')}
        defaultValue={value('code')}
        errors={errors('code')}
        maxLength={7}
        required
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('twoFactor.security.confirming') : t('twoFactor.security.confirm')}
        </Button>
      </div>
    </form>
  );
}
