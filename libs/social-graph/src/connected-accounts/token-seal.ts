// Seals access tokens (and app secrets) for the database: AES-256-GCM, each sealed value naming the key that sealed
// it, so keys can be rotated: the first configured key seals, every configured key still opens.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface TokenKey {
  id: string;
  key: Buffer;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export class TokenSeal {
  private readonly byId: Map<string, Buffer>;

  constructor(private readonly keys: TokenKey[]) {
    if (keys.length === 0) throw new Error('TokenSeal needs at least one key');
    for (const { id, key } of keys) {
      if (key.length !== 32) throw new Error(`The token key ${id} is not 32 bytes long`);
    }
    this.byId = new Map(keys.map(({ id, key }) => [id, key]));
  }

  /** [id length][id][iv][tag][ciphertext] */
  seal(plain: string): Buffer {
    const { id, key } = this.keys[0];
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const idBytes = Buffer.from(id, 'utf8');
    return Buffer.concat([Buffer.from([idBytes.length]), idBytes, iv, cipher.getAuthTag(), ciphertext]);
  }

  open(sealed: Buffer): string {
    const idLength = sealed[0];
    const id = sealed.subarray(1, 1 + idLength).toString('utf8');
    const key = this.byId.get(id);
    if (!key) throw new Error(`The token key ${id} is no longer configured`);
    const ivStart = 1 + idLength;
    const iv = sealed.subarray(ivStart, ivStart + IV_BYTES);
    const tag = sealed.subarray(ivStart + IV_BYTES, ivStart + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(sealed.subarray(ivStart + IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  }

  /** Sealed with a key other than the current one: worth sealing again. */
  isStale(sealed: Buffer): boolean {
    return sealed.subarray(1, 1 + sealed[0]).toString('utf8') !== this.keys[0].id;
  }
}
