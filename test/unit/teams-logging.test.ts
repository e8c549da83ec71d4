import { Writable } from "node:stream";
import { createLogger } from "../../src/logger";
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
