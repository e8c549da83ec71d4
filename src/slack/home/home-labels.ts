import type { types } from "@slack/bolt";
import { formatDate, type Locale } from "../../i18n";
import type { ManagedLabel } from "../../workflow";
import { actions, type Block, button, confirmed, context, section } from "../blocks";
import { ACTIONS } from "../constants";
import { mrkdwn, tm } from "../mrkdwn";
import { t } from "../words";

/** Labels a Home lists with their buttons (two blocks each); the others are reached by number (`/expect admin`). */
export const HOME_LABEL_ROWS = 5;

export interface HomeLabels {
  labels: ManagedLabel[];
  total: number;
}

function line(locale: Locale, label: ManagedLabel) {
  const state =
    label.state === "suspended" && label.suspendedUntil
      ? tm(locale, "slack.home.labelSuspendedUntil", { date: formatDate(label.suspendedUntil, locale) })
      : tm(locale, "slack.home.labelActiveUntil", { date: formatDate(label.validUntil, locale) });
  return mrkdwn`*${label.number}* · ${label.organisation}\n${state}`;
}

function labelButtons(locale: Locale, label: ManagedLabel): types.Button[] {
  const value = `${label.labelId}|${label.number}`;
  const out = [
    button(t(locale, "slack.action.suspendLabel"), ACTIONS.openLabelSuspend, value),
    button(t(locale, "slack.action.revokeLabel"), ACTIONS.openLabelRevoke, value, "danger"),
  ];
  if (label.state === "suspended") {
    out.unshift(
      confirmed(button(t(locale, "slack.action.reinstateLabel"), ACTIONS.reinstateLabel, value, "primary"), {
        title: t(locale, "slack.action.reinstateLabel"),
        text: t(locale, "slack.labelReinstate.confirm", { number: label.number }),
        confirm: t(locale, "slack.action.reinstateLabel"),
        deny: t(locale, "slack.form.cancel"),
      }),
    );
  }
  return out;
}

/** DAECT's labels in force, each with the steps it may take on it: suspend, revoke, or lift a suspension. */
export function homeLabels(locale: Locale, model: HomeLabels | null | undefined): Block[] {
  if (!model || model.labels.length === 0) return [];
  const blocks: Block[] = [section(mrkdwn`*${tm(locale, "slack.home.labels")}*`)];
  for (const label of model.labels.slice(0, HOME_LABEL_ROWS)) {
    blocks.push(section(line(locale, label)), actions(labelButtons(locale, label)));
  }
  if (model.total > HOME_LABEL_ROWS) {
    blocks.push(context(tm(locale, "slack.home.labelsMore", { count: model.total - HOME_LABEL_ROWS })));
  }
  return blocks;
}
