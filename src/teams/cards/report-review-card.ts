import { LIMITS } from "../../domain/limits";
import { isReportReviewable } from "../../domain/report";
import { formatDateTime, formatSize, type Locale } from "../../i18n";
import type { MissionDetails } from "../../workflow";
import { INPUT, VERB } from "../constants";
import { t } from "../words";
import {
  type Actions,
  alert,
  type Card,
  type CardNotice,
  card,
  commentAction,
  type Element,
  execute,
  facts,
  good,
  heading,
  noticeBlock,
  openUrl,
  subtle,
  text,
} from "./card-kit";
import { escapeMarkdown, joinMarkdown, type Markdown, tmd } from "./markdown";
import { missionSummaryFacts } from "./mission-sections";

export interface ReportReviewView {
  mission: MissionDetails;
  locale: Locale;
  /** The focal point of the body (R1) gets the buttons while the report waits for them. */
  canReview: boolean;
  notice?: CardNotice;
  /** The report's files with the reader's personal links; only where the card answers that reader. */
  files?: readonly ReportFile[];
}

export interface ReportFile {
  name: string;
  size: number;
  url: string;
}

/** The files as lines, and one link action each (Action.OpenUrl: the address is the bot's own signed link). */
function fileLines(files: readonly ReportFile[], locale: Locale): Element[] {
  if (files.length === 0) return [];
  const lines = files.map((f) => tmd(locale, "teams.files.line", { name: f.name, size: formatSize(f.size, locale) }));
  return [
    text(tmd(locale, "teams.files.title"), { weight: "Bolder", spacing: "Medium" }),
    text(joinMarkdown(lines, "\n")),
    subtle(tmd(locale, "teams.files.links_expire")),
  ];
}

type Report = NonNullable<MissionDetails["report"]>;

function answer(yes: boolean, detail: string | null, locale: Locale): Markdown {
  if (!yes) return tmd(locale, "teams.no");
  return detail ? tmd(locale, "teams.yes_detail", { detail }) : tmd(locale, "teams.yes");
}

/** R3 as written: object, complementary action, longer-term cooperation. */
function reportContent(report: Report, locale: Locale): Element[] {
  return [
    text(tmd(locale, "field.objectAccount"), { weight: "Bolder", spacing: "Medium" }),
    text(escapeMarkdown(report.objectAccount)),
    facts([
      [
        tmd(locale, "field.complementaryAction"),
        answer(report.complementaryAction, report.complementaryDetail, locale),
      ],
      [tmd(locale, "field.longTermCooperation"), answer(report.longTermCooperation, report.cooperationDetail, locale)],
    ]),
    subtle(
      tmd(locale, "teams.report.submitted", { by: report.submittedBy, at: formatDateTime(report.submittedAt, locale) }),
    ),
    ...(report.late ? [subtle(tmd(locale, "teams.report.late"))] : []),
  ];
}

function reviewOutcome(report: Report, locale: Locale): Element[] {
  const params = {
    by: report.reviewedBy ?? "",
    at: report.reviewedAt ? formatDateTime(report.reviewedAt, locale) : "",
    comment: report.reviewComment ?? "",
  };
  if (report.status === "validated") return [good(tmd(locale, "teams.report.validated", params))];
  if (report.status === "returned") return [alert(tmd(locale, "teams.report.returned", params))];
  return [subtle(tmd(locale, "teams.report.waiting_review"))];
}

function reviewActions(missionId: string, locale: Locale): Actions {
  const data = { missionId };
  return [
    execute(t(locale, "teams.report.validate"), VERB.reportValidate, data, {
      style: "positive",
      associatedInputs: "none",
    }),
    commentAction(
      t(locale, "teams.report.return"),
      {
        id: INPUT.reviewComment,
        label: t(locale, "teams.report.return_label"),
        maxLength: LIMITS.reviewComment,
        errorMessage: t(locale, "teams.report.return_required"),
      },
      execute(t(locale, "teams.report.return_confirm"), VERB.reportReturn, data, { style: "destructive" }),
    ),
  ];
}

/** R1: the report as the body's focal point validates or returns it; also its status for the missionary. */
export function reportReviewCard(view: ReportReviewView): Card {
  const { mission, locale } = view;
  const report = mission.report;
  const title = tmd(locale, "teams.report.review_title", { reference: mission.reference });
  const body: Element[] = [heading(title), missionSummaryFacts(mission, locale)];
  const files = view.files ?? [];
  if (report)
    body.push(...reportContent(report, locale), ...fileLines(files, locale), ...reviewOutcome(report, locale));
  body.push(...noticeBlock(view.notice));
  const open = isReportReviewable(report?.status) && view.canReview;
  const downloads = files.map((f) => openUrl(t(locale, "teams.files.download", { name: f.name }), f.url));
  return card(body, [...(open ? reviewActions(mission.id, locale) : []), ...downloads], { fallbackText: title });
}
