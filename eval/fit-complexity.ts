import path from 'node:path';
import { Complexity, RuleBasedInterviewEngine } from '../libs/interview/src/engine';
import { boundedLevel, ComplexityClassifier, ComplexityWeights, levelOf } from '../libs/interview/src/engine/classifiers/complexity.classifier';
import { UrgencyClassifier } from '../libs/interview/src/engine/classifiers/urgency.classifier';
import { COMPLEXITY_FEATURES } from '../libs/interview/src/engine/lexicons/complexity-features.lexicon';
import { answerWhatWasAsked } from './responsive-answerer';
import { driveInterview, inOrder } from '../libs/interview/src/engine/testing/interview-driver';
import { defaultCaseFiles, loadCases, splitHalvesByFolder } from './case-loader';

/**
 * Fits the points of `COMPLEXITY_FEATURES` on the "tune" half only: runs each tune case in both
 * answer modes, keeps the features of the final facts, then does a coordinate descent over
 * integer points maximising exact levels minus a penalty for two bands off and for straying
 * from the hand-set table (so one case cannot move a weight).
 * Prints the fitted table; copying it into the lexicon is a human decision.
 * Usage: npx ts-node --swc eval/fit-complexity.ts [--cases FILE ...] [--show]
 */
const MIN_POINTS = -3;
const MAX_POINTS = 5;
/** Cost of moving a weight one point from the lawyer's table: a change must fix more than one case (two samples). */
const PRIOR_PENALTY = 2.5;
const TWO_OFF_PENALTY = 3;
const RANK: Record<Complexity, number> = { low: 0, medium: 1, high: 2 };

interface Sample {
  id: string;
  expected: Complexity;
  /** Feature id -> multiplier (1, or the subarea's points for `tipo-de-caso`). */
  units: Map<string, number>;
  /** The case's urgency, for the guard rails of `boundedLevel`. */
  hours: number;
}

function main(argv: string[]): void {
  const show = argv.includes('--show');
  const named = argv.filter((a) => !a.startsWith('--'));
  const files = named.length > 0 ? named : defaultCaseFiles(path.resolve(__dirname, '..'));
  const cases = loadCases(files);
  const halves = splitHalvesByFolder(files);
  const engine = new RuleBasedInterviewEngine();
  const urgency = new UrgencyClassifier();
  const unit = new ComplexityClassifier(urgency, Object.fromEntries(Object.keys(COMPLEXITY_FEATURES).map((id) => [id, 1])));
  const samples: Sample[] = [];
  for (const c of cases.filter((c) => halves.get(c.id) === 'tune')) {
    for (const pick of [inOrder, answerWhatWasAsked]) {
      const { facts } = driveInterview(engine, c.opening, c.followups, pick);
      const units = new Map(unit.features(facts).map((f) => [f.id, f.points]));
      samples.push({ id: c.id, expected: c.complexity, units, hours: urgency.hours(facts) });
    }
  }
  const prior: ComplexityWeights = Object.fromEntries(Object.entries(COMPLEXITY_FEATURES).map(([id, f]) => [id, f.points]));
  const weights = { ...prior };
  const objective = (w: ComplexityWeights) => fit(samples, w) - PRIOR_PENALTY * Object.keys(w).reduce((sum, id) => sum + Math.abs(w[id] - prior[id]), 0);
  const before = objective(weights);
  for (let round = 0; round < 5; round++) {
    for (const id of Object.keys(weights)) {
      let best = { points: weights[id], value: objective(weights) };
      for (let points = MIN_POINTS; points <= MAX_POINTS; points++) {
        const value = objective({ ...weights, [id]: points });
        if (value > best.value) best = { points, value };
      }
      weights[id] = best.points;
    }
  }
  const lines = [`tune samples: ${samples.length} (both answer modes); objective ${before} -> ${objective(weights)}`];
  for (const [id, f] of Object.entries(COMPLEXITY_FEATURES)) lines.push(`${id.padEnd(22)} ${String(f.points).padStart(2)} -> ${weights[id]}`);
  if (show) for (const s of samples) lines.push(`${s.id.padEnd(22)} ${s.expected.padEnd(6)} -> ${level(s, weights).padEnd(6)} ${[...s.units].map(([id, u]) => `${id}${u === 1 ? '' : `x${u}`}`).join(' ')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The level the engine would give with `weights`, guard rails included. */
function level(sample: Sample, weights: ComplexityWeights): Complexity {
  const features = [...sample.units].map(([id, units]) => ({ id, points: units * (weights[id] ?? 0) })).filter((f) => f.points !== 0);
  const score = features.reduce((sum, f) => sum + f.points, 0);
  return boundedLevel(levelOf(score), features, sample.hours);
}

/** Exact levels minus `TWO_OFF_PENALTY` per low-for-high or high-for-low. */
function fit(samples: Sample[], weights: ComplexityWeights): number {
  let value = 0;
  for (const s of samples) {
    const gap = Math.abs(RANK[level(s, weights)] - RANK[s.expected]);
    value += gap === 0 ? 1 : gap === 2 ? -TWO_OFF_PENALTY : 0;
  }
  return value;
}

main(process.argv.slice(2));
