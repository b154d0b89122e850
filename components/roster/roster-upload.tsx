'use client';

import { FileUp } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { FieldFrame, fieldIds } from '@/components/ui/field-frame';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { useKeptForm } from '@/components/ui/use-kept-form';
import type { FormAction } from '@/lib/forms/state';

/** Step 1: a CSV file, or rows pasted from a spreadsheet. A read file opens its dry run. */
export function RosterUpload({ action }: { action: FormAction<{ importId: string }> }) {
  const t = useTranslations('roster');
  const router = useRouter();
  const { state, onSubmit, pending } = useKeptForm(action);
  const { errors, message } = useFormErrors(state);
  const [fileName, setFileName] = useState('');
  useEffect(() => {
    if (state.status === 'ok' && state.data) router.push(`/admin/members/import?id=${state.data.importId}`);
  }, [state, router]);
  const fileErrors = errors('file');
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate aria-busy={pending}>
      {message && state.status === 'error' && !fileErrors ? <Alert tone="error">{message}</Alert> : null}
      <FieldFrame fieldId="field-file" label={t('upload.file')} hint={t('upload.fileHint')} errors={fileErrors}>
        <div className="flex flex-wrap items-center gap-3">
          <input
            id="field-file"
            name="file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            className="peer sr-only"
            onChange={(e) => setFileName(e.currentTarget.files?.[0]?.name ?? '')}
            {...fieldIds('field-file', true, fileErrors)}
          />
          <label htmlFor="field-file" className={buttonClass('secondary', 'cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-ink')}>
            <FileUp aria-hidden="true" size={18} />
            {t('upload.choose')}
          </label>
          <span className="text-sm text-zinc-700 [overflow-wrap:anywhere]">{fileName || t('upload.none')}</span>
        </div>
      </FieldFrame>
      <input type="hidden" name="fileName" value={fileName} />
      <p className="text-sm font-medium text-zinc-700">{t('upload.or')}</p>
      <TextareaField name="text" label={t('upload.paste')} hint={t('upload.pasteHint')} rows={5} spellCheck={false} className="font-mono" />
      <p className="text-sm text-zinc-700">{t('upload.columnsHint')}</p>
      <div>
        <SubmitButton pendingLabel={t('upload.reading')}>{t('upload.submit')}</SubmitButton>
      </div>
    </form>
  );
}
