import { LIMITS, SLACK_INPUT_MAX } from "../../src/domain/limits";
import { INPUT_LIMITS, limitOf, schemaMaxLength, slackTextInputs, teamsTextInputs } from "../support/form-inputs";

const all = [...slackTextInputs("fr"), ...slackTextInputs("en"), ...teamsTextInputs("fr"), ...teamsTextInputs("en")];
/** One case per input and maximum: the same input in another variant or language is checked once unless it differs. */
const inputs = [...new Map(all.map((input) => [`${input.key} ${input.max}`, input])).values()];

describe("One limit per field", () => {
  it("finds the text inputs of every form", () => {
    expect(inputs.length).toBeGreaterThan(30);
  });

  it.each(inputs.map((input) => [input.key, input] as const))(
    "%s takes as much as the verb it feeds accepts",
    (key, input) => {
      const entry = INPUT_LIMITS[key];
      if (!entry) throw new Error(`${key}: a text input with no entry in INPUT_LIMITS (test/support/form-inputs.ts)`);
      expect(input.max).toBe(LIMITS[entry.limit]);
      expect(schemaMaxLength(entry.schema, entry.path)).toBe(LIMITS[entry.limit]);
    },
  );

  it("lists no input that no form has any more", () => {
    const found = new Set(inputs.map((input) => input.key));
    expect(Object.keys(INPUT_LIMITS).filter((key) => !found.has(key))).toEqual([]);
    expect(Object.keys(INPUT_LIMITS).every((key) => limitOf(key) !== undefined)).toBe(true);
  });

  it("keeps every limit within what a Slack text input may take", () => {
    expect(Object.entries(LIMITS).filter(([, max]) => max > SLACK_INPUT_MAX)).toEqual([]);
  });
});
