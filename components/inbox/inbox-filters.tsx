import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import type { InboxFilters } from '@/lib/complaints/inbox';
import { isFinal, STATUSES } from '@/lib/complaints/lifecycle';
import type { ComplaintOption } from '@/lib/complaints/options';
import { PRIORITIES } from '@/lib/complaints/sla';
import { SelectField } from '@/components/ui/select-field';

// The inbox lists live complaints only; finished ones are on the board.
const LIVE_STATUSES = STATUSES.filter((s) => !isFinal(s));
const ASSIGNED = ['all', 'unassigned', 'mine'] as const;

/**
 * A plain GET form: each view of the inbox has an address to share or bookmark, and it works with
 * the keyboard and before any script loads. Changing a filter starts again from the first page.
 */
export async function InboxFilterForm({ filters, categories, branches }: { filters: InboxFilters; categories: ComplaintOption[]; branches: ComplaintOption[] }) {
  const [t, tc] = await Promise.all([getTranslations('inbox'), getTranslations('complaints')]);
  const any = { value: '', label: t('filters.any') };
  return (
    <form action="/staff/complaints" method="get" aria-label={t('filters.label')} className="grid grid-cols-2 items-end gap-3 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm sm:grid-cols-3 sm:gap-4 lg:grid-cols-6">
      <SelectField id="filter-assigned" name="assigned" label={t('filters.assigned')} defaultValue={filters.assigned} options={ASSIGNED.map((a) => ({ value: a, label: t(`filters.assignedOptions.${a}`) }))} />
      <SelectField id="filter-status" name="status" label={t('filters.status')} defaultValue={filters.status ?? ''} options={[any, ...LIVE_STATUSES.map((s) => ({ value: s, label: tc(`status.${s}`) }))]} />
      <SelectField id="filter-priority" name="priority" label={t('filters.priority')} defaultValue={filters.priority ?? ''} options={[any, ...PRIORITIES.map((p) => ({ value: p, label: tc(`priority.${p}`) }))]} />
      <SelectField id="filter-category" name="category" label={t('filters.category')} defaultValue={filters.category ?? ''} options={[any, ...categories.map((c) => ({ value: c.id, label: c.name }))]} />
      <SelectField id="filter-branch" name="branch" label={t('filters.branch')} defaultValue={filters.branch ?? ''} options={[any, ...branches.map((b) => ({ value: b.id, label: b.name }))]} />
      <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-zinc-800">
        <input type="checkbox" name="breached" value="1" defaultChecked={filters.breached === '1'} className="size-5" />
        {t('filters.breached')}
      </label>
      <div className="flex flex-wrap items-center gap-3 col-span-2 sm:col-span-3 lg:col-span-6">
        <Button type="submit">{t('filters.apply')}</Button>
        <Link href="/staff/complaints" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-ink underline underline-offset-4">
          {t('filters.clear')}
        </Link>
      </div>
    </form>
  );
}
