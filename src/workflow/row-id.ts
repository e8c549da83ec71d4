import { randomBytes } from "node:crypto";

let lastMs = 0;
let counter = 0;

/**
 * An id for a row the workflow inserts in SQL rather than through Prisma, in the shape of Prisma's cuid(): 'c', the
 * time in base 36, a counter, random. Ids sort in the order they were made, as cuids do, which matters: the
 * timeline orders records of one instant by id.
 */
export function newRowId(): string {
  const now = Date.now();
  counter = now === lastMs ? counter + 1 : 0;
  lastMs = now;
  return `c${now.toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${randomBytes(6).toString("hex")}`;
}
