import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { MEMBER_SORTS, type MemberFilters } from '@/lib/members/queries';

/** Search and filters of the directory, a plain GET form: the address says what is shown. */
export async function MemberFiltersForm({ filters, groups, active }: { filters: MemberFilters; groups: { id: string; name: string }[]; active: boolean }) {
  const [t, roles] = await Promise.all([getTranslations('memberList'), getTranslations('roles')]);
  const all = { value: '', label: t('all') };
  return (
    <form method="get" role="search" aria-label={t('filters')} className="grid gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
      <Field id="members-q" name="q" type="search" label={t('search')} placeholder={t('searchHint')} defaultValue={filters.q ?? ''} className="sm:col-span-2" />
      <SelectField id="members-role" name="role" label={t('role')} defaultValue={filters.role ?? ''} options={[all, ...(['member', 'staff', 'manager'] as const).map((r) => ({ value: r, label: roles(r) }))]} />
      <SelectField id="members-status" name="status" label={t('status')} defaultValue={filters.status ?? ''} options={[all, ...(['active', 'silenced', 'suspended', 'banned'] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))]} />
      <SelectField id="members-group" name="group" label={t('group')} defaultValue={filters.group ?? ''} options={[{ value: '', label: t('allGroups') }, ...groups.map((g) => ({ value: g.id, label: g.name }))]} />
      <SelectField id="members-sort" name="sort" label={t('sort')} defaultValue={filters.sort ?? 'name'} options={MEMBER_SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) }))} />
      <div className="flex flex-wrap gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className={buttonClass('primary')}>
          {t('apply')}
        </button>
        {active ? (
          <Link href="/admin/members" className={buttonClass('ghost')}>
            {t('clear')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
