import pino from "pino";
import { loadConfig } from "../../src/config/env";
import { startBot } from "../../src/server";
import { freshDatabaseUrl } from "../support/db";

describe("the bot without any chat credentials", () => {
  it("starts on the migrated SQLite file, answers /healthz and makes ADMIN_EMAILS DAECT staff", async () => {
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: freshDatabaseUrl(),
      ADMIN_EMAILS: "Chef@Diplomatie.gouv.fr",
    });
    const bot = await startBot(config, pino({ level: "silent" }));
    try {
      const response = await fetch(`${bot.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok", slack: "disabled", teams: "disabled" });
      const admin = await bot.ctx.db.person.findUniqueOrThrow({
        where: { email: "chef@diplomatie.gouv.fr" },
        include: { roles: true },
      });
      expect(admin.roles.map((r) => r.role)).toEqual(["daect"]);
      expect((await fetch(`${bot.url}/slack/events`, { method: "POST" })).status).toBe(404);
    } finally {
      await bot.close();
    }
  });
});
