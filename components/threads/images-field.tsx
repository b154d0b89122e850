'use client';

import { useTranslations } from '@/components/i18n/intl';
import { FilePicker } from '@/components/ui/file-picker';

/** The picker for a post's (or a complaint's) images; the editor drops and pastes into it too; the server checks every byte again. */
export function ImagesField({ errors, id = 'post-images', name = 'images', label, hint }: { errors?: string[]; id?: string; name?: string; label?: string; hint?: string }) {
  const t = useTranslations('threads');
  const te = useTranslations('editor');
  return (
    <FilePicker
      id={id}
      name={name}
      label={label ?? t('images')}
      hint={`${hint ?? t('imagesHint')} ${te('dropHint')}`}
      errors={errors}
      accept="image/jpeg,image/png,image/webp"
      multiple
      texts={{ choose: te('chooseImages'), none: te('noImages'), remove: (file) => te('removeImage', { name: file }) }}
    />
  );
}
