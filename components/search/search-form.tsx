import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FieldFrame } from '@/components/ui/field-frame';

export interface SearchFormValues {
  q: string;
  group: string;
  author: string;
}

/** A plain GET form: results have a shareable address, and it works before any script loads. */
export async function SearchForm({
  values,
  groups,
  errors,
  queryMax,
}: {
  values: SearchFormValues;
  groups: { slug: string; name: string }[];
  errors: Partial<Record<keyof SearchFormValues, string[]>>;
  queryMax: number;
}) {
  const t = await getTranslations('search');
  return (
    <form action="/search" method="get" role="search" className="grid gap-4 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
      <Field name="q" type="search" label={t('label')} placeholder={t('placeholder')} defaultValue={values.q} maxLength={queryMax} errors={errors.q} autoComplete="off" />
      <FieldFrame fieldId="field-group" label={t('group')} errors={errors.group}>
        <select id="field-group" name="group" defaultValue={values.group} className="min-h-11 rounded-md border border-zinc-400 bg-white px-3 text-base text-zinc-900">
          <option value="">{t('anyGroup')}</option>
          {groups.map((g) => (
            <option key={g.slug} value={g.slug}>
              {g.name}
            </option>
          ))}
        </select>
      </FieldFrame>
      <Field name="author" label={t('author')} placeholder={t('authorHint')} defaultValue={values.author} maxLength={60} errors={errors.author} />
      <Button type="submit">{t('submit')}</Button>
    </form>
  );
}
