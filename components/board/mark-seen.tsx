'use client';

import { useEffect } from 'react';

/**
 * Marks the complaint's notifications read once the page is on screen (a prefetched page is not a
 * visit). What arrives while it stays open rings the bell as news, as a thread's replies do below the fold.
 */
export function MarkSeen({ complaintId, action }: { complaintId: string; action: (complaintId: string) => Promise<void> }) {
  // Once per complaint: a live re-render hands down a new action reference, which is not a new visit.
  useEffect(() => {
    void action(complaintId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [complaintId]);
  return null;
}
