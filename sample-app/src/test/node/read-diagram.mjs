// Reads Mermaid texts with Mermaid's own parser, as GitHub and the diagram page do, and
// prints what it understood of each as one JSON line: the entities with their
// attributes, and the relationships between them. Exits with 1 when a text does not parse.
//
//   node read-diagram.mjs FILE...
import { readFileSync } from 'node:fs';
import mermaid from 'mermaid';

let failed = false;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  try {
    await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const names = new Map();
    const entities = [];
    for (const [name, entity] of diagram.db.getEntities()) {
      names.set(entity.id, name);
      entities.push({
        name,
        attributes: entity.attributes.map((a) => ({ type: a.type, name: a.name, keys: a.keys, comment: a.comment })),
      });
    }
    const relationships = diagram.db.getRelationships().map((r) => ({
      from: names.get(r.entityA), to: names.get(r.entityB), label: r.roleA,
      fromCardinality: r.relSpec.cardB, toCardinality: r.relSpec.cardA, type: r.relSpec.relType,
    }));
    console.log(JSON.stringify({ file, type: diagram.type, entities, relationships }));
  } catch (error) {
    failed = true;
    console.log(JSON.stringify({ file, error: String(error.message || error) }));
  }
}
process.exit(failed ? 1 : 0);
