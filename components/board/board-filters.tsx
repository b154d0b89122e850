import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import type { BoardFilters } from '@/lib/complaints/board';
import { BOARD_SORTS } from '@/lib/complaints/board';
import { STATUSES } from '@/lib/complaints/lifecycle';
import type { ComplaintOption } from '@/lib/complaints/options';

const SELECT = 'min-h-11 rounded-md border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900';

function Select({ name, label, value, options, any }: { name: string; label: string; value?: string; options: { value: string; label: string }[]; any?: string }) {
  return (
    <label className="flex min-w-0 flex-col gap-1 text-sm font-medium text-zinc-800">
      {label}
      <select name={name} defaultValue={value ?? ''} className={SELECT}>
        {any ? <option value="">{any}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-zinc-800">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} className="size-5" />
      {label}
    </label>
  );
}

/** A plain GET form: filters live in the URL, so they can be shared and work without JavaScript. */
export async function BoardFiltersForm({ filters, categories, branches, signedIn }: { filters: BoardFilters; categories: ComplaintOption[]; branches: ComplaintOption[]; signedIn: boolean }) {
  const [t, ts] = await Promise.all([getTranslations('complaints.board'), getTranslations('complaints.status')]);
  const toOptions = (list: ComplaintOption[]) => list.map((o) => ({ value: o.id, label: o.name }));
  return (
    <form method="get" action="/board" className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-4" aria-label={t('filtersLabel')}>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Select name="status" label={t('status')} value={filters.status} any={t('any')} options={STATUSES.map((s) => ({ value: s, label: ts(s) }))} />
        <Select name="category" label={t('category')} value={filters.category} any={t('any')} options={toOptions(categories)} />
        <Select name="branch" label={t('branch')} value={filters.branch} any={t('any')} options={toOptions(branches)} />
        <Select name="sort" label={t('sort')} value={filters.sort} options={BOARD_SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) }))} />
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-1">
        <Check name="waiting" label={t('waitingOnly')} checked={filters.waiting === '1'} />
        {signedIn ? <Check name="mine" label={t('mine')} checked={filters.mine === '1'} /> : null}
        {signedIn ? <Check name="followed" label={t('followed')} checked={filters.followed === '1'} /> : null}
        <button type="submit" className={buttonClass('secondary', 'ml-auto')}>
          {t('apply')}
        </button>
      </div>
    </form>
  );
}
