import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Enrolment } from '@/components/two-factor/enrolment';
import { ChangePasswordForm, DeviceList, DisableSecondFactorForm } from '@/components/two-factor/security-forms';
import { Alert } from '@/components/ui/alert';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { requireMember } from '@/lib/auth/session';
import { listDevices } from '@/lib/devices/queries';
import { can } from '@/lib/policy';
import { getOwnSecondFactor } from '@/lib/two-factor/queries';
import { secondFactorOverdue } from '@/lib/two-factor/requirement';
import {
  changePasswordAction,
  confirmEnrolmentAction,
  disableSecondFactorAction,
  signOutDeviceAction,
  signOutOtherDevicesAction,
  startEnrolmentAction,
} from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('twoFactor.security'))('title') };
}

export default async function SecuritySettingsPage() {
  const user = await requireMember();
  const locale = await getLocale();
  const [t, settings, factor, devices] = await Promise.all([getTranslations('twoFactor.security'), getTranslations('settings'), getOwnSecondFactor(user), listDevices(user, locale)]);
  const { dueAt } = user.secondFactor;
  const rows = devices.map((d) => ({
    id: d.id,
    current: d.current,
    name: `${d.browser ?? t('unknownBrowser')} · ${d.os ?? t('unknownOs')}`,
    details: `${d.place ?? t('unknownPlace')} · ${t('lastSeen', { when: d.lastSeenAt })} · ${t('signedInAt', { when: d.signedInAt })}`,
  }));
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <BackLink href="/settings" label={settings('title')}>
        {settings('title')}
      </BackLink>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <Card id="two-factor">
        <h2 className="mb-1 text-lg font-semibold">{t('twoFactorTitle')}</h2>
        <p className="mb-3 max-w-prose text-sm text-zinc-700">{t('twoFactorIntro')}</p>
        {factor.enabledAt ? (
          <div className="flex flex-col gap-4">
            <Alert tone="success">{t('on', { date: factor.enabledAt })}</Alert>
            <p className="text-sm">{t('recoveryLeft', { count: factor.recoveryCodesLeft })}</p>
            {can(user, 'disable:own_two_factor') ? <DisableSecondFactorForm action={disableSecondFactorAction} /> : <p className="text-sm text-zinc-700">{t('staffKeeps')}</p>}
          </div>
        ) : (
          <div className="flex flex-col gap-4">
            {dueAt ? <Alert tone={secondFactorOverdue(user.secondFactor) ? 'error' : 'info'}>{secondFactorOverdue(user.secondFactor) ? t('overdue') : t('dueBy', { date: dueAt })}</Alert> : <p className="text-sm">{t('off')}</p>}
            <Enrolment start={startEnrolmentAction} confirm={confirmEnrolmentAction} />
          </div>
        )}
      </Card>
      <Card id="devices">
        <h2 className="mb-1 text-lg font-semibold">{t('devicesTitle')}</h2>
        <p className="mb-3 max-w-prose text-sm text-zinc-700">{t('devicesIntro')}</p>
        <DeviceList devices={rows} signOutOne={signOutDeviceAction} signOutOthers={signOutOtherDevicesAction} />
      </Card>
      <Card id="password">
        <h2 className="mb-1 text-lg font-semibold">{t('passwordTitle')}</h2>
        <p className="mb-3 max-w-prose text-sm text-zinc-700">{t('passwordHint')}</p>
        <ChangePasswordForm action={changePasswordAction} />
      </Card>
    </div>
  );
}
