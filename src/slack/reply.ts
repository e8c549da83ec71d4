import type { webApi } from "@slack/bolt";
import type { ModalView } from "./blocks";

/**
 * A view as the Web API argument Slack receives anyway (JSON in the form body). WebClient builds its debug lines
 * (a deep copy of every argument, then its JSON) even when debug logging is off, then serializes the argument
 * again: for an App Home of a hundred blocks that was a tenth of the request's CPU. A string goes through both as
 * it is, so the view is written once.
 */
export function serializedView<V extends object>(view: V): V {
  return JSON.stringify(view) as unknown as V;
}

/** Opens a modal on a trigger id (valid 3 s) and gives back its id, for a views.update once data is ready. */
export async function openModal(client: webApi.WebClient, triggerId: string, view: ModalView): Promise<string> {
  const opened = await client.views.open({ trigger_id: triggerId, view: serializedView(view) });
  return opened.view?.id ?? "";
}

export async function updateModal(client: webApi.WebClient, viewId: string, view: ModalView, hash?: string) {
  await client.views.update({ view_id: viewId, view: serializedView(view), ...(hash ? { hash } : {}) });
}
