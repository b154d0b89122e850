'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { FieldFrame, fieldIds } from '@/components/ui/field-frame';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

interface BrandValues {
  name: string;
  welcomeText: string;
  welcomeTextEn: string;
  primaryColor: string;
  accentColor: string;
  defaultLocale: 'es' | 'en';
  askMembershipNumber: boolean;
  hasLogo: boolean;
}

function ColorField({ name, label, value, onChange, errors }: { name: string; label: string; value: string; onChange: (v: string) => void; errors?: string[] }) {
  const fieldId = `field-${name}`;
  return (
    <FieldFrame fieldId={fieldId} label={label} errors={errors}>
      <div className="flex items-center gap-2">
        <input
          id={fieldId}
          name={name}
          type="color"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...fieldIds(fieldId, false, errors)}
          className="h-11 w-16 cursor-pointer rounded border border-zinc-400 bg-white"
        />
        <code className="font-mono text-sm">{value}</code>
      </div>
    </FieldFrame>
  );
}

export function BrandForm({ initial, action: update }: { initial: BrandValues; action: FormAction }) {
  const t = useTranslations('admin.brand');
  const locales = useTranslations('locale');
  const en = useTranslations('contentEn');
  const [state, action] = useActionState(update, IDLE);
  const { errors, message, value } = useFormErrors(state);
  const [primary, setPrimary] = useState(value('primaryColor') ?? initial.primaryColor);
  const [accent, setAccent] = useState(value('accentColor') ?? initial.accentColor);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      {state.status === 'ok' ? <Alert tone="success">{t('saved')}</Alert> : null}
      {message && state.status === 'error' ? <Alert tone="error">{message}</Alert> : null}
      <Field name="name" label={t('name')} defaultValue={value('name') ?? initial.name} errors={errors('name')} required />
      <TextareaField name="welcomeText" label={t('welcomeText')} defaultValue={value('welcomeText') ?? initial.welcomeText} errors={errors('welcomeText')} rows={3} />
      <TextareaField name="welcomeTextEn" label={en('welcomeText')} hint={en('hint')} defaultValue={value('welcomeTextEn') ?? initial.welcomeTextEn} errors={errors('welcomeTextEn')} rows={3} />
      <div className="grid gap-4 sm:grid-cols-2">
        <ColorField name="primaryColor" label={t('primaryColor')} value={primary} onChange={setPrimary} errors={errors('primaryColor')} />
        <ColorField name="accentColor" label={t('accentColor')} value={accent} onChange={setAccent} errors={errors('accentColor')} />
      </div>
      <p className="text-sm text-zinc-700">{t('contrastNote')}</p>
      <div className="flex flex-col gap-1">
        <label htmlFor="field-defaultLocale" className="text-sm font-medium text-zinc-800">
          {t('defaultLocale')}
        </label>
        <select id="field-defaultLocale" name="defaultLocale" defaultValue={value('defaultLocale') ?? initial.defaultLocale} className="min-h-11 rounded-md border border-zinc-400 bg-white px-3">
          <option value="es">{locales('es')}</option>
          <option value="en">{locales('en')}</option>
        </select>
      </div>
      <Field name="logo" type="file" accept="image/png,image/jpeg,image/webp" label={t('logo')} hint={t('logoHint')} errors={errors('logo')} />
      {initial.hasLogo ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="removeLogo" className="size-5" /> {t('removeLogo')}
        </label>
      ) : null}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="askMembershipNumber" defaultChecked={initial.askMembershipNumber} className="size-5" /> {t('askMembershipNumber')}
      </label>
      <div>
        <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
      </div>
    </form>
  );
}
