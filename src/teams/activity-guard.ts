import express, { type RequestHandler } from "express";
import type { Logger } from "pino";
import { z } from "zod";
import { BOT_INVOKES } from "./constants";

/**
 * The shape of an activity, checked before the Teams SDK reads it: the SDK takes `conversation.tenantId`,
 * `serviceUrl.endsWith`, `entities.some` and, to route an invoke, `value.*` without looking, and our handlers read
 * `from`, `recipient`, `conversation` and `channelData` the same way. Only what they read is checked; the rest passes
 * through as Teams sent it. Teams sends null for many absent fields, hence the nullish.
 */

const id = z.string().min(1).max(1000);
const ZAccount = z.looseObject({ id, name: z.string().nullish(), aadObjectId: z.string().nullish() });

const ZEntity = z
  .looseObject({ type: z.string(), mentioned: z.looseObject({ id: z.string() }).optional() })
  .refine((e) => e.type !== "mention" || e.mentioned !== undefined, { message: "a mention names who is mentioned" });

const ZActivity = z
  .looseObject({
    type: z.string().min(1).max(100),
    id: z.string().nullish(),
    name: z.string().nullish(),
    action: z.string().nullish(),
    // Where the answer goes: without it the bot could not reply.
    serviceUrl: z.url({ protocol: /^https?$/ }).max(2000),
    channelId: z.string().nullish(),
    locale: z.string().max(100).nullish(),
    text: z.string().max(100_000).nullish(),
    replyToId: z.string().nullish(),
    from: ZAccount,
    recipient: ZAccount,
    conversation: z.looseObject({
      id,
      conversationType: z.string().nullish(),
      tenantId: z.string().nullish(),
    }),
    channelData: z
      .looseObject({
        eventType: z.string().nullish(),
        channel: z.looseObject({ id }).nullish(),
        team: z.looseObject({ id }).nullish(),
      })
      .nullish(),
    membersAdded: z.array(ZAccount).nullish(),
    membersRemoved: z.array(ZAccount).nullish(),
    entities: z.array(ZEntity).nullish(),
    value: z.unknown().optional(),
  })
  .superRefine((activity, ctx) => {
    if (activity.type !== "invoke") return;
    if (!BOT_INVOKES.includes(activity.name ?? "")) {
      ctx.addIssue({ code: "custom", path: ["name"], message: "not an invoke this bot answers" });
    }
    if (activity.value === null || typeof activity.value !== "object" || Array.isArray(activity.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "an invoke carries an object" });
    }
  });

/** Why a parsed body is not an activity this bot can take, or undefined when it is one. */
export function activityProblem(body: unknown): string | undefined {
  const parsed = ZActivity.safeParse(body);
  if (parsed.success) return undefined;
  return parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`)
    .join("; ");
}

/**
 * Runs on the messaging endpoint before the SDK's own handler: reads the JSON body (a body that is not JSON goes to
 * the shared app's error handler, 400) and refuses, with 400, any activity that does not have the shape above.
 */
export function refuseMalformedActivities(logger: Logger): RequestHandler[] {
  const check: RequestHandler = (req, res, next) => {
    const problem = activityProblem(req.body);
    if (!problem) {
      next();
      return;
    }
    const body = req.body as { type?: unknown } | undefined;
    logger.warn({ problem, type: typeof body?.type === "string" ? body.type : undefined }, "Teams activity refused");
    res.status(400).json({ error: "invalid activity" });
  };
  return [express.json(), check];
}
