import type { webApi } from "@slack/bolt";
import type { ModalView } from "./blocks";

/** Opens a modal on a trigger id (valid 3 s) and gives back its id, for a views.update once data is ready. */
export async function openModal(client: webApi.WebClient, triggerId: string, view: ModalView): Promise<string> {
  const opened = await client.views.open({ trigger_id: triggerId, view });
  return opened.view?.id ?? "";
}

export async function updateModal(client: webApi.WebClient, viewId: string, view: ModalView, hash?: string) {
  await client.views.update({ view_id: viewId, view, ...(hash ? { hash } : {}) });
}
