/**
 * Slack's documented Block Kit limits (docs.slack.dev/reference/block-kit), checked the way the platform refuses a
 * payload: every breach is reported, with a JSON-pointer-like path, so a test failure says what to fix.
 */
type Json = Record<string, unknown>;
export type Surface = "message" | "modal" | "home";

const MAX_BLOCKS: Record<Surface, number> = { message: 50, modal: 100, home: 100 };
const KNOWN_BLOCKS = new Set([
  "actions",
  "context",
  "divider",
  "file",
  "header",
  "image",
  "input",
  "rich_text",
  "section",
  "video",
  "markdown",
]);
const SELECTS_WITH_OPTIONS = new Set([
  "static_select",
  "multi_static_select",
  "overflow",
  "radio_buttons",
  "checkboxes",
]);
const MAX_OPTIONS: Record<string, number> = { overflow: 5, radio_buttons: 10, checkboxes: 10 };

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

class Checker {
  readonly problems: string[] = [];

  fail(path: string, message: string) {
    this.problems.push(`${path}: ${message}`);
  }

  maxLength(path: string, value: unknown, max: number) {
    if (typeof value === "string" && value.length > max) this.fail(path, `${value.length} characters, max ${max}`);
  }

  text(path: string, value: unknown, max: number, plainOnly: boolean, required = true) {
    if (value === undefined) {
      if (required) this.fail(path, "missing text object");
      return;
    }
    if (!isObject(value)) return this.fail(path, "text must be a text object");
    if (value.type !== "plain_text" && value.type !== "mrkdwn") this.fail(`${path}.type`, "plain_text or mrkdwn");
    if (plainOnly && value.type !== "plain_text") this.fail(`${path}.type`, "must be plain_text");
    if (typeof value.text !== "string" || value.text.length === 0)
      this.fail(`${path}.text`, "must be a non-empty string");
    this.maxLength(`${path}.text`, value.text, max);
  }

  confirm(path: string, value: unknown) {
    if (!isObject(value)) return;
    this.text(`${path}.title`, value.title, 100, true);
    this.text(`${path}.text`, value.text, 300, false);
    this.text(`${path}.confirm`, value.confirm, 30, true);
    this.text(`${path}.deny`, value.deny, 30, true);
  }

  option(path: string, value: unknown) {
    if (!isObject(value)) return this.fail(path, "option must be an object");
    this.text(`${path}.text`, value.text, 75, false);
    if (typeof value.value !== "string") this.fail(`${path}.value`, "missing");
    this.maxLength(`${path}.value`, value.value, 150);
    this.text(`${path}.description`, value.description, 75, false, false);
  }

  element(path: string, el: unknown, actionIds: Set<string>) {
    if (!isObject(el)) return this.fail(path, "element must be an object");
    if (typeof el.action_id === "string") {
      this.maxLength(`${path}.action_id`, el.action_id, 255);
      if (actionIds.has(el.action_id)) this.fail(`${path}.action_id`, `duplicate action_id ${el.action_id} in block`);
      actionIds.add(el.action_id);
    }
    this.text(`${path}.placeholder`, el.placeholder, 150, true, false);
    this.confirm(`${path}.confirm`, el.confirm);
    if (el.type === "button") {
      this.text(`${path}.text`, el.text, 75, true);
      this.maxLength(`${path}.value`, el.value, 2000);
      this.maxLength(`${path}.url`, el.url, 3000);
      if (el.style !== undefined && el.style !== "primary" && el.style !== "danger") {
        this.fail(`${path}.style`, "primary or danger");
      }
    }
    if (typeof el.type === "string" && SELECTS_WITH_OPTIONS.has(el.type)) {
      const options = Array.isArray(el.options) ? el.options : [];
      const groups = Array.isArray(el.option_groups) ? el.option_groups : [];
      if (options.length === 0 && groups.length === 0) this.fail(`${path}.options`, "at least one option");
      const max = MAX_OPTIONS[el.type] ?? 100;
      if (options.length > max) this.fail(`${path}.options`, `${options.length} options, max ${max}`);
      if (el.type === "overflow" && options.length < 2) this.fail(`${path}.options`, "overflow needs 2 to 5 options");
      options.forEach((o, i) => this.option(`${path}.options[${i}]`, o));
      if (groups.length > 100) this.fail(`${path}.option_groups`, `${groups.length} groups, max 100`);
    }
    if (el.type === "plain_text_input" && typeof el.max_length === "number" && el.max_length > 3000) {
      this.fail(`${path}.max_length`, "max 3000");
    }
    this.maxLength(`${path}.alt_text`, el.alt_text, 2000);
  }

  block(path: string, block: unknown, blockIds: Set<string>) {
    if (!isObject(block)) return this.fail(path, "block must be an object");
    if (typeof block.type !== "string" || !KNOWN_BLOCKS.has(block.type)) {
      return this.fail(`${path}.type`, `unknown block type ${String(block.type)}`);
    }
    if (typeof block.block_id === "string") {
      this.maxLength(`${path}.block_id`, block.block_id, 255);
      if (blockIds.has(block.block_id)) this.fail(`${path}.block_id`, `duplicate block_id ${block.block_id}`);
      blockIds.add(block.block_id);
    }
    const actionIds = new Set<string>();
    switch (block.type) {
      case "section": {
        const fields = Array.isArray(block.fields) ? block.fields : undefined;
        if (block.text === undefined && !fields) this.fail(path, "a section needs text or fields");
        this.text(`${path}.text`, block.text, 3000, false, false);
        if (fields && fields.length > 10) this.fail(`${path}.fields`, `${fields.length} fields, max 10`);
        fields?.forEach((f, i) => this.text(`${path}.fields[${i}]`, f, 2000, false));
        if (block.accessory !== undefined) this.element(`${path}.accessory`, block.accessory, actionIds);
        break;
      }
      case "header":
        this.text(`${path}.text`, block.text, 150, true);
        break;
      case "actions": {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        if (elements.length === 0 || elements.length > 25) {
          this.fail(`${path}.elements`, `${elements.length} elements, 1 to 25`);
        }
        elements.forEach((el, i) => this.element(`${path}.elements[${i}]`, el, actionIds));
        break;
      }
      case "context": {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        if (elements.length === 0 || elements.length > 10) {
          this.fail(`${path}.elements`, `${elements.length} elements, 1 to 10`);
        }
        break;
      }
      case "input":
        this.text(`${path}.label`, block.label, 2000, true);
        this.text(`${path}.hint`, block.hint, 2000, true, false);
        if (block.element === undefined) this.fail(`${path}.element`, "missing");
        else this.element(`${path}.element`, block.element, actionIds);
        break;
      case "image":
        this.maxLength(`${path}.image_url`, block.image_url, 3000);
        this.maxLength(`${path}.alt_text`, block.alt_text, 2000);
        break;
    }
  }

  blocks(path: string, blocks: unknown, surface: Surface) {
    if (blocks === undefined) return;
    if (!Array.isArray(blocks)) return this.fail(path, "blocks must be an array");
    const max = MAX_BLOCKS[surface];
    if (blocks.length > max) this.fail(path, `${blocks.length} blocks, max ${max} in a ${surface}`);
    const blockIds = new Set<string>();
    blocks.forEach((b, i) => this.block(`${path}[${i}]`, b, blockIds));
  }
}

/** Problems of a message's `blocks` argument (chat.postMessage, chat.postEphemeral, chat.update…). */
export function checkMessageBlocks(blocks: unknown): string[] {
  const c = new Checker();
  c.blocks("blocks", blocks, "message");
  return c.problems;
}

/** Problems of a `view` argument (views.open/push/update/publish). */
export function checkView(view: unknown): string[] {
  const c = new Checker();
  if (!isObject(view)) return ["view: must be an object"];
  if (view.type !== "modal" && view.type !== "home") return [`view.type: modal or home, got ${String(view.type)}`];
  if (view.type === "modal") {
    c.text("view.title", view.title, 24, true);
    c.text("view.submit", view.submit, 24, true, false);
    c.text("view.close", view.close, 24, true, false);
    const hasInput = Array.isArray(view.blocks) && view.blocks.some((b) => isObject(b) && b.type === "input");
    if (hasInput && view.submit === undefined) c.fail("view.submit", "a modal with input blocks needs submit");
  }
  c.maxLength("view.callback_id", view.callback_id, 255);
  c.maxLength("view.private_metadata", view.private_metadata, 3000);
  c.maxLength("view.external_id", view.external_id, 255);
  if (!Array.isArray(view.blocks)) c.fail("view.blocks", "required");
  c.blocks("view.blocks", view.blocks, view.type);
  return c.problems;
}
