import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { REPORT_REASONS } from '@/lib/policy/moderation';
import { SelectField } from '@/components/ui/select-field';

/** Filters by reason (or "held by a rule") and by group; a plain GET form, so a filtered queue can be linked. */
export async function QueueFilters({ groups, current }: { groups: { id: string; name: string }[]; current: { reason?: string; group?: string } }) {
  const [t, tm] = await Promise.all([getTranslations('moderation.queue'), getTranslations('moderation')]);
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t('filters')}>
      <SelectField
        id="filter-reason"
        name="reason"
        label={t('filterReason')}
        defaultValue={current.reason ?? ''}
        options={[{ value: '', label: t('all') }, ...REPORT_REASONS.map((r) => ({ value: r, label: tm(`reportReason.${r}`) })), { value: 'held', label: t('heldFilter') }]}
      />
      <SelectField id="filter-group" name="group" label={t('filterGroup')} defaultValue={current.group ?? ''} options={[{ value: '', label: t('all') }, ...groups.map((g) => ({ value: g.id, label: g.name }))]} />
      <button type="submit" className={buttonClass('secondary')}>
        {t('apply')}
      </button>
    </form>
  );
}
