import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { type SelectOption, SelectField } from '@/components/ui/select-field';

/** A plain GET form: the filters live in the address, so a filtered list can be shared and reloaded. */
export async function AtRiskFilters({ branches, categories, staff, current }: { branches: SelectOption[]; categories: SelectOption[]; staff: SelectOption[]; current: { branch?: string; category?: string; staff?: string } }) {
  const t = await getTranslations('atRisk.filters');
  const all = (options: SelectOption[], label: string) => [{ value: '', label }, ...options];
  return (
    <form method="get" className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-4" aria-label={t('legend')}>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField id="filter-branch" name="branch" label={t('branch')} options={all(branches, t('any'))} defaultValue={current.branch ?? ''} />
        <SelectField id="filter-category" name="category" label={t('category')} options={all(categories, t('any'))} defaultValue={current.category ?? ''} />
        <SelectField id="filter-staff" name="staff" label={t('staff')} options={all(staff, t('anyone'))} defaultValue={current.staff ?? ''} />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={buttonClass('primary')}>
          {t('apply')}
        </button>
        <Link href="/staff/at-risk" className={buttonClass('secondary')}>
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
