import type { Tx } from "../context";

/**
 * A part of the installation outside the core that keeps something about people (a chat surface's address book and
 * the messages it posted to them). The core knows no platform, so each such part says itself what it holds about a
 * person and removes it; the composition roots (src/personal-data.ts) give the list to the person verbs.
 */
export interface PersonalDataHolder {
  /** The section of an export it fills (the surface's name). */
  name: string;
  /** What it keeps about the person, as plain JSON; null when nothing. */
  exportPerson(tx: Tx, personId: string): Promise<Record<string, unknown> | null>;
  /** Removes what it keeps about the person, in the erasure's transaction; how many rows went. */
  erasePerson(tx: Tx, personId: string): Promise<number>;
}
