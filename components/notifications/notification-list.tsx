import { Activity, AlarmClock, Archive, AtSign, FileClock, CheckCircle2, ClipboardList, Eye, EyeOff, Flag, HeartCrack, Inbox, LockKeyhole, Megaphone, MessageSquareText, MessagesSquare, PhoneCall, Quote, RefreshCw, Scale, ShieldAlert, ShieldCheck, Siren, SmilePlus, Star, TimerOff, UserCheck, UserPlus, UserRoundCheck, Users, type LucideIcon } from 'lucide-react';
import Link from 'next/link';
import { getFormatter, getNow, getTimeZone, getTranslations } from 'next-intl/server';
import type { NotificationItem, NotificationKind } from '@/lib/notifications/queries';
import { notificationText } from '@/lib/notifications/text';
import { dayKey, groupByDay, previousDay } from './days';

const ICONS: Record<NotificationKind, LucideIcon> = {
  mention: AtSign,
  quote: Quote,
  group_join_request: UserPlus,
  group_join_approved: UserCheck,
  group_invitation: Users,
  announcement: Megaphone,
  complaint_reply: MessageSquareText,
  complaint_status: RefreshCw,
  complaint_progress: ClipboardList,
  complaint_solution: CheckCircle2,
  complaint_rating_request: Star,
  complaint_incident_update: Siren,
  complaint_new: Inbox,
  complaint_assigned: UserRoundCheck,
  complaint_sla_warning: AlarmClock,
  complaint_sla_breached: TimerOff,
  reply: MessagesSquare,
  reaction: SmilePlus,
  content_hidden: EyeOff,
  content_restored: Eye,
  sanction: ShieldAlert,
  sanction_lifted: ShieldCheck,
  appeal_decided: Scale,
  report_outcome: Flag,
  review_item: ShieldCheck,
  crisis_alert: Activity,
  sign_in_locked: LockKeyhole,
  at_risk_high: HeartCrack,
  follow_up_assigned: PhoneCall,
  follow_up_breached: TimerOff,
  data_export_ready: Archive,
  privacy_request_overdue: FileClock,
};

const ITEM = 'flex w-full items-start gap-3 p-4 text-left hover:bg-zinc-50 focus-visible:bg-zinc-50';
// The focus ring goes inside, since the rounded list clips anything outside it. Inline, because the
// global ring is unlayered CSS that no utility class can override.
const RING_INSIDE = { outlineOffset: '-3px' };

/**
 * Grouped by day in the community's time. An unread item is a button that marks it read on the way to
 * its target (a POST, so merely loading a link never changes anything); a read one is a plain link.
 */
export async function NotificationList({ items, open }: { items: NotificationItem[]; open: (formData: FormData) => Promise<void> }) {
  const [t, tm, format, timeZone, now] = await Promise.all([getTranslations('notifications'), getTranslations('moderation.subject'), getFormatter(), getTimeZone(), getNow()]);
  const today = dayKey(now, timeZone);
  const yesterday = previousDay(today);
  const sameYear = today.slice(0, 4);
  const heading = (day: string, sample: Date) =>
    day === today
      ? t('today')
      : day === yesterday
        ? t('yesterday')
        : format.dateTime(sample, { weekday: 'long', day: 'numeric', month: 'long', ...(day.startsWith(sameYear) ? {} : { year: 'numeric' }) });

  return (
    <div className="flex flex-col gap-6">
      {groupByDay(items, timeZone).map(({ day, items: dayItems }) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`} className="mb-2 text-base font-semibold text-zinc-800 first-letter:uppercase">
            {heading(day, dayItems[0]!.createdAt)}
          </h2>
          <ul className="divide-y divide-zinc-200 overflow-hidden rounded-lg border border-zinc-200 bg-white">
            {dayItems.map((item) => {
              const Icon = ICONS[item.kind];
              const text = notificationText(t, item, t('someone'), (code) => tm(code));
              const body = (
                <>
                  <Icon aria-hidden="true" size={20} className={`mt-0.5 shrink-0 ${item.read ? 'text-zinc-600' : 'text-brand-ink'}`} />
                  <span className="flex min-w-0 flex-1 flex-col gap-1">
                    <span className={`break-words ${item.read ? 'text-zinc-800' : 'font-semibold text-zinc-950'}`}>{text}</span>
                    <span className="flex flex-wrap items-center gap-2 text-sm text-zinc-700">
                      <time dateTime={item.createdAt.toISOString()}>{format.dateTime(item.createdAt, { hour: '2-digit', minute: '2-digit' })}</time>
                      {item.read ? null : (
                        <span className="inline-flex items-center gap-1 rounded-full border border-brand-ink px-2 text-xs font-semibold text-brand-ink">
                          <span aria-hidden="true" className="size-2 rounded-full bg-brand-ink" />
                          {t('unread')}
                        </span>
                      )}
                    </span>
                  </span>
                </>
              );
              return (
                <li key={item.id} id={`notification-${item.id}`} className={item.read ? '' : 'border-l-4 border-l-brand-ink'}>
                  {item.read ? (
                    <Link href={item.href} className={ITEM} style={RING_INSIDE}>
                      {body}
                    </Link>
                  ) : (
                    <form action={open}>
                      <input type="hidden" name="id" value={item.id} />
                      <button type="submit" className={`${ITEM} cursor-pointer`} style={RING_INSIDE}>
                        {body}
                      </button>
                    </form>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
