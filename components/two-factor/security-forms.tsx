'use client';

import { useCallback, useState } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { useKeptForm } from '@/components/ui/use-kept-form';
import type { FormAction } from '@/lib/forms/state';

/** A member turns the second factor off with a current code or a recovery code. */
export function DisableSecondFactorForm({ action }: { action: FormAction }) {
  const t = useTranslations('twoFactor.security');
  const { state, onSubmit, pending } = useKeptForm(action);
  const { errors, message, value } = useFormErrors(state);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <h3 className="font-semibold">{t('disableTitle')}</h3>
      {state.status === 'error' && message && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <Field id="disable-code" name="code" autoComplete="one-time-code" label={t('disableCode')} defaultValue={value('code')} errors={errors('code')} maxLength={40} required />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t('disabling') : t('disable')}
        </Button>
      </div>
    </form>
  );
}

export interface DeviceRow {
  id: string;
  /** "Chrome 131 · Windows", in the reader's words when unknown. */
  name: string;
  /** "España · Última actividad: …", written by the page. */
  details: string;
  current: boolean;
}

/** One device's "sign out" button: a form of its own with the device's id. */
function SignOutDeviceForm({ action, device }: { action: FormAction; device: DeviceRow }) {
  const t = useTranslations('twoFactor.security');
  const { state, onSubmit, pending } = useKeptForm(action);
  const { message } = useFormErrors(state);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="sessionId" value={device.id} />
      {state.status === 'error' && message ? <Alert tone="error">{message}</Alert> : null}
      <Button type="submit" variant="secondary" disabled={pending} aria-label={t('signOutDeviceNamed', { device: device.name })}>
        {pending ? t('signingOut') : t('signOutDevice')}
      </Button>
    </form>
  );
}

/** The signed-in devices, this one first, each other one with its own sign-out, and "all the others". */
export function DeviceList({ devices, signOutOne, signOutOthers }: { devices: DeviceRow[]; signOutOne: FormAction; signOutOthers: FormAction<{ ended: number }> }) {
  const t = useTranslations('twoFactor.security');
  const [signedOut, setSignedOut] = useState(false);
  // The row goes with the refresh that answers the action, so the list (which stays) says it worked.
  const one = useCallback<FormAction>(
    async (state, data) => {
      const answer = await signOutOne(state, data);
      if (answer.status === 'ok') setSignedOut(true);
      return answer;
    },
    [signOutOne],
  );
  const others = devices.filter((d) => !d.current);
  return (
    <div className="flex flex-col gap-4">
      {signedOut ? <Alert tone="success">{t('signedOutOne')}</Alert> : null}
      <ul className="flex flex-col divide-y divide-zinc-200 rounded-md border border-zinc-200" aria-label={t('devicesTitle')}>
        {devices.map((d) => (
          <li key={d.id} data-testid="device" className="flex flex-col gap-3 p-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="font-medium">
                {d.name}
                {d.current ? <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">{t('thisDevice')}</span> : null}
              </p>
              <p className="text-sm text-zinc-700">{d.details}</p>
            </div>
            {d.current ? null : <SignOutDeviceForm action={one} device={d} />}
          </li>
        ))}
      </ul>
      <SignOutOthersForm action={signOutOthers} hasOthers={others.length > 0} />
    </div>
  );
}

function SignOutOthersForm({ action, hasOthers }: { action: FormAction<{ ended: number }>; hasOthers: boolean }) {
  const t = useTranslations('twoFactor.security');
  const { state, onSubmit, pending } = useKeptForm(action);
  const { message } = useFormErrors(state);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2">
      {state.status === 'ok' && state.data ? <Alert tone="success">{t('signedOutOthers', { count: state.data.ended })}</Alert> : null}
      {state.status === 'error' && message ? <Alert tone="error">{message}</Alert> : null}
      {hasOthers ? (
        <div>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? t('signingOut') : t('signOutOthers')}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-zinc-700">{t('noOthers')}</p>
      )}
    </form>
  );
}

/** Current and new password; the other devices are signed out when it changes. */
export function ChangePasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations('twoFactor.security');
  const { state, onSubmit, pending } = useKeptForm(action);
  const { errors, message } = useFormErrors(state);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {state.status === 'ok' ? <Alert tone="success">{t('changed')}</Alert> : null}
      {state.status === 'error' && message && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <Field id="current-password" name="currentPassword" type="password" autoComplete="current-password" label={t('currentPassword')} errors={errors('currentPassword')} required />
      <Field id="new-password" name="password" type="password" autoComplete="new-password" label={t('newPassword')} hint={t('newPasswordHint')} errors={errors('password')} minLength={10} required />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('changing') : t('change')}
        </Button>
      </div>
    </form>
  );
}
