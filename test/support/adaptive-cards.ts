/**
 * Checks a card with Microsoft's own Adaptive Cards library. Its package "main" (lib/) is ESM with
 * extension-less imports that Node cannot load; the UMD bundle in dist/ loads in Node with no DOM shim
 * as long as nothing is rendered.
 */
const AC = require("adaptivecards/dist/adaptivecards.js") as typeof import("adaptivecards");

/** Teams renders Adaptive Cards up to 1.5 on every client (desktop, web, mobile). */
const TEAMS_MAX_VERSION = 1.5;

const IGNORED = new Set<number>([AC.ValidationEvent.Hint]);

function collectActions(node: unknown, out: Array<Record<string, unknown>>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectActions(item, out);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  if (typeof record.type === "string" && record.type.startsWith("Action.")) out.push(record);
  for (const value of Object.values(record)) collectActions(value, out);
}

/** Every problem the library reports (parse and validation), plus what Teams needs on top. */
export function cardProblems(card: unknown): string[] {
  const json = card as Record<string, unknown>;
  const problems: string[] = [];
  if (json?.type !== "AdaptiveCard") problems.push(`root type must be "AdaptiveCard", got ${String(json?.type)}`);
  const version = Number.parseFloat(String(json?.version));
  if (!/^\d+\.\d+$/.test(String(json?.version)) || version > TEAMS_MAX_VERSION) {
    problems.push(`version must be 1.0…${TEAMS_MAX_VERSION}, got ${String(json?.version)}`);
  }

  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    if (!IGNORED.has(event.event)) problems.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) {
    if (!IGNORED.has(event.event)) problems.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  }

  // The library accepts an Action.Execute without a verb; our Teams router dispatches on it.
  const actions: Array<Record<string, unknown>> = [];
  collectActions(json?.actions, actions);
  collectActions(json?.body, actions);
  for (const action of actions) {
    if (action.type === "Action.Execute" && (typeof action.verb !== "string" || action.verb === "")) {
      problems.push(`Action.Execute "${String(action.title)}" has no verb`);
    }
  }
  return problems;
}

export function assertValidCard(card: unknown): void {
  const problems = cardProblems(card);
  if (problems.length > 0) {
    throw new Error(`invalid Adaptive Card:\n- ${problems.join("\n- ")}\n${JSON.stringify(card, null, 2)}`);
  }
}
