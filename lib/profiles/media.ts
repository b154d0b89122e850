import { can } from '@/lib/policy';
import { registerMedia } from '@/lib/uploads/read';

// A photo is part of a profile: every member of the community sees it, nobody outside.
registerMedia('avatars', async (actor) => can(actor, 'view:community'));
