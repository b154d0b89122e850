import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { complaintPhotos } from '@/db/schema';
import { canSeeComplaintPhoto } from '@/lib/policy/visibility';
import { registerMedia } from '@/lib/uploads/read';
import { getBoardSettings } from './settings/queries';

// A complaint's photos are as public as the board: its audience, and nobody else.
registerMedia('complaints', async (actor, storageKey) => {
  const [photo] = await getDb().select({ id: complaintPhotos.id }).from(complaintPhotos).where(eq(complaintPhotos.storageKey, storageKey)).limit(1);
  return photo !== undefined && canSeeComplaintPhoto(actor, await getBoardSettings());
});
