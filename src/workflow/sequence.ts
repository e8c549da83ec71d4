import type { Tx } from "./context";

/** The next number of a named sequence (label numbers per year, mission references), inside the caller's transaction. */
export async function nextSequence(tx: Tx, name: string): Promise<number> {
  const row = await tx.counter.upsert({
    where: { name },
    create: { name, value: 1 },
    update: { value: { increment: 1 } },
  });
  return row.value;
}
