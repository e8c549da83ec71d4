import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { createAnswerQueue } from "../../src/http/answer-first";

/** A server whose /hold requests stay unanswered until released, behind the queue's tracker. */
async function startHolding(maxWaitMs?: number) {
  const answers = createAnswerQueue(maxWaitMs);
  const app = express();
  app.use(answers.track);
  const held: express.Response[] = [];
  const arrived: (() => void)[] = [];
  app.get("/hold", (_req, res) => {
    held.push(res);
    arrived.shift()?.();
  });
  app.get("/now", (_req, res) => res.send("ok"));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    answers,
    held,
    base,
    /** Sends a request that the server holds; resolves once the server has it (the reply in a box: not awaited). */
    async hold(): Promise<{ reply: Promise<Response> }> {
      const there = new Promise<void>((resolve) => arrived.push(resolve));
      const reply = fetch(`${base}/hold`);
      await there;
      return { reply };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  // Several passes of the event loop: the queue releases one waiter per pass.
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe("the answer queue: work after an ack waits for the requests still unanswered", () => {
  it("resumes at once when every request has its answer", async () => {
    const s = await startHolding();
    expect(await (await fetch(`${s.base}/now`)).text()).toBe("ok");
    expect(await settled(s.answers.afterAnswers())).toBe(true);
    await s.close();
  });

  it("waits while a request is unanswered, and resumes once it is answered", async () => {
    const s = await startHolding(10_000);
    const { reply } = await s.hold();
    const work = s.answers.afterAnswers();
    expect(await settled(work)).toBe(false);
    s.held[0]?.send("answered");
    expect(await (await reply).text()).toBe("answered");
    await work;
    await s.close();
  });

  it("never waits longer than its bound: a slow answer or a steady stream cannot starve the work", async () => {
    const s = await startHolding(30);
    const { reply } = await s.hold();
    const started = performance.now();
    await s.answers.afterAnswers();
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    s.held[0]?.send("late");
    await reply;
    await s.close();
  });

  it("resumes the waiters in order, one per pass of the event loop", async () => {
    const s = await startHolding(10_000);
    const { reply } = await s.hold();
    const order: number[] = [];
    const works = [1, 2, 3].map((n) => s.answers.afterAnswers().then(() => order.push(n)));
    s.held[0]?.send("answered");
    await reply;
    await Promise.all(works);
    expect(order).toEqual([1, 2, 3]);
    await s.close();
  });

  it("a client that hangs up counts as answered", async () => {
    const s = await startHolding(10_000);
    const controller = new AbortController();
    const there = new Promise<void>((resolve) => {
      const check = () => (s.held.length > 0 ? resolve() : setTimeout(check, 1));
      check();
    });
    const reply = fetch(`${s.base}/hold`, { signal: controller.signal }).catch(() => "aborted");
    await there;
    const work = s.answers.afterAnswers();
    controller.abort();
    expect(await reply).toBe("aborted");
    await work;
    s.held[0]?.end();
    await s.close();
  });
});
