import nodeModule from "node:module";

// Imported first by main.ts: from Node 22 on, the compiled code of every module loaded after this (Bolt, the Teams
// SDK, Prisma's runtime) is kept on disk, which saves a tenth of the start-up CPU. Node 20 has no such cache.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
