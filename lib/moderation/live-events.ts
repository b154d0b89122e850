declare module '@/lib/realtime/events' {
  interface RealtimeEvents {
    'review:changed': import('@/lib/realtime/events').Ping;
    /** To the sanctioned person's open tabs, before a suspension or ban closes them: what, why, until when. */
    'account:sanctioned': { kind: import('@/lib/policy/moderation').SanctionKind; reason: string; endsAt: string | null };
  }
}
export {};
