'use client';

import { useEffect } from 'react';

/**
 * Marks the complaint's notifications read once the page is on screen (a prefetched page is not a
 * visit), and again when a live change re-rendered it.
 */
export function MarkSeen({ complaintId, renderedLatest, action }: { complaintId: string; renderedLatest?: string; action: (complaintId: string) => Promise<void> }) {
  useEffect(() => {
    void action(complaintId);
  }, [complaintId, renderedLatest, action]);
  return null;
}
