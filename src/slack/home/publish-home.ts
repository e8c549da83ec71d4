import type { webApi } from "@slack/bolt";
import { hasRole } from "../../domain/roles";
import { dateIn } from "../../domain/time";
import {
  capitalisationStats,
  dashboard,
  homeMissionsFor,
  labelsOfBodies,
  ownPendingApplications,
} from "../../workflow";
import { serializedView } from "../reply";
import type { Caller, SlackSurface } from "../surface";
import { HOME_LABEL_ROWS } from "./home-labels";
import { homeView, ROWS_PER_STATE } from "./home-view";

/** Reads what the caller's capacities show and publishes the App Home (again after an action taken from it). */
export async function publishHome(client: webApi.WebClient, surface: SlackSurface, caller: Caller): Promise<void> {
  const isDaect = hasRole(caller, "daect");
  const [lists, figures, capitalisation, labels, ownApplications] = await Promise.all([
    homeMissionsFor(surface.ctx, caller.actor, ROWS_PER_STATE),
    isDaect ? dashboard(surface.ctx, caller.actor, undefined, HOME_LABEL_ROWS) : Promise.resolve(null),
    isDaect ? capitalisationStats(surface.ctx, caller.actor, ["year", "country"]) : Promise.resolve(null),
    labelsOfBodies(surface.ctx, caller.actor),
    ownPendingApplications(surface.ctx, caller.actor),
  ]);
  const today = dateIn(surface.ctx.clock.now());
  const view = homeView({
    who: caller,
    today,
    dashboard: figures,
    allMissions: lists.all,
    labels,
    managedLabels: figures?.managedLabels ?? null,
    capitalisation: capitalisation && {
      year: Number(today.slice(0, 4)),
      byYear: capitalisation.year,
      byCountry: capitalisation.country,
    },
    ownApplications,
    bodyMissions: lists.ofMyBodies,
    myMissions: lists.mine,
  });
  await client.views.publish({ user_id: caller.slackUserId, view: serializedView(view) });
}
