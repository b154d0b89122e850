'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { FilePicker } from '@/components/ui/file-picker';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';
import { Avatar } from './avatar';

/** One's own photo and bio, in settings; the profile page shows the result. */
export function ProfileForm({ profile, profileHref, bioMax, action: save }: { profile: { bio: string; avatarUrl: string | null; initials: string }; profileHref: string; bioMax: number; action: FormAction }) {
  const t = useTranslations('profiles');
  const te = useTranslations('editor');
  const [state, action] = useActionState(save, IDLE);
  const { errors, message, value } = useFormErrors(state);
  const [removing, setRemoving] = useState(false);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <p className="text-sm text-zinc-700">
        {t('settingsIntro')}{' '}
        <Link href={profileHref} className="font-semibold text-brand-ink underline">
          {t('viewProfile')}
        </Link>
      </p>
      {state.status === 'ok' ? <Alert tone="success">{t('saved')}</Alert> : null}
      {state.status === 'error' && message && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <Avatar url={removing ? null : profile.avatarUrl} initials={profile.initials} size={72} />
        <div className="flex flex-col gap-2">
          <FilePicker id="profile-avatar" name="avatar" label={t('avatar')} hint={t('avatarHint')} errors={errors('avatar')} accept="image/jpeg,image/png,image/webp" texts={{ choose: t('chooseAvatar'), none: t('noAvatar'), remove: (file) => te('removeImage', { name: file }) }} />
          {profile.avatarUrl ? (
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" name="removeAvatar" className="size-5" checked={removing} onChange={(e) => setRemoving(e.target.checked)} />
              {t('removeAvatar')}
            </label>
          ) : null}
        </div>
      </div>
      <TextareaField id="profile-bio" name="bio" label={t('bio')} hint={t('bioHint', { max: bioMax })} maxLength={bioMax} rows={4} defaultValue={value('bio') ?? profile.bio} errors={errors('bio')} />
      <div>
        <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
      </div>
    </form>
  );
}
