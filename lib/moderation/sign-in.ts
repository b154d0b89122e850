import { letKeptOutSignIn } from '@/lib/auth/authenticate';
import { sanctionsKeepingOut } from './queries';

// Kept out by a moderation sanction, the person still signs in, to the one page they can reach: it
// says why and until when, and takes their appeal (every other page and socket refuses them).
// A status a manager set by hand carries no appeal and keeps the sign-in closed.
letKeptOutSignIn(async (account) => (await sanctionsKeepingOut(account)).length > 0);
