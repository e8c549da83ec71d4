import type { Db } from "../db/client";
import type { Clock } from "../workflow/context";
import { releaseLease, tryAcquireLease } from "./lease";

export const SCHEDULER_LEASE = "scheduler";

/**
 * Whether this process is the one that runs the sweeps. Asking takes the lease when it is free or
 * expired and extends it when it is ours, so the leader keeps it by asking (each job, and a heartbeat
 * between jobs), and a leader that died is replaced by the first process to ask after its expiry.
 */
export class Leadership {
  private leader = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    readonly holder: string,
    readonly ttlMs: number,
  ) {}

  async claim(): Promise<boolean> {
    this.leader = await tryAcquireLease(this.db, SCHEDULER_LEASE, this.holder, this.ttlMs, this.clock.now());
    return this.leader;
  }

  isLeader(): boolean {
    return this.leader;
  }

  /** At shutdown: another instance takes over at once instead of after the expiry. */
  async release(): Promise<void> {
    if (this.leader) await releaseLease(this.db, SCHEDULER_LEASE, this.holder);
    this.leader = false;
  }
}
