import type { ReactNode } from "react";
import "./simulator.css";

export default function SimulateLayout({ children }: { children: ReactNode }) {
  return children;
}
