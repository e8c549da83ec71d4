import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { loadConfig } from "../../src/config/env";
import { createHttpApp } from "../../src/http/app";
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

describe("/healthz when the database fails", () => {
  it("answers 503 with a fixed body and keeps the database's words for the log", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => lines.push(line) });
    const failure = "SQLITE_CANTOPEN: unable to open database file /srv/expect/data/expect.db";
    const app = createHttpApp(async () => Promise.reject(new Error(failure)), logger);
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.text()).toBe(JSON.stringify({ status: "error" }));
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0] as string)).toMatchObject({ msg: "health probe failed", err: { message: failure } });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
