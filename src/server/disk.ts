import { statfs } from 'node:fs/promises';
import { ApiError } from './errors.ts';

/** A fresh reading at most this often: a burst of pushes asks the file system once. */
const FRESH_MS = 1_000;

const mb = (bytes: number) => Math.floor(bytes / (1024 * 1024));

/**
 * The check a write makes first: a 507, saying what to do, while the disk under `path` has less than
 * `floorBytes` free (for anyone, not the root-only reserve). Without a path or with a floor of 0 it lets
 * everything through. A path that cannot be read is not a full disk: the write goes on.
 */
export function roomOnDisk(path: string | undefined, floorBytes: number): () => Promise<void> {
  if (!path || floorBytes <= 0) return async () => {};
  let free = Number.POSITIVE_INFINITY;
  let readAt = Number.NEGATIVE_INFINITY;
  return async () => {
    if (performance.now() - readAt > FRESH_MS) {
      readAt = performance.now();
      try {
        const stats = await statfs(path);
        free = Number(stats.bavail) * Number(stats.bsize);
      } catch {
        free = Number.POSITIVE_INFINITY;
      }
    }
    if (free < floorBytes)
      throw new ApiError(507, (words) => words.server.problems.diskFull(mb(free), mb(floorBytes)));
  };
}
