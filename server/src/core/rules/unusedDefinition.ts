/**
 * `unused-definition`: an entity or source that nothing in the workspace references.
 */
import type { Finding, Rule } from './rule.js';

/** The `unused-definition` rule. */
export const unusedDefinition: Rule = {
  code: 'unused-definition',
  defaultSeverity: 'hint',
  description: 'An entity or source is defined but nothing in the workspace references it.',
  docs:
    'A definition that no mention, attribute, citation or front-matter field uses is often a leftover or a typo ' +
    'of an id that is used. Reference it, or remove it when it is no longer needed. Document ids are not reported: ' +
    'an article needs no reference to be useful.',
  examples: [
    {
      title: 'a source that a citation uses',
      text: '---\nsources:\n  fars-2023-07-03:\n    title: Khalaji on the computers\n---\nSee [@fars-2023-07-03].\n',
      problems: [],
    },
    {
      title: 'an entity that nothing mentions',
      text: '---\nentities:\n  khalaji:\n    name: Sepehr Khalaji\n---\nNo mention here.\n',
      problems: [
        '3:3-3:10 The entity “khalaji” is defined here, but nothing in the workspace references it. Mention it ([text]{#khalaji}) or use it in by=, outlet or publisher; or remove it if it is no longer needed.',
      ],
    },
  ],
  check({ ws, doc }) {
    const findings: Finding[] = [];
    for (const entity of doc.entities) {
      if (ws.isReferenced(entity.id)) continue;
      findings.push({
        range: entity.range,
        message: `The entity “${entity.id}” is defined here, but nothing in the workspace references it. Mention it ([text]{#${entity.id}}) or use it in by=, outlet or publisher; or remove it if it is no longer needed.`,
      });
    }
    for (const source of doc.sources) {
      if (ws.isReferenced(source.id)) continue;
      findings.push({
        range: source.range,
        message: `The source “${source.id}” is defined here, but nothing in the workspace references it. Cite it ([@${source.id}]) or use it in src=; or remove it if it is no longer needed.`,
      });
    }
    return findings;
  },
};
