import { SpriteIcon } from '@/components/ui/icon-sprite';
import { slaState } from '@/lib/complaints/sla';
import type { RowWords } from './row-parts';

const MINUTE = 60_000;

/** The largest unit that reads naturally: minutes under an hour, hours under two days, then days. */
function span(ms: number): { value: number; unit: 'minute' | 'hour' | 'day' } {
  const minutes = Math.max(1, Math.round(ms / MINUTE));
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { value: hours, unit: 'hour' };
  return { value: Math.round(hours / 24), unit: 'day' };
}

/**
 * How long the company has left to speak (or to resolve), or how late it is. The state is said in
 * words and with an icon, never by colour alone. The clock's interval is read from the row itself
 * (from when it started to when it is due), so the inbox needs no policy lookup per priority.
 */
export function SlaClock({ due, since, now, say }: { due: Date | null; since: Date | null; now: Date; say: RowWords }) {
  const { sla: t, format } = say;
  const interval = due && since ? Math.max(0, (due.getTime() - since.getTime()) / MINUTE) : 0;
  const state = slaState(due, now, interval);
  if (state === 'none' || !due) return <span className="text-sm text-zinc-700">{t('none')}</span>;
  const { value, unit } = span(Math.abs(due.getTime() - now.getTime()));
  const time = format.number(value, { style: 'unit', unit, unitDisplay: 'long' });
  const at = (
    <time dateTime={due.toISOString()} className="block text-xs font-normal text-zinc-700">
      {format.dateTime(due, { dateStyle: 'medium', timeStyle: 'short' })}
    </time>
  );
  if (state === 'breached') {
    return (
      <span className="inline-flex items-start gap-1 text-sm font-semibold text-red-800">
        <SpriteIcon id="sla-breached" className="mt-0.5 shrink-0" />
        <span>
          {t('late', { time })}
          {at}
        </span>
      </span>
    );
  }
  return (
    <span className={`inline-flex items-start gap-1 text-sm ${state === 'due_soon' ? 'font-semibold text-amber-900' : 'text-zinc-800'}`}>
      <SpriteIcon id={state === 'due_soon' ? 'sla-due-soon' : 'sla-on-time'} className="mt-0.5 shrink-0" />
      <span>
        {t(state === 'due_soon' ? 'dueSoon' : 'left', { time })}
        {at}
      </span>
    </span>
  );
}
