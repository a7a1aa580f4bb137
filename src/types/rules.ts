/**
 * Rule ids: every finding names the rule that made it, like a lint rule id, so a reader can see why
 * a thing was flagged and a maintainer can find the code. Ids are dotted, lower-case kebab segments:
 * `<finding>.<rule>[.<variant>]` (`quote.attribution.after`, `label.appositive-before`,
 * `source.wire-suffix`, `variant.discovered`). They are stable: renaming one is a breaking change.
 * The one table of ids is docs/rules.md (a test checks every id the code emits is listed there).
 */
export type RuleId = string;

/** The shape every rule id has. */
export const RULE_ID = /^[a-z][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$/;
