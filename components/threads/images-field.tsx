'use client';

import { useTranslations } from '@/components/i18n/intl';
import { FieldFrame, fieldIds } from '@/components/ui/field-frame';

/** The file picker for a post's (or a complaint's) images; the server checks every byte again. */
export function ImagesField({ errors, id = 'post-images', name = 'images', label, hint }: { errors?: string[]; id?: string; name?: string; label?: string; hint?: string }) {
  const t = useTranslations('threads');
  return (
    <FieldFrame fieldId={id} label={label ?? t('images')} hint={hint ?? t('imagesHint')} errors={errors}>
      <input id={id} name={name} type="file" multiple accept="image/jpeg,image/png,image/webp" className="text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3" {...fieldIds(id, true, errors)} />
    </FieldFrame>
  );
}
