import { Writable } from "node:stream";
import { errorKind } from "../../src/errors/unexpected";
import { createLogger, serializeError } from "../../src/logger";
import { loggableError } from "../../src/teams/sdk-logger";

describe("Teams error logging", () => {
  it("never writes the bot's bearer token of a failed connector call", () => {
    const lines: string[] = [];
    const out = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    // What the SDK's axios client throws: the request config, Authorization header included, rides on the error.
    const failure = Object.assign(new Error("Request failed with status code 500"), {
      isAxiosError: true,
      config: {
        headers: { Authorization: "Bearer secret-bot-token" },
        method: "post",
        url: "http://127.0.0.1/v3/conversations",
      },
    });
    createLogger("info", out).error({ err: loggableError(failure) }, "Teams message failed");
    const line = lines.join("");
    expect(line).not.toContain("secret-bot-token");
    expect(line).toContain("Request failed with status code 500");
    expect(line).toContain("/v3/conversations");
  });
});

describe("errors of another realm", () => {
  it("are logged with their message and stack, and get a kind, though they are no instanceof Error here", () => {
    const { runInNewContext } = require("node:vm") as typeof import("node:vm");
    const foreign = runInNewContext('new TypeError("fetch failed")') as unknown;
    expect(foreign instanceof Error).toBe(false);
    const serialised = serializeError(foreign) as { message?: string; stack?: string; type?: string };
    expect(serialised.message).toBe("fetch failed");
    expect(serialised.stack).toContain("TypeError");
    expect(errorKind(foreign).summary).toContain("TypeError");
  });
});
