import type { OperatorActor } from "./context";

/**
 * The operator of the installation: the command line, or the composition root granting ADMIN_EMAILS at start-up.
 * It acts as DAECT without a person, so only src/cli and the composition root may build one (checked by
 * .dependency-cruiser.cjs's rule operator-actor-only-at-the-root).
 */
export function operatorActor(via: OperatorActor["platform"]): OperatorActor {
  return { personId: null, platform: via } as OperatorActor;
}
