/** Which SQL dialect a Prisma client (or one of its transactions) speaks. */
export type DialectName = "sqlite" | "postgres";

export function dialectNameOf(client: object): DialectName {
  return (client as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgres" : "sqlite";
}
