import "./compile-cache";
import "./gc-tuning";
import { ConfigError, loadConfig } from "./config/env";
import { createLogger } from "./logger";
import { startBot } from "./server";

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const bot = await startBot(config, logger);
  const stop = async (signal: string) => {
    logger.info({ signal }, "stopping");
    await bot.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: Error) => {
  process.stderr.write(`EXPE-CT bot failed to start: ${error.message}\n`);
  process.exit(1);
});
