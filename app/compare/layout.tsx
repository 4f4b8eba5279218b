import type { ReactNode } from "react";
// The comparison reuses the simulator's styles (sim-/cmp- classes).
import "../simulate/simulator.css";

export default function CompareLayout({ children }: { children: ReactNode }) {
  return children;
}
