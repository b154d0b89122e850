import { registerMedia } from '@/lib/uploads/read';

// The logo is on every page, the sign-in page included.
registerMedia('brand', 'public');
