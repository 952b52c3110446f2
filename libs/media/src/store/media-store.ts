// Where image files live. One small interface, two homes: a folder on disk (the default) or an S3-compatible
// bucket (MEDIA_S3_URL). Names are flat, checked file names (MEDIA_FILE): never a path a client chose.

export abstract class MediaStore {
  abstract put(name: string, bytes: Buffer, contentType: string): Promise<void>;
  /** null when there is no such file. */
  abstract get(name: string): Promise<Buffer | null>;
  /** Deleting what is not there is no error. */
  abstract delete(names: string[]): Promise<void>;
}
