import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

/**
 * Where attachments' bytes are kept, by an opaque key the store chooses: a name people typed never becomes a path.
 * A folder by default; another store (an object store) implements the same three calls.
 */
export interface FileStore {
  /** Keeps the bytes and returns their new key. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes of a key, or null when the store holds none (deleted, or a key it never gave). */
  get(key: string): Promise<Buffer | null>;
  /** Forgets a key; a key already gone is fine. */
  delete(key: string): Promise<void>;
}

export const DEFAULT_ATTACHMENTS_DIR = "data/attachments";

/** 128 random bits in hex: unguessable, and nothing in it can climb out of the folder. */
const KEY = /^[0-9a-f]{32}$/u;

/** One file per key, in a sub-folder of its first two characters so that no folder grows to every file. */
export function folderFileStore(dir: string = DEFAULT_ATTACHMENTS_DIR): FileStore {
  const root = resolve(dir);
  const pathOf = (key: string) => (KEY.test(key) ? join(root, key.slice(0, 2), key) : null);
  return {
    async put(bytes) {
      const key = randomBytes(16).toString("hex");
      const path = pathOf(key) as string;
      await mkdir(join(root, key.slice(0, 2)), { recursive: true });
      // wx: a key is never written twice, so nothing already kept can be replaced.
      await writeFile(path, bytes, { flag: "wx", mode: 0o600 });
      return key;
    },
    async get(key) {
      const path = pathOf(key);
      if (!path) return null;
      try {
        return await readFile(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      const path = pathOf(key);
      if (path) await rm(path, { force: true });
    },
  };
}
