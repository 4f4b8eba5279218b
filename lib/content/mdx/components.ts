/** The JSX components notes may use, and the props each must have. */
export const NOTE_COMPONENTS = {
  ExamTip: [],
  Trap: ["answer"],
  Term: ["id"],
  CompareTable: ["columns", "rows"],
  Diagram: ["title", "alt"],
  Simulator: ["preset"],
  QuickCheck: ["ids"],
} as const satisfies Record<string, readonly string[]>;

export type NoteComponentName = keyof typeof NOTE_COMPONENTS;

export function isNoteComponent(name: string): name is NoteComponentName {
  return Object.hasOwn(NOTE_COMPONENTS, name);
}

/** Simulator presets a note may embed (the simulation engine defines each). */
export const SIMULATOR_PRESET_IDS = [
  "eb-all-at-once",
  "eb-rolling",
  "eb-rolling-additional-batch",
  "eb-immutable",
  "eb-traffic-splitting",
  "eb-blue-green",
  "codedeploy-inplace-all-at-once",
  "codedeploy-inplace-half-at-a-time",
  "codedeploy-inplace-one-at-a-time",
  "codedeploy-blue-green-ec2",
  "codedeploy-lambda-canary",
  "codedeploy-lambda-linear",
  "codedeploy-ecs-canary",
  "ecs-rolling",
  "ecs-placement",
  "xray-sampling",
] as const;
