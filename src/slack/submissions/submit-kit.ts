import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewOutput, ViewSubmitAction } from "@slack/bolt";
import { describeUnexpected, explainFailure } from "../../errors/unexpected";
import type { Locale } from "../../i18n";
import type { ModalView } from "../blocks";
import { formErrors } from "../form-errors";
import type { StateValues } from "../form-state";
import { escapeMrkdwn } from "../mrkdwn";
import type { Caller, SlackSurface } from "../surface";
import { noticeModal } from "../views/decision-modals";
import { t } from "../words";

export type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export interface Submission<T> {
  /** The modal's input block ids, drawn again from its metadata (where errors may go). */
  inputBlocks(view: ViewOutput, locale: Locale): string[];
  /** Schema paths with row indices → block ids with row keys. */
  toBlockPath?(view: ViewOutput): (path: string) => string;
  /** Calls the verb; what it returns is shown in place of the form. */
  run(values: StateValues, view: ViewOutput, caller: Caller): Promise<T>;
  done(result: T, caller: Caller): ModalView;
  /** Slack work after the answer (updating a message, say): the form is already closed. */
  after?(result: T, args: SubmitArgs, caller: Caller): Promise<void>;
}

/**
 * A modal submission goes through the verb before the ack, because only the ack can show errors under the fields:
 * refused, nothing is written and each message sits under its field; accepted, the modal turns into a confirmation.
 */
export function onSubmit<T>(surface: SlackSurface, submission: Submission<T>) {
  return async (args: SubmitArgs): Promise<void> => {
    const { ack, body, view, client, logger } = args;
    let locale: Locale = "fr";
    const blocks = () => submission.inputBlocks(view, locale);
    let caller: Caller | null;
    try {
      caller = await surface.callers.resolve(client, body.user.id);
    } catch (error) {
      const report = await surface.incidents.report(error, `Slack form ${view.callback_id}: identity`);
      await ack({ response_action: "errors", errors: { [blocks()[0] ?? ""]: describeUnexpected(report, locale) } });
      return;
    }
    if (!caller) {
      await ack({ response_action: "errors", errors: { [blocks()[0] ?? ""]: t(locale, "slack.identity.unknown") } });
      return;
    }
    locale = caller.locale;
    let result: T;
    try {
      result = await submission.run(view.state.values as StateValues, view, caller);
    } catch (error) {
      const errors = formErrors(error, locale, blocks(), submission.toBlockPath?.(view));
      if (errors) {
        await ack({ response_action: "errors", errors });
        return;
      }
      const text = await explainFailure(surface.incidents, error, locale, `Slack form ${view.callback_id}`);
      await ack({ response_action: "update", view: noticeModal(locale, "EXPE-CT", escapeMrkdwn(text)) });
      return;
    }
    await ack({ response_action: "update", view: submission.done(result, caller) });
    await submission.after?.(result, args, caller).catch((error: unknown) => logger.error("after submission", error));
  };
}
