'use client';

import { useTranslations } from '@/components/i18n/intl';
import { Field } from '@/components/ui/field';
import { type SelectOption, SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import type { FormAction } from '@/lib/forms/state';
import { PrivacyForm } from './privacy-form';

/** A new version of the terms or the privacy notice, in both languages. */
export function PublishLegalForm({ action, kinds, current }: { action: FormAction; kinds: readonly string[]; current: Record<string, { es: string; en: string }> }) {
  const t = useTranslations('privacy.legal');
  const options: SelectOption[] = kinds.map((value) => ({ value, label: t(`kinds.${value}`) }));
  const first = kinds[0] ?? 'terms';
  return (
    <PrivacyForm action={action} intent="publish" done="legal.published" submit="legal.publish" pending="legal.publishing">
      {({ errors, value }) => (
        <>
          <SelectField id="legal-kind" name="kind" label={t('kind')} options={options} defaultValue={value('kind') ?? first} errors={errors('kind')} />
          <TextareaField id="legal-es" name="bodyMdEs" label={t('bodyEs')} hint={t('markdownHint')} rows={10} defaultValue={value('bodyMdEs') ?? current[first]?.es} errors={errors('bodyMdEs')} required lang="es" />
          <TextareaField id="legal-en" name="bodyMdEn" label={t('bodyEn')} hint={t('markdownHint')} rows={10} defaultValue={value('bodyMdEn') ?? current[first]?.en} errors={errors('bodyMdEn')} required lang="en" />
        </>
      )}
    </PrivacyForm>
  );
}

export function RetentionForm({ action, values, limits }: { action: FormAction; values: Record<string, number>; limits: Record<string, [number, number]> }) {
  const t = useTranslations('privacy.retention');
  return (
    <PrivacyForm action={action} intent="retention" done="retention.saved" submit="retention.save" pending="retention.saving">
      {({ errors, value }) => (
        <div className="grid gap-3 sm:grid-cols-2">
          {Object.entries(limits).map(([name, [min, max]]) => (
            <Field
              key={name}
              id={`retention-${name}`}
              name={name}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              label={t(`fields.${name}`)}
              hint={t('range', { min, max })}
              defaultValue={value(name) ?? String(values[name] ?? '')}
              errors={errors(name)}
              required
            />
          ))}
        </div>
      )}
    </PrivacyForm>
  );
}

export function GuardianConsentForm({ action, userId, name }: { action: FormAction; userId: string; name: string }) {
  const t = useTranslations('privacy.minors');
  return (
    <PrivacyForm action={action} intent="consent" hidden={{ userId }} done="minors.recorded" submit="minors.record" pending="minors.recording">
      {({ errors, value }) => <Field id={`guardian-${userId}`} name="guardianName" label={t('guardianFor', { name })} autoComplete="off" defaultValue={value('guardianName')} errors={errors('guardianName')} required />}
    </PrivacyForm>
  );
}

export function AcceptTermsForm({ action, documentIds, next }: { action: FormAction; documentIds: string[]; next: string }) {
  return (
    <PrivacyForm action={action} intent="accept" hidden={{ next, documentIds: documentIds.join(',') }} done="accept.done" submit="accept.submit" pending="accept.submitting" />
  );
}
