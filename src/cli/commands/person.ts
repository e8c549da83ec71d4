import { parseArgs } from "node:util";
import { t } from "../../i18n";
import { erasePerson, exportPerson } from "../../workflow";
import { CLI_ACTOR, type CliCommand, UsageError } from "../command";

/**
 * RGPD: `person export <e-mail>` prints everything the programme holds about a person as JSON (to a file with --out);
 * `person erase <e-mail> --yes` erases them (src/workflow/personal-data/erase-person.ts says what stays).
 */
export const person: CliCommand = {
  name: "person",
  usage: "person export <email | person id> [--out file.json] | person erase <email | person id> --yes",
  summary: "personal data (RGPD): print everything held about a person, or erase them",
  async run(args, { ctx, io, locale = "fr", personalData }) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: "string" }, yes: { type: "boolean" } },
    });
    const [verb, key, extra] = positionals;
    if (!key || extra !== undefined || (verb !== "export" && verb !== "erase")) {
      throw new UsageError("person_arguments");
    }
    if (verb === "export") {
      if (values.yes) throw new UsageError("unknown_argument", { arg: "--yes" });
      const json = JSON.stringify(await exportPerson(ctx, CLI_ACTOR, { person: key }, personalData), null, 2);
      if (values.out) {
        io.writeFile(values.out, `${json}\n`);
        io.out(t(locale, "cli.person.exported", { file: values.out }));
      } else io.out(json);
      return;
    }
    if (values.out) throw new UsageError("unknown_argument", { arg: "--out" });
    if (!values.yes) throw new UsageError("erase_needs_yes");
    const { changed, value } = await erasePerson(ctx, CLI_ACTOR, { person: key }, personalData);
    io.out(t(locale, changed ? "cli.person.erased" : "cli.person.alreadyErased", { ...value, key }));
  },
};
