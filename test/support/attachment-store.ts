import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { folderFileStore } from "../../src/workflow";

/** A file store in a fresh folder of the system's temporary directory, and how its links are signed in tests. */
export function testAttachments(baseUrl: string) {
  const dir = mkdtempSync(join(tmpdir(), "expect-attachments-"));
  return {
    dir,
    store: folderFileStore(dir),
    links: { secret: "test-only-attachment-link-secret-0123456789", baseUrl },
  };
}
