declare module '@/lib/realtime/events' {
  interface RealtimeEvents {
    /** A complaint's page shows something new; `eventId` is the newest timeline entry when there is one. */
    'complaint:changed': { id: string; eventId?: number };
    'board:changed': { id: string };
    /** The staff inbox reorders; no id when a sweep touched many complaints. */
    'inbox:changed': { id?: string };
  }
}
export {};
