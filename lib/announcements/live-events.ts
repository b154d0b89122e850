declare module '@/lib/realtime/events' {
  interface RealtimeEvents {
    'announcement:published': { id: string };
    'announcement:changed': { id: string };
  }
}
export {};
