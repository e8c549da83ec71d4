import type { AllMiddlewareArgs, App, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs } from "@slack/bolt";

type Constraint = string | RegExp;
type Handler<A> = (args: A) => Promise<void>;
type ActionArgs = SlackActionMiddlewareArgs & AllMiddlewareArgs;
type ViewArgs = SlackViewMiddlewareArgs & AllMiddlewareArgs;

/** Handlers by exact id, then by pattern in the order registered: the first that matches handles the payload. */
class Routes<A> {
  private readonly exact = new Map<string, Handler<A>>();
  private readonly patterns: { pattern: RegExp; handler: Handler<A> }[] = [];

  add(kind: string, constraint: Constraint, listeners: unknown[]): void {
    const [handler] = listeners;
    if (listeners.length !== 1 || typeof handler !== "function") {
      throw new Error(`Slack ${kind} ${String(constraint)}: one listener each (middleware goes in app.use)`);
    }
    if (typeof constraint !== "string") {
      this.patterns.push({ pattern: constraint, handler: handler as Handler<A> });
      return;
    }
    if (this.exact.has(constraint)) throw new Error(`Slack ${kind} ${constraint} has two listeners`);
    this.exact.set(constraint, handler as Handler<A>);
  }

  find(id: string | undefined): Handler<A> | undefined {
    if (id === undefined) return undefined;
    return this.exact.get(id) ?? this.patterns.find((p) => p.pattern.test(id))?.handler;
  }
}

/**
 * One Bolt listener for every button and one for every form, each finding its handler by id. Bolt runs each
 * request past every listener registered (a copy of the listener's middleware, a copy of the arguments per
 * middleware, a promise per listener kept until the last settles): with the 49 of this app that was ~45 KB per
 * request, kept alive through the work after the ack, and most of what outlived V8's young generation.
 *
 * `routed(app)` is the app the handlers register on: its `action` and `view` add to the index (string or RegExp
 * constraints only, one listener each; a second listener for the same id is refused at start-up), the rest is
 * Bolt's. A payload no handler matches is left unacknowledged here, as Bolt does, for the request guard to answer.
 */
export function routeByIds(app: App): { routed: App; install(): void } {
  const actions = new Routes<ActionArgs>();
  const views = new Routes<ViewArgs>();
  const routed = Object.create(app) as App;
  routed.action = ((constraint: Constraint, ...listeners: unknown[]) =>
    actions.add("action", constraint, listeners)) as App["action"];
  routed.view = ((constraint: Constraint, ...listeners: unknown[]) =>
    views.add("view", constraint, listeners)) as App["view"];
  return {
    routed,
    install() {
      app.action(/^/, async (args) => {
        const id = (args.action as { action_id?: string }).action_id;
        await actions.find(id)?.(args);
      });
      app.view(/^/, async (args) => {
        await views.find(args.view.callback_id)?.(args);
      });
    },
  };
}
