import { ExamTip, Trap } from "./callouts";
import { CompareTable } from "./compare-table";
import { Diagram } from "./diagram";
import { SimulatorEmbed } from "./embeds";
import { QuickCheck } from "./quick-check";
import { Term } from "./term";

/** The components notes may use (lib/content/mdx/components.ts lists the same names). */
export const mdxComponents = {
  ExamTip,
  Trap,
  Term,
  CompareTable,
  Diagram,
  Simulator: SimulatorEmbed,
  QuickCheck,
};
