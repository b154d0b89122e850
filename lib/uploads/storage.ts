import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { storedFiles } from '@/db/schema';
import { getEnv } from '@/lib/env';

/**
 * Where uploaded files live: in PostgreSQL when the app runs on it (every process, on every machine,
 * reads the same files), on the local disk with the embedded database (one process by design).
 */
export interface FileStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  /** Removes the file and hands back its bytes (null when there was none): an erasure blocks them. */
  take(key: string): Promise<Buffer | null>;
}

const SAFE_KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*\.(webp|png|jpg)$/;

export function isSafeKey(key: string): boolean {
  return SAFE_KEY.test(key);
}

class LocalStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    if (!isSafeKey(key)) throw new Error('Unsafe storage key');
    return path.join(this.root, key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.file(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async take(key: string): Promise<Buffer | null> {
    const bytes = await this.get(key);
    if (bytes) await rm(this.file(key), { force: true });
    return bytes;
  }
}

/** Files in the `stored_files` table; one written before this table existed is still read from disk. */
export class DatabaseStorage implements FileStorage {
  constructor(private readonly before: FileStorage | null = null) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    if (!isSafeKey(key)) throw new Error('Unsafe storage key');
    // Named by content hash: the same key is the same bytes, so a second upload changes nothing.
    await getDb().insert(storedFiles).values({ key, bytes, size: bytes.length }).onConflictDoNothing();
  }

  async get(key: string): Promise<Buffer | null> {
    if (!isSafeKey(key)) return null;
    const [row] = await getDb().select({ bytes: storedFiles.bytes }).from(storedFiles).where(eq(storedFiles.key, key)).limit(1);
    return row?.bytes ?? (await this.before?.get(key)) ?? null;
  }

  async take(key: string): Promise<Buffer | null> {
    if (!isSafeKey(key)) return null;
    const [row] = await getDb().delete(storedFiles).where(eq(storedFiles.key, key)).returning({ bytes: storedFiles.bytes });
    const older = await this.before?.take(key);
    return row?.bytes ?? older ?? null;
  }
}

export function getStorage(): FileStorage {
  const env = getEnv();
  const disk = new LocalStorage(path.resolve(env.DATA_DIR, 'uploads'));
  return env.DATABASE_URL ? new DatabaseStorage(disk) : disk;
}
