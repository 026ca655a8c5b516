// The quiz scenarios as the site reads them: src/content/scenarios/<map>.yaml, checked by the same schema.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { scenarioFileSchema, type Scenario } from '../../src/lib/training/quiz';

export const scenarioFolder = 'src/content/scenarios';

/** The maps that have a scenario file. */
export function mapsWithScenarios(): string[] {
  return readdirSync(scenarioFolder)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, ''));
}

/** A map's scenarios, or none when it has no file (scenarios are optional). */
export function scenariosFor(mapId: string): Scenario[] {
  const file = `${scenarioFolder}/${mapId}.yaml`;
  if (!existsSync(file)) return [];
  return scenarioFileSchema.parse(parse(readFileSync(file, 'utf8'))).scenarios;
}
