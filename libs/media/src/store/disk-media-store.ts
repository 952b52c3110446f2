// Image files in one folder (MEDIA_DIR, var/media by default). A file is written under a temporary name and renamed
// into place, so a reader never sees half of one.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MEDIA_FILE } from '../images/image-kinds.js';
import { MediaStore } from './media-store.js';

export class DiskMediaStore extends MediaStore {
  private readonly dir: string;

  constructor(dir: string) {
    super();
    this.dir = resolve(dir);
  }

  async put(name: string, bytes: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const partial = join(this.dir, `.${randomBytes(6).toString('hex')}.partial`);
    await writeFile(partial, bytes);
    await rename(partial, this.pathOf(name));
  }

  async get(name: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(names: string[]): Promise<void> {
    await Promise.all(names.map((name) => rm(this.pathOf(name), { force: true })));
  }

  private pathOf(name: string): string {
    if (!MEDIA_FILE.test(name)) throw new Error(`Not a media file name: ${JSON.stringify(name)}`);
    return join(this.dir, name);
  }
}
