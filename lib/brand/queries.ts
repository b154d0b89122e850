import { eq } from 'drizzle-orm';
import { cache } from 'react';
import { type Executor, getDb } from '@/db/client';
import { communitySettings } from '@/db/schema';
import { cached } from '@/lib/cache';
import type { Locale } from '@/lib/i18n/config';
import { type BrandPalette, paletteFor } from './colors';

export interface Brand {
  name: string;
  welcomeText: string;
  /** Empty when the manager wrote none: English readers then get the Spanish (lib/i18n/localized.ts). */
  welcomeTextEn: string;
  logoUrl: string | null;
  defaultLocale: Locale;
  askMembershipNumber: boolean;
  boardPublic: boolean;
  /** As the manager chose them; the palette is what the interface uses. */
  colors: { primary: string; accent: string };
  palette: BrandPalette;
  updatedAt: Date;
}

// What a fresh installation shows before a manager has set anything.
const FALLBACK = {
  name: 'Tertulia',
  welcomeText: '',
  welcomeTextEn: '',
  logoPath: null,
  primaryColor: '#0f5c8c',
  accentColor: '#d9480f',
  defaultLocale: 'es' as Locale,
  askMembershipNumber: true,
  boardPublic: false,
  updatedAt: new Date(0),
};

// The brand as last read, for the pages server.ts answers when the database cannot be reached.
const g = globalThis as unknown as { __tertuliaLastBrand?: Brand };

export function lastKnownBrand(): Brand {
  return g.__tertuliaLastBrand ?? brandOf(FALLBACK);
}

/** Inside a verb's transaction, pass it: what the brand decides (the language of stored markers) is read there. */
export async function loadBrand(db: Executor = getDb()): Promise<Brand> {
  const [row] = await db.select().from(communitySettings).where(eq(communitySettings.id, 1)).limit(1);
  g.__tertuliaLastBrand = brandOf(row ?? FALLBACK);
  return g.__tertuliaLastBrand;
}

function brandOf(s: Omit<typeof FALLBACK, 'logoPath'> & { logoPath: string | null }): Brand {
  return {
    name: s.name,
    welcomeText: s.welcomeText,
    welcomeTextEn: s.welcomeTextEn,
    logoUrl: s.logoPath ? `/media/${s.logoPath}` : null,
    defaultLocale: s.defaultLocale,
    askMembershipNumber: s.askMembershipNumber,
    boardPublic: s.boardPublic,
    colors: { primary: s.primaryColor, accent: s.accentColor },
    palette: paletteFor(s.primaryColor, s.accentColor),
    updatedAt: s.updatedAt,
  };
}

/** Once per request, however many components ask; from memory until the settings change (tag `brand`). */
export const getBrand = cache(async () => {
  const brand = await cached('brand', ['brand'], () => loadBrand());
  g.__tertuliaLastBrand = brand;
  return brand;
});
